/// One quotation found by `QuoteSpanFinder`: its marks and its content, possibly over several
/// paragraphs (news style reopens the quote at each paragraph start).
struct QuoteSpan: Sendable, Hashable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark, or nil when the quote was never closed (recovered at the
    /// end of its last paragraph).
    var close: Int?
    /// Indices in the finder's `pieces` of its content token ranges, one per paragraph (quote marks
    /// excluded, never empty). One array for all spans: a span holds no array of its own.
    var pieces: Range<Int>
    /// The first content token and the end (exclusive) of the last content range.
    var contentStart: Int
    var contentEnd: Int
    /// Single quote marks (a headline quote or a quote within a quote).
    var single: Bool

    /// All tokens from the opening mark to the closing mark (or the last content token).
    var tokens: Range<Int> {
        open..<(close.map { $0 + 1 } ?? contentEnd)
    }
}
