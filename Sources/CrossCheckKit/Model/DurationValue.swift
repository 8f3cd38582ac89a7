/// A length of time, kept in the units the text used so "24 years" stays P24Y.
/// `approximate` marks hedged forms ("about two hours", "a quarter century").
public struct DurationValue: Sendable, Hashable, Codable {
    public enum Unit: String, Sendable, Codable, CaseIterable {
        case years = "Y", months = "M", weeks = "W", days = "D", hours = "H", minutes = "MIN", seconds = "S"

        public var seconds: Double {
            switch self {
            case .years: return 365.2425 * 86_400
            case .months: return 30.436875 * 86_400
            case .weeks: return 7 * 86_400
            case .days: return 86_400
            case .hours: return 3_600
            case .minutes: return 60
            case .seconds: return 1
            }
        }
    }

    /// Amount per unit, e.g. [.days: 1, .hours: 12] for "a day and a half"... or [.days: 1] + nights.
    public var amounts: [Unit: Double]
    /// Upper bound of a range ("two to three hours"), in the same single unit, when given.
    public var maxAmounts: [Unit: Double]?
    public var approximate: Bool

    public init(amounts: [Unit: Double], maxAmounts: [Unit: Double]? = nil, approximate: Bool = false) {
        self.amounts = amounts
        self.maxAmounts = maxAmounts
        self.approximate = approximate
    }

    public var totalSeconds: Double { DurationValue.seconds(amounts) }

    /// The length of `amounts` in seconds, summed in unit order: a dictionary's own order changes from
    /// run to run (seeded hashing), and a sum of three or more fractional terms can differ in its last
    /// bit with the order, which would make a comparison at a bound come out differently between runs.
    public static func seconds(_ amounts: [Unit: Double]) -> Double {
        var total = 0.0
        for u in Unit.allCases { if let v = amounts[u] { total += v * u.seconds } }
        return total
    }

    /// ISO 8601: "P24Y", "PT2H", "P1DT12H", "PT30M".
    public var iso: String {
        func fmt(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
        var date = ""
        for u in [Unit.years, .months, .weeks, .days] { if let v = amounts[u], v != 0 { date += fmt(v) + (u == .weeks ? "W" : u.rawValue) } }
        var time = ""
        if let v = amounts[.hours], v != 0 { time += fmt(v) + "H" }
        if let v = amounts[.minutes], v != 0 { time += fmt(v) + "M" }
        if let v = amounts[.seconds], v != 0 { time += fmt(v) + "S" }
        if date.isEmpty && time.isEmpty { return "PT0S" }
        return "P" + date + (time.isEmpty ? "" : "T" + time)
    }
}
