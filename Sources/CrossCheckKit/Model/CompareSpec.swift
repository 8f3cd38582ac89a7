/// How a rule says its values compare.
public struct CompareSpec: Sendable, Hashable, Codable {
    public enum Mode: String, Sendable, Hashable, Codable {
        /// Values must be equal after normalization.
        case exact
        /// Numbers within `tolerance` (absolute) or `relativeTolerance` (fraction of the larger) agree.
        case tolerance
        /// Intervals agree when they overlap ("more than 380" and 398).
        case interval
        /// Dates/times agree when one contains the other at its precision ("June 2024" and 19 June 2024).
        case granularity
        /// Text values agree when the lexicon `synonyms` puts them in one group.
        case synonyms
        /// Quotations: word-level diff and a class.
        case quote
    }

    public var mode: Mode
    public var tolerance: Double?
    public var relativeTolerance: Double?
    /// Lexicon name for `synonyms`.
    public var lexicon: String?
    /// Whether later sources may legitimately report a higher value (tolls, totals).
    public var rising: Bool

    public init(mode: Mode = .exact, tolerance: Double? = nil, relativeTolerance: Double? = nil,
                lexicon: String? = nil, rising: Bool = false) {
        self.mode = mode
        self.tolerance = tolerance
        self.relativeTolerance = relativeTolerance
        self.lexicon = lexicon
        self.rising = rising
    }
}
