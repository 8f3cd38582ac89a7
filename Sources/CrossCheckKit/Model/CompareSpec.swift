/// How a rule says its values compare.
///
/// Stored behind one shared reference: every claim carries its rule's spec, and the claims of one rule
/// share the rule's storage (8 bytes a claim instead of the spec's ~50). Setting a property copies
/// the storage first when it is shared, so it behaves as a plain value.
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

    /// The fields, immutable and shared.
    private final class Storage: Sendable {
        let mode: Mode
        let tolerance: Double?
        let relativeTolerance: Double?
        let lexicon: String?
        let rising: Bool

        init(mode: Mode, tolerance: Double?, relativeTolerance: Double?, lexicon: String?, rising: Bool) {
            self.mode = mode
            self.tolerance = tolerance
            self.relativeTolerance = relativeTolerance
            self.lexicon = lexicon
            self.rising = rising
        }
    }

    private var storage: Storage

    public var mode: Mode {
        get { storage.mode }
        set { self = CompareSpec(mode: newValue, tolerance: tolerance, relativeTolerance: relativeTolerance, lexicon: lexicon, rising: rising) }
    }
    public var tolerance: Double? {
        get { storage.tolerance }
        set { self = CompareSpec(mode: mode, tolerance: newValue, relativeTolerance: relativeTolerance, lexicon: lexicon, rising: rising) }
    }
    public var relativeTolerance: Double? {
        get { storage.relativeTolerance }
        set { self = CompareSpec(mode: mode, tolerance: tolerance, relativeTolerance: newValue, lexicon: lexicon, rising: rising) }
    }
    /// Lexicon name for `synonyms`.
    public var lexicon: String? {
        get { storage.lexicon }
        set { self = CompareSpec(mode: mode, tolerance: tolerance, relativeTolerance: relativeTolerance, lexicon: newValue, rising: rising) }
    }
    /// Whether later sources may legitimately report a higher value (tolls, totals).
    public var rising: Bool {
        get { storage.rising }
        set { self = CompareSpec(mode: mode, tolerance: tolerance, relativeTolerance: relativeTolerance, lexicon: lexicon, rising: newValue) }
    }

    public init(mode: Mode = .exact, tolerance: Double? = nil, relativeTolerance: Double? = nil,
                lexicon: String? = nil, rising: Bool = false) {
        storage = Storage(mode: mode, tolerance: tolerance, relativeTolerance: relativeTolerance, lexicon: lexicon, rising: rising)
    }

    public static func == (a: CompareSpec, b: CompareSpec) -> Bool {
        a.storage === b.storage || (a.mode == b.mode && a.tolerance == b.tolerance && a.relativeTolerance == b.relativeTolerance
                                    && a.lexicon == b.lexicon && a.rising == b.rising)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(mode)
        hasher.combine(tolerance)
        hasher.combine(relativeTolerance)
        hasher.combine(lexicon)
        hasher.combine(rising)
    }

    private enum CodingKeys: String, CodingKey {
        case mode, tolerance, relativeTolerance, lexicon, rising
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(mode: try c.decode(Mode.self, forKey: .mode),
                  tolerance: try c.decodeIfPresent(Double.self, forKey: .tolerance),
                  relativeTolerance: try c.decodeIfPresent(Double.self, forKey: .relativeTolerance),
                  lexicon: try c.decodeIfPresent(String.self, forKey: .lexicon),
                  rising: try c.decode(Bool.self, forKey: .rising))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mode, forKey: .mode)
        try c.encodeIfPresent(tolerance, forKey: .tolerance)
        try c.encodeIfPresent(relativeTolerance, forKey: .relativeTolerance)
        try c.encodeIfPresent(lexicon, forKey: .lexicon)
        try c.encode(rising, forKey: .rising)
    }
}
