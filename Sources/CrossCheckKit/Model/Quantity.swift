/// A normalized count or measured quantity: an interval `[min, max]` (either end open when nil),
/// the unit it is measured in and what it counts.
///
/// An exact "398" is `min = max = 398`; "more than 380" is `min = 380, max = nil`, `lowerOpen`;
/// "nearly 900" is approximate with `max = 900`.
public struct Quantity: Sendable, Hashable, Codable {
    public var min: Double?
    public var max: Double?
    /// Canonical unit ("km", "percent", "USD"), nil for plain counts.
    public var unit: String?
    /// What is counted ("storey", "troops", "injured"), when known.
    public var of: String?
    /// Written in a malformed way ("24,966218", "13,5000"): recognized but not trusted.
    public var suspect: String?
    // The flags last, together: a claim holds a quantity, so padding between fields costs per claim.
    /// Hedged by the text ("about", "some", "nearly", "hundreds of").
    public var approximate: Bool
    /// The lower end is excluded ("more than 380": 380 itself does not qualify).
    public var lowerOpen: Bool
    /// The upper end is excluded ("fewer than 1,000").
    public var upperOpen: Bool

    public init(min: Double?, max: Double?, unit: String? = nil, of: String? = nil,
                approximate: Bool = false, suspect: String? = nil, lowerOpen: Bool = false, upperOpen: Bool = false) {
        self.min = min
        self.max = max
        self.unit = unit
        self.of = of
        self.approximate = approximate
        self.suspect = suspect
        self.lowerOpen = lowerOpen
        self.upperOpen = upperOpen
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

    public static func exact(_ v: Double, unit: String? = nil, of: String? = nil) -> Quantity {
        Quantity(min: v, max: v, unit: unit, of: of)
    }

    public var isExact: Bool { min != nil && min == max && !approximate }
}
