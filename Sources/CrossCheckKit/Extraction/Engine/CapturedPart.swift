/// What a `$capture` refers to in one match: a token range, and the recognition or lexicon entry
/// it is exactly, if any.
struct CapturedPart {
    var tokens: Range<Int>
    var recognition: Recognition?
    var entry: Lexicon.Entry?
}
