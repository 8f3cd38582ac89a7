/// What a `$capture` refers to in one match: a token range, and the recognition or lexicon entry
/// it is exactly, if any, as indices (nothing copied or retained until a value needs it).
struct CapturedPart {
    var tokens: Range<Int>
    /// Recognizer index (into `RecognitionTable.all`) and the recognition's index there; -1 when none.
    var recognizer = -1
    var recognition = -1
    /// Lexicon index (into `Program.lexiconNames`) and the entry's index; -1 when none.
    var lexicon = -1
    var entry = -1

    var hasRecognition: Bool { recognition >= 0 }
    var hasEntry: Bool { entry >= 0 }
}
