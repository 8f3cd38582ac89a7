/// The title words a hard-wrapped line may end in without ending its sentence, from the rule
/// lexicons `title`, `title-modifier` and `honorific` (the ones the people recognizers read titles
/// with), so that "... said Prime⏎Minister Ana Lind ..." keeps the title with its name.
///
/// A capitalized word at the end of a long line is ambiguous: prose wrapped inside a title, or a
/// headline, caption, byline or table row that ends in a name and stands alone. Only a title read
/// across the break decides it:
/// - the two words are consecutive words of one title phrase ("Prime⏎Minister", "Finance⏎Minister"),
///   or a title modifier before a modifier or a title's first word ("Deputy⏎Prime Minister"); or
/// - the line ends in a title's last word or an honorific and the next line starts with a
///   capitalized word that is not a sentence opener, the name ("Regional Governor⏎Petra Lindqvist",
///   not "... to the Transport Minister⏎The death toll ...").
/// Without these lexicons (`--no-default-rules`) it is empty and no such line goes on.
public struct LineWrapVocabulary: Sendable {
    /// `pairKey(a, b)` for every pair of words that read on as one title across a break.
    private var pairs = HashSet64()
    /// The words a title (or an honorific) ends with, before its name.
    private var lastWords = HashSet64()

    /// No title words: every capitalized line end stands as it would without lexicons.
    public init() {}

    public init(lexicons: Lexicons) {
        let titles = lexicons["title"]?.entries.map { $0.tokens.map { Token.hash(literal: $0) } } ?? []
        let modifiers = lexicons["title-modifier"]?.entries.flatMap { $0.tokens.map { Token.hash(literal: $0) } } ?? []
        let honorifics = lexicons["honorific"]?.entries.flatMap { $0.tokens.map { Token.hash(literal: $0) } } ?? []
        for phrase in titles where !phrase.isEmpty {
            for (a, b) in zip(phrase, phrase.dropFirst()) { pairs.insert(Self.pairKey(a, b)) }
            lastWords.insert(phrase[phrase.count - 1])
        }
        let firstWords = Set(titles.compactMap(\.first))
        for m in modifiers {
            for f in firstWords { pairs.insert(Self.pairKey(m, f)) }
            for n in modifiers { pairs.insert(Self.pairKey(m, n)) }
        }
        for h in honorifics { lastWords.insert(h) }
    }

    public var isEmpty: Bool { pairs.isEmpty && lastWords.isEmpty }

    /// Whether the words hashed `last` and `next` read on as one title ("Prime" "Minister").
    @inline(__always)
    func joins(_ last: UInt64, _ next: UInt64) -> Bool { pairs.contains(Self.pairKey(last, next)) }

    /// Whether a title or honorific can end with the word hashed `last`, before its name ("Governor").
    @inline(__always)
    func endsTitle(_ last: UInt64) -> Bool { lastWords.contains(last) }

    /// One well-mixed key for an ordered pair of token hashes.
    @inline(__always)
    private static func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a &* 0x9E37_79B9_7F4A_7C15) ^ ((b << 31) | (b >> 33))
    }
}
