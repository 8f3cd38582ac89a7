/// Times of day: equal at the precision both state (an hour-precision time agrees with any minute of
/// that hour); hedged times ("about 10:30 a.m.") get 15 minutes either way, a rule tolerance is minutes.
/// A hedged time that states only its hour ("about 4 a.m.", "before dawn", ~T04, which the time
/// recognizer reads as the hours 03:00–05:00) is an hour either side of it: "before dawn" agrees
/// with "3:17 a.m." and "4:50 a.m.", "about 10 a.m." with "9:40 a.m." but not with "11:30 a.m.".
/// A time with a side (`TimeValue.bound`) is the stretch on that side of it: an hour for "shortly before
/// 3 p.m." (14:00–15:00) and "just after 5 a.m.", six hours for a bare "after 10 p.m." or "by 3 p.m."
/// (so "before 9 a.m." and "after 5 p.m." do not meet around the clock): "shortly before 3 p.m." agrees
/// with 2:50 p.m. and not with 3:10 p.m. Two opposite sides of one time do not meet at it ("shortly
/// before 3 p.m." / "shortly after 3 p.m."), and "before midnight" on a day is that day's end.
/// Dates must be compatible. Times in different stated zones are compared in UTC when both zones have
/// a known offset (`ZoneOffset`: "22:00 GMT" agrees with "07:00 KST" the next day); otherwise not at all.
enum TimeComparison {
    static func compatible(_ a: TimeValue, _ b: TimeValue, _ spec: CompareSpec) -> Bool? {
        if let za = a.zone, let zb = b.zone, za.lowercased() != zb.lowercased() {
            guard let oa = ZoneOffset.minutes(za), let ob = ZoneOffset.minutes(zb) else { return nil }
            return compatibleInUTC(a, offset: oa, b, offset: ob, spec)
        }
        // (Before the date test: the stretches compare across midnight when both state a day.)
        if (a.approximate && a.minute == nil) || (b.approximate && b.minute == nil) || a.bound != nil || b.bound != nil {
            return compatibleInUTC(a, offset: 0, b, offset: 0, spec)
        }
        if let da = a.date, let db = b.date, !da.isCompatible(with: db) { return false }
        guard let ma = a.minute, let mb = b.minute else { return a.hour == b.hour }
        var tolerance = spec.tolerance ?? 0
        if a.approximate || b.approximate { tolerance = max(tolerance, 15) }
        let diff = abs((a.hour * 60 + ma) - (b.hour * 60 + mb))
        return Double(min(diff, 1440 - diff)) <= tolerance
    }

    /// Two zoned times as stretches of UTC minutes (a stated minute is one minute, a stated hour is that
    /// hour), counted from the day each one states, when both state a day; else around the clock.
    /// (Also for two times of one zone where one is a hedged hour, at offset 0: across midnight when
    /// both state a day.)
    private static func compatibleInUTC(_ a: TimeValue, offset oa: Int, _ b: TimeValue, offset ob: Int, _ spec: CompareSpec) -> Bool {
        var tolerance = spec.tolerance ?? 0
        // (A side's stretch already holds its hedge: "shortly after" is the hour after.)
        func hedged(_ t: TimeValue) -> Bool { t.approximate && t.minute != nil && t.bound == nil }
        if hedged(a) || hedged(b) { tolerance = max(tolerance, 15) }
        // Opposite sides exclude the time itself, so that they do not meet at it.
        let opposite = a.bound != nil && b.bound != nil && a.bound!.isBefore != b.bound!.isBefore
        // A hedged hour is an hour either side of it (~T04: 03:00-05:00); a time with a side is the hour
        // (close to it) or six hours on that side of its start.
        func stretch(_ t: TimeValue, _ offset: Int) -> (start: Int, end: Int) {
            var start = t.hour * 60 + (t.minute ?? 0) - offset
            if let side = t.bound {
                let reach = side.isNear ? 60 : 360, edge = opposite ? 1 : 0
                // "before midnight on Tuesday" is Tuesday night, not the night before.
                if side.isBefore && t.hour == 0 && t.minute == 0 && t.date?.precision == .day { start += 1440 }
                return side.isBefore ? (start - reach, start - edge) : (start + edge, start + reach)
            }
            if t.minute == nil && t.approximate { return (start - 60, start + 60) }
            return (start, start + (t.minute == nil ? 59 : 0))
        }
        var (sa, ea) = stretch(a, oa)
        let (sb, eb) = stretch(b, ob)
        // The gap between the two stretches (0 when they overlap).
        func gap(_ shift: Int) -> Int { max(0, max(sa + shift, sb) - min(ea + shift, eb)) }
        if let da = a.date, let db = b.date {
            if da.precision == .day && db.precision == .day {
                let days = da.dayNumber - db.dayNumber
                sa += days * 1440
                ea += days * 1440
                return Double(gap(0)) <= tolerance
            }
            if !da.isCompatible(with: db) { return false }
        }
        return Double(min(gap(0), gap(1440), gap(-1440))) <= tolerance
    }
}
