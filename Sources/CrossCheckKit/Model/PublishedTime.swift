/// When a source was published: a date, optionally with a time of day (local to the outlet, minutes).
public struct PublishedTime: Sendable, Hashable, Codable, Comparable {
    public var date: CalendarDate
    /// Minutes after midnight, when known.
    public var minuteOfDay: Int?

    public init(date: CalendarDate, minuteOfDay: Int? = nil) {
        self.date = date
        self.minuteOfDay = minuteOfDay
    }

    /// Parses "2024-06-19", "2024-06-19T21:59", "2024-06-19 21:59", "2024-06-19T21:59:00Z".
    public init?(iso: String) {
        let trimmed = iso.trimmingSpaces
        let sep = trimmed.firstIndex(where: { $0 == "T" || $0 == " " })
        let datePart = sep.map { String(trimmed[..<$0]) } ?? trimmed
        guard let date = CalendarDate(iso: datePart), date.day != nil else { return nil }
        var minute: Int?
        if let sep {
            let timePart = trimmed[trimmed.index(after: sep)...]
            let hm = timePart.prefix(5).split(separator: ":")
            if hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0..<24).contains(h), (0..<60).contains(m) {
                minute = h * 60 + m
            } else {
                return nil
            }
        }
        self.init(date: date, minuteOfDay: minute)
    }

    public var iso: String {
        guard let minuteOfDay else { return date.iso }
        return date.iso + "T" + Padded.two(minuteOfDay / 60) + ":" + Padded.two(minuteOfDay % 60)
    }

    public static func < (lhs: PublishedTime, rhs: PublishedTime) -> Bool {
        (lhs.date.dayNumber, lhs.minuteOfDay ?? 0) < (rhs.date.dayNumber, rhs.minuteOfDay ?? 0)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
