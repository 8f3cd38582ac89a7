/// One quotation found by `QuoteSpanFinder`: its marks and its content, possibly over several
/// paragraphs (news style reopens the quote at each paragraph start).
struct QuoteSpan: Sendable, Hashable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark, or nil when the quote was never closed (recovered at the
    /// end of its last paragraph).
    var close: Int?
    /// Content token ranges, one per paragraph (quote marks excluded).
    var pieces: [Range<Int>]
    /// Single quote marks (a headline quote or a quote within a quote).
    var single: Bool

    /// All tokens from the opening mark to the closing mark (or the last content token).
    var tokens: Range<Int> {
        let end = close.map { $0 + 1 } ?? (pieces.last?.upperBound ?? open + 1)
        return open..<end
    }
}
