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
    /// Hedged by the text ("about", "some", "nearly", "hundreds of").
    public var approximate: Bool
    /// Written in a malformed way ("24,966218", "13,5000"): recognized but not trusted.
    public var suspect: String?

    public init(min: Double?, max: Double?, unit: String? = nil, of: String? = nil,
                approximate: Bool = false, suspect: String? = nil) {
        self.min = min
        self.max = max
        self.unit = unit
        self.of = of
        self.approximate = approximate
        self.suspect = suspect
    }

    public static func exact(_ v: Double, unit: String? = nil, of: String? = nil) -> Quantity {
        Quantity(min: v, max: v, unit: unit, of: of)
    }

    public var isExact: Bool { min != nil && min == max && !approximate }
}
