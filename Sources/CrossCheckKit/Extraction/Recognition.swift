/// What a recognizer found: a token range and the normalized value it stands for.
public struct Recognition: Sendable, Hashable {
    /// Token indices `[lowerBound, upperBound)` in the segmented text.
    public var tokens: Range<Int>
    public var value: ClaimValue
    /// Named parts a rule may refer to ("$speaker", "$title", "$unit"), as token ranges.
    public var parts: RecognitionParts
    /// Extra facts (the quote's speaker span, the number's qualifier), as strings.
    public var attributes: Attributes

    public init(tokens: Range<Int>, value: ClaimValue, parts: RecognitionParts = RecognitionParts(), attributes: Attributes = Attributes()) {
        self.tokens = tokens
        self.value = value
        self.parts = parts
        self.attributes = attributes
    }
}
