/// A calendar date with the precision the text stated: a year, a month of a year, or a day.
/// `month` and `day` are 1-based; `day` is only set when `month` is.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    public enum Precision: String, Sendable, Codable { case year, month, day }

    public var precision: Precision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    /// ISO 8601 at the stated precision: "2024", "2024-06", "2024-06-19".
    public var iso: String {
        var s = Padded.four(year)
        if let month { s += "-" + Padded.two(month) }
        if let day { s += "-" + Padded.two(day) }
        return s
    }

    /// Parses "2024", "2024-06" or "2024-06-19" (also the date part of "2024-06-19T10:00").
    public init?(iso: String) {
        let datePart = iso.split(separator: "T", maxSplits: 1).first.map(String.init) ?? iso
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), let y = Int(parts[0]), parts[0].count == 4 else { return nil }
        var m: Int?
        var d: Int?
        if parts.count >= 2 {
            guard let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
            m = mm
        }
        if parts.count == 3 {
            guard let dd = Int(parts[2]), let m, (1...CalendarDate.daysIn(month: m, year: y)).contains(dd) else { return nil }
            d = dd
        }
        self.init(year: y, month: m, day: d)
    }

    /// Whether every day of `other` lies within `self` ("June 2024" contains "19 June 2024").
    public func contains(_ other: CalendarDate) -> Bool {
        guard year == other.year else { return false }
        guard let month else { return true }
        guard other.month == month else { return false }
        guard let day else { return true }
        return other.day == day
    }

    /// Two dates are compatible when one contains the other.
    public func isCompatible(with other: CalendarDate) -> Bool { contains(other) || other.contains(self) }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a day-precision date (proleptic Gregorian). Month/year precision use the first day.
    public var dayNumber: Int {
        let y0 = (month ?? 1) <= 2 ? year - 1 : year
        let m = month ?? 1
        let d = day ?? 1
        let era = (y0 >= 0 ? y0 : y0 - 399) / 400
        let yoe = y0 - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day-precision date for a day number (inverse of `dayNumber`).
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// ISO weekday of a day-precision date: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber % 7 + 7 + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return w + 1
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }
}
