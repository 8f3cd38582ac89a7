/// A time of day, optionally on a date, with its zone as written ("local", "IST", "GMT+9").
public struct TimeValue: Sendable, Hashable, Codable {
    public var date: CalendarDate?
    public var hour: Int
    public var minute: Int?
    public var zone: String?
    public var approximate: Bool

    public init(date: CalendarDate? = nil, hour: Int, minute: Int? = nil, zone: String? = nil, approximate: Bool = false) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.zone = zone
        self.approximate = approximate
    }

    /// "2024-06-19T21:59", "T21:59", "T22" (hour precision).
    public var iso: String {
        var s = (date?.iso ?? "") + "T" + Padded.two(hour)
        if let minute { s += ":" + Padded.two(minute) }
        return s
    }
}
