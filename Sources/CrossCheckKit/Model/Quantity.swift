/// A normalized count or measured quantity: an interval `[min, max]` (either end open when nil),
/// the unit it is measured in and what it counts.
///
/// An exact "398" is `min = max = 398`; "more than 380" is `min = 380, max = nil`, `lowerOpen`;
/// "nearly 900" is approximate with `max = 900`.
public struct Quantity: Sendable, Hashable, Codable {
    // Stored compactly (a claim holds a quantity, and quantities are the largest claim values): the
    // ends as plain Doubles with a presence bit each, and the four flags in one byte.
    private var low: Double
    private var high: Double
    /// Canonical unit ("km", "percent", "USD"), nil for plain counts.
    public var unit: String?
    /// What is counted ("storey", "troops", "injured"), when known.
    public var of: String?
    /// Written in a malformed way ("24,966218", "13,5000"): recognized but not trusted.
    public var suspect: String?
    private var flags: UInt8

    private static let hasMin: UInt8 = 1, hasMax: UInt8 = 2, approximateBit: UInt8 = 4, lowerOpenBit: UInt8 = 8, upperOpenBit: UInt8 = 16

    private func flag(_ bit: UInt8) -> Bool { flags & bit != 0 }
    private mutating func setFlag(_ bit: UInt8, _ on: Bool) { if on { flags |= bit } else { flags &= ~bit } }

    public var min: Double? {
        get { flag(Quantity.hasMin) ? low : nil }
        set { low = newValue ?? 0; setFlag(Quantity.hasMin, newValue != nil) }
    }
    public var max: Double? {
        get { flag(Quantity.hasMax) ? high : nil }
        set { high = newValue ?? 0; setFlag(Quantity.hasMax, newValue != nil) }
    }
    /// Hedged by the text ("about", "some", "nearly", "hundreds of").
    public var approximate: Bool {
        get { flag(Quantity.approximateBit) }
        set { setFlag(Quantity.approximateBit, newValue) }
    }
    /// The lower end is excluded ("more than 380": 380 itself does not qualify).
    public var lowerOpen: Bool {
        get { flag(Quantity.lowerOpenBit) }
        set { setFlag(Quantity.lowerOpenBit, newValue) }
    }
    /// The upper end is excluded ("fewer than 1,000").
    public var upperOpen: Bool {
        get { flag(Quantity.upperOpenBit) }
        set { setFlag(Quantity.upperOpenBit, newValue) }
    }

    /// (Each stored property written once, the flags in one byte, and the init inlined: the number
    /// recognizer makes one quantity per number it finds.)
    @inline(__always)
    public init(min: Double?, max: Double?, unit: String? = nil, of: String? = nil,
                approximate: Bool = false, suspect: String? = nil, lowerOpen: Bool = false, upperOpen: Bool = false) {
        self.low = min ?? 0
        self.high = max ?? 0
        self.unit = unit
        self.of = of
        self.suspect = suspect
        self.flags = (min != nil ? Quantity.hasMin : 0) | (max != nil ? Quantity.hasMax : 0)
            | (approximate ? Quantity.approximateBit : 0) | (lowerOpen ? Quantity.lowerOpenBit : 0)
            | (upperOpen ? Quantity.upperOpenBit : 0)
    }

    /// Equal when the properties are (an absent end compares as absent, whatever was stored for it).
    public static func == (a: Quantity, b: Quantity) -> Bool {
        a.min == b.min && a.max == b.max && a.unit == b.unit && a.of == b.of && a.suspect == b.suspect && a.flags == b.flags
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(min)
        hasher.combine(max)
        hasher.combine(unit)
        hasher.combine(of)
        hasher.combine(suspect)
        hasher.combine(flags)
    }

    private enum CodingKeys: String, CodingKey { case min, max, unit, of, approximate, suspect, lowerOpen, upperOpen }

    /// Decodes older records without the open-end flags too.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(min: try c.decodeIfPresent(Double.self, forKey: .min), max: try c.decodeIfPresent(Double.self, forKey: .max),
                  unit: try c.decodeIfPresent(String.self, forKey: .unit), of: try c.decodeIfPresent(String.self, forKey: .of),
                  approximate: try c.decodeIfPresent(Bool.self, forKey: .approximate) ?? false,
                  suspect: try c.decodeIfPresent(String.self, forKey: .suspect),
                  lowerOpen: try c.decodeIfPresent(Bool.self, forKey: .lowerOpen) ?? false,
                  upperOpen: try c.decodeIfPresent(Bool.self, forKey: .upperOpen) ?? false)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(min, forKey: .min)
        try c.encodeIfPresent(max, forKey: .max)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encodeIfPresent(of, forKey: .of)
        try c.encode(approximate, forKey: .approximate)
        try c.encodeIfPresent(suspect, forKey: .suspect)
        try c.encode(lowerOpen, forKey: .lowerOpen)
        try c.encode(upperOpen, forKey: .upperOpen)
    }

    public static func exact(_ v: Double, unit: String? = nil, of: String? = nil) -> Quantity {
        Quantity(min: v, max: v, unit: unit, of: of)
    }

    public var isExact: Bool { min != nil && min == max && !approximate }
}
