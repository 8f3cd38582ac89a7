/// Dates compare at the precision both state: "June 2024" agrees with 19 June 2024, "2019" with any
/// day of 2019. A rule tolerance (in days) lets day-precision dates differ by that much.
enum DateComparison {
    static func compatible(_ a: CalendarDate, _ b: CalendarDate, _ spec: CompareSpec) -> Bool {
        if a.isCompatible(with: b) { return true }
        if let t = spec.tolerance, a.precision == .day, b.precision == .day {
            return Double(abs(a.dayNumber - b.dayNumber)) <= t
        }
        return false
    }
}
