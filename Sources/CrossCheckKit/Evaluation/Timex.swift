/// A TIMEX3 date value as the peer writes it: "2016-11-07", "XXXX-10-02", "XXXX-WXX-5" (a weekday),
/// "XXXX-07-WXX-5-#1" (the first Friday of July), "2016-11", "2016". Unknown fields are nil.
struct Timex: Sendable, Hashable {
    var year: Int?
    var month: Int?
    var day: Int?
    var weekday: Int?
    var nth: Int?

    init?(_ s: String) {
        let parts = s.split(separator: "-").map(String.init)
        guard let first = parts.first, first.count == 4 else { return nil }
        year = Int(first)
        var k = 1
        if k < parts.count, parts[k] != "WXX" { month = Int(parts[k]); if month == nil && parts[k] != "XX" { return nil }; k += 1 }
        if k < parts.count, parts[k] == "WXX" {
            k += 1
            guard k < parts.count, let w = Int(parts[k]) else { return nil }
            weekday = w; k += 1
            if k < parts.count, parts[k].hasPrefix("#") { nth = Int(parts[k].dropFirst()); k += 1 }
        } else if k < parts.count {
            day = Int(parts[k]); if day == nil { return nil }; k += 1
        }
        if k != parts.count { return nil }
    }

    var isValidCalendarDate: Bool {
        guard let month else { return true }
        if month < 1 || month > 12 { return false }
        guard let day else { return true }
        return day >= 1 && day <= CalendarDate.daysIn(month: month, year: year ?? 2000)
    }

    /// Whether a date agrees on every field this timex states.
    func matches(_ d: CalendarDate) -> Bool {
        if let year, year != d.year { return false }
        if let month, month != d.month { return false }
        if let day, day != d.day { return false }
        if day == nil && weekday == nil && month != nil && d.day != nil && year != nil { return false }
        if day == nil && month == nil && weekday == nil && d.month != nil { return false }
        if let weekday {
            guard d.day != nil, d.weekday == weekday else { return false }
            if let nth, let dd = d.day, (dd - 1) / 7 + 1 != nth { return false }
        }
        return true
    }
}
