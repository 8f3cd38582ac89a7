/// A source's analysis text split into tokens, sentences and paragraphs (excluded segments skipped).
///
/// The `Segmenter` makes texts whose sentences tile the tokens in order. A text built by hand through the
/// public init need not (gaps, disorder, overlap, tokens outside the text): `Extractor` repairs such a
/// text before reading it (`TiledText`) and names the given sentences in its claims.
public struct SegmentedText: Sendable {
    public let text: [UInt8]
    public var tokens: [Token] { didSet { tiled = false } }
    public var sentences: [Sentence] { didSet { tiled = false } }
    /// Sentence index ranges, one per paragraph.
    public var paragraphs: [Range<Int>]

    /// Known to tile (`TiledText`): set by the `Segmenter`, cleared by any change to the tokens or
    /// sentences, so extraction checks only texts built or changed by hand.
    private(set) var tiled = false

    public init(text: [UInt8], tokens: [Token], sentences: [Sentence], paragraphs: [Range<Int>]) {
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.paragraphs = paragraphs
    }

    /// The segmenter's own: its sentences tile its tokens.
    init(segmented text: [UInt8], tokens: [Token], sentences: [Sentence], paragraphs: [Range<Int>]) {
        self.init(text: text, tokens: tokens, sentences: sentences, paragraphs: paragraphs)
        tiled = true
        assert(TiledText.isTiled(self), "the segmenter made sentences that do not tile the tokens")
    }

    /// The raw text of a token.
    public func string(_ t: Int) -> String {
        let tok = tokens[t]
        return String(decoding: text[Int(tok.start)..<Int(tok.end)], as: UTF8.self)
    }

    /// The normalized form of a token (lower-cased, quotes straightened).
    public func normalized(_ t: Int) -> String {
        let tok = tokens[t]
        return text.withUnsafeBufferPointer { String(decoding: Normalizer.normalize($0, Int(tok.start)..<Int(tok.end)), as: UTF8.self) }
    }

    /// The raw text covering tokens `[range)`, spacing as in the source.
    public func string(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return string(span: TextSpan(start: Int(tokens[range.lowerBound].start), end: Int(tokens[range.upperBound - 1].end)))
    }

    public func string(span: TextSpan) -> String {
        String(decoding: text[span.start..<span.end], as: UTF8.self)
    }

    public func span(tokens range: Range<Int>) -> TextSpan {
        TextSpan(start: Int(tokens[range.lowerBound].start), end: Int(tokens[range.upperBound - 1].end))
    }

    /// Index of the sentence holding token `t` (binary search).
    public func sentenceIndex(ofToken t: Int) -> Int {
        var lo = 0
        var hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].tokens.lowerBound <= t { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Whether token `t` matches a literal (compared by normalized hash, then bytes).
    public func token(_ t: Int, is literal: String) -> Bool {
        tokens[t].hash == Token.hash(literal: literal) && normalized(t) == Normalizer.normalize(literal)
    }
}
