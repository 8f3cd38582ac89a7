/// The title words the segmenter reads across a single line break, from the rule lexicons `title`
/// and `title-modifier` (the ones the people recognizers read titles with), so that "... said
/// Prime⏎Minister Ana Lind ..." keeps the title with its name.
///
/// A capitalized word at the end of a long line is ambiguous: prose wrapped inside a title, or a
/// headline, caption, byline, list or table row that stands alone. `Segmenter` decides with these
/// tables (and the line's shape): two consecutive words of one title phrase ("Prime⏎Minister",
/// "Finance⏎Minister"), a title modifier before a whole title phrase ("Deputy⏎Prime Minister"), or an
/// honorific before its name ("Ms⏎Lindqvist", from the lexicon `honorific`).
/// Without these lexicons (`--no-default-rules`) it is empty and no such line goes on.
public struct LineWrapVocabulary: Sendable {
    /// `pairKey(a, b)` for every two consecutive words of a title phrase.
    private var pairs = HashSet64()
    private var modifiers = HashSet64()
    /// The title phrases (token hashes) by their first word.
    private var titles: [UInt64: [[UInt64]]] = [:]
    /// The `honorific` lexicon's words ("Ms", "Dr", "Sir"): one ends no line of prose, its name follows.
    private var honorifics = HashSet64()
    /// The last words of title phrases ("Minister", "President"): an honorific after one is the title
    /// holder's ("Prime Minister Sir⏎Keir Starmer"), not a street's abbreviation ("Elm Dr.").
    private var titleEnds = HashSet64()

    /// No title words: every capitalized line end stands as it would without lexicons.
    public init() {}

    public init(lexicons: Lexicons) {
        func hashes(_ name: String) -> [[UInt64]] {
            lexicons[name]?.entries.map { $0.tokens.map { Token.hash(literal: $0) } }.filter { !$0.isEmpty } ?? []
        }
        for phrase in hashes("title") {
            for (a, b) in zip(phrase, phrase.dropFirst()) { pairs.insert(Self.pairKey(a, b)) }
            titles[phrase[0], default: []].append(phrase)
            titleEnds.insert(phrase[phrase.count - 1])
        }
        for phrase in hashes("title-modifier") { for h in phrase { modifiers.insert(h) } }
        for phrase in hashes("honorific") where phrase.count == 1 { honorifics.insert(phrase[0]) }
    }

    public var isEmpty: Bool { pairs.isEmpty && modifiers.isEmpty && honorifics.isEmpty }

    /// Whether the word hashed `word` is an honorific ("Ms", "Dr").
    func isHonorific(_ word: UInt64) -> Bool { honorifics.contains(word) }

    /// Whether the word hashed `word` ends a title phrase ("Minister" of "Prime Minister").
    func endsTitle(_ word: UInt64) -> Bool { titleEnds.contains(word) }

    /// Whether the words hashed `last` and `next` are consecutive words of one title ("Prime" "Minister").
    func joins(_ last: UInt64, _ next: UInt64) -> Bool { pairs.contains(Self.pairKey(last, next)) }

    func isModifier(_ word: UInt64) -> Bool { modifiers.contains(word) }

    /// Whether a whole title phrase holds token `last` and the token after it, `last + 1`, as two of its
    /// consecutive words, all its words in place ("Prime⏎Minister", "Chief⏎Fire Officer"; not "Rescue
    /// Chief⏎Fire crews", where "chief fire officer" does not go on).
    func spans(_ tokens: UnsafeMutableBufferPointer<Token>, last: Int, end: Int) -> Bool {
        guard last + 1 < end, joins(tokens[last].hash, tokens[last + 1].hash) else { return false }
        var start = last
        while start >= 0, last - start < Self.longestTitle {
            if startsTitle(tokens, at: start, end: end, longerThan: last + 1 - start) { return true }
            start -= 1
        }
        return false
    }

    /// The most words before a line break that `spans` looks back over.
    private static let longestTitle = 6

    /// Whether a whole title phrase of more than `longerThan` words starts at token `i` (and ends before `end`).
    func startsTitle(_ tokens: UnsafeMutableBufferPointer<Token>, at i: Int, end: Int, longerThan: Int = 0) -> Bool {
        guard let phrases = titles[tokens[i].hash] else { return false }
        return phrases.contains { p in
            p.count > longerThan && i + p.count <= end && p.indices.allSatisfy { tokens[i + $0].hash == p[$0] }
        }
    }

    /// One well-mixed key for an ordered pair of token hashes.
    private static func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a &* 0x9E37_79B9_7F4A_7C15) ^ ((b << 31) | (b >> 33))
    }
}
