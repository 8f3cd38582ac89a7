/// A time of day, optionally on a date, with its zone as written ("local", "IST", "GMT+9").
public struct TimeValue: Sendable, Hashable, Codable {
    // Stored compactly (a claim holds its value): the flag beside the date, the minute in 32 bits.
    public var date: CalendarDate?
    public var approximate: Bool
    /// The side of the time the event lies on ("before 3 p.m.", "shortly after 5 a.m."), nil when the
    /// time is the event's own.
    public var bound: TimeBound?
    private var minute32: Int32
    public var hour: Int
    public var zone: String?

    /// No minute stated.
    private static let noMinute = Int32.min

    public var minute: Int? {
        get { minute32 == TimeValue.noMinute ? nil : Int(minute32) }
        set { minute32 = newValue.map { Int32($0) } ?? TimeValue.noMinute }
    }

    public init(date: CalendarDate? = nil, hour: Int, minute: Int? = nil, zone: String? = nil, approximate: Bool = false,
                bound: TimeBound? = nil) {
        self.date = date
        self.bound = bound
        self.hour = hour
        self.minute32 = minute.map { Int32($0) } ?? TimeValue.noMinute
        self.zone = zone
        self.approximate = approximate
    }

    private enum CodingKeys: String, CodingKey { case date, hour, minute, zone, approximate, bound }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let minute = try c.decodeIfPresent(Int.self, forKey: .minute)
        if let minute, Int32(exactly: minute) == nil || minute == Int(TimeValue.noMinute) {
            throw DecodingError.dataCorruptedError(forKey: .minute, in: c, debugDescription: "minute \(minute) is outside 32 bits")
        }
        self.init(date: try c.decodeIfPresent(CalendarDate.self, forKey: .date), hour: try c.decode(Int.self, forKey: .hour),
                  minute: minute, zone: try c.decodeIfPresent(String.self, forKey: .zone),
                  approximate: try c.decode(Bool.self, forKey: .approximate), bound: try c.decodeIfPresent(TimeBound.self, forKey: .bound))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encode(hour, forKey: .hour)
        try c.encodeIfPresent(minute, forKey: .minute)
        try c.encodeIfPresent(zone, forKey: .zone)
        try c.encode(approximate, forKey: .approximate)
        try c.encodeIfPresent(bound, forKey: .bound)
    }

    /// "2024-06-19T21:59", "T21:59", "T22" (hour precision).
    public var iso: String {
        var s = (date?.iso ?? "") + "T" + Padded.two(hour)
        if let minute { s += ":" + Padded.two(minute) }
        return s
    }
}
