/// How a rule says its values compare.
///
/// Stored behind one shared reference: every claim carries its rule's spec, and the claims of one rule
/// share the rule's storage (8 bytes a claim instead of the spec's ~50). Setting a property puts a new
/// storage in place (`Shared`), so it behaves as a plain value.
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

    /// The fields, kept behind one shared reference.
    private struct Fields: Hashable, Sendable {
        var mode: Mode
        var tolerance: Double?
        var relativeTolerance: Double?
        var lexicon: String?
        var rising: Bool
    }

    private var storage: Shared<Fields>

    /// Changes one field: a new box, so other holders of the old one keep their value.
    private mutating func update(_ change: (inout Fields) -> Void) {
        storage = storage.with(change)
    }

    public var mode: Mode {
        get { storage.value.mode }
        set { update { $0.mode = newValue } }
    }
    public var tolerance: Double? {
        get { storage.value.tolerance }
        set { update { $0.tolerance = newValue } }
    }
    public var relativeTolerance: Double? {
        get { storage.value.relativeTolerance }
        set { update { $0.relativeTolerance = newValue } }
    }
    /// Lexicon name for `synonyms`.
    public var lexicon: String? {
        get { storage.value.lexicon }
        set { update { $0.lexicon = newValue } }
    }
    /// Whether later sources may legitimately report a higher value (tolls, totals).
    public var rising: Bool {
        get { storage.value.rising }
        set { update { $0.rising = newValue } }
    }

    public init(mode: Mode = .exact, tolerance: Double? = nil, relativeTolerance: Double? = nil,
                lexicon: String? = nil, rising: Bool = false) {
        storage = Shared(Fields(mode: mode, tolerance: tolerance, relativeTolerance: relativeTolerance, lexicon: lexicon, rising: rising))
    }

    public static func == (a: CompareSpec, b: CompareSpec) -> Bool { a.storage == b.storage }

    public func hash(into hasher: inout Hasher) { hasher.combine(storage) }

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
