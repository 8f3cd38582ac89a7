/// A sentence: a run of tokens, its byte range in the analysis text, and its paragraph.
public struct Sentence: Sendable, Hashable {
    /// Token indices `[lowerBound, upperBound)` in `SegmentedText.tokens`.
    public var tokens: Range<Int>
    public var span: TextSpan
    public var paragraph: Int

    public init(tokens: Range<Int>, span: TextSpan, paragraph: Int) {
        self.tokens = tokens
        self.span = span
        self.paragraph = paragraph
    }
}
