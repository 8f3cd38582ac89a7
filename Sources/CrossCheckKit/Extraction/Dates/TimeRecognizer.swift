/// `<time>`: times of day with their zone as written, on a date when one is attached.
///
/// "9:59 p.m." → T21:59 · "11.41 a.m." → T11:41 · "13:39 IST" → T13:39 IST · "about 10pm local time"
/// → ~T22 local · "noon" · "midnight" · "Wednesday at 10pm" → 2024-06-19T22.
/// "pre-dawn" / "predawn" / "before dawn" are an approximate time before sunrise, represented as ~T04
/// with attribute `period = pre-dawn` (the hours 03:00–05:00); "dawn" alone is ~T05. "before", "by" or
/// "after" right before a time gives it a side (`TimeValue.bound`), which the recognition leaves out:
/// "shortly after 5 a.m." → "5 a.m." shortly after T05, "by 3 p.m." → before T15.
public struct TimeRecognizer: Recognizer, RecognizesInPlace {
    public var name: String { "time" }
    public init() {}

    static let zones: HashSet64 = Lit.set(["gmt", "utc", "bst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest",
                                             "ist", "kst", "jst", "msk", "aest", "hkt", "sgt", "eet", "eest", "wib", "pkt"])
    static let am: HashSet64 = Lit.set(["am", "a.m"])
    static let pm: HashSet64 = Lit.set(["pm", "p.m"])
    static let approx: HashSet64 = Lit.set(["about", "around", "approximately", "roughly", "shortly", "just", "some"])
    /// Words before "before" / "after" that put the event close to the time: "shortly after 5 a.m.",
    /// "just before midnight", "moments after 9:40 p.m." (`TimeBound.shortlyAfter` ...). "minutes" only
    /// without a number before it ("90 minutes after 10 p.m." is no time close to 10 p.m.).
    static let near: HashSet64 = Lit.set(["shortly", "just", "soon", "immediately", "right", "moments", "minutes"])
    /// (The side words `LitHash` lacks.)
    static let by = Lit.h("by"), not = Lit.h("not")
    /// The words a time other than a number can start with (the periods `time` reads).
    static let periodStart: HashSet64 = [LitHash.`pre`, LitHash.`predawn`, LitHash.`before`, LitHash.`dawn`, LitHash.`noon`, LitHash.`midday`, LitHash.`midnight`]
    static let oclock = Lit.h("o'clock")

    public func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        recognizedList(text, context: context)
    }

    /// `recognize(_:context:)`, appended to `out` (`RecognizesInPlace`).
    func recognize(_ text: SegmentedText, context: RecognizerContext, into out: inout [Recognition]) {
        let n = text.tokens.count
        let dates = DateRecognizer()
        let pub = context.published?.date
        let starts = context.starts ?? TokenStarts(text, units: NumberRecognizer.units(context))
        // A date joins a time only when "at <time>" follows it, so dates are looked for only before the
        // last "at <time>" of the text (most texts have none).
        var lastAt = -1
        for a in starts.ats.reversed() where time(text, at: Int(a) + 1) != nil {
            lastAt = Int(a)
            break
        }
        // Where a time can start, and (before `lastAt`) where a date can: each list's next stop at or
        // after `i` is kept while it lies ahead.
        let times = starts.times, dateStarts = starts.dates
        // Nothing to try: no time can start, and no date is joined to one.
        if times.isEmpty && lastAt < 0 { return }
        // The number parser only serves dates, which are tried only before `lastAt`.
        let p = lastAt >= 0 ? NumberParser(text, starts: starts) : nil
        var ti = times.startIndex, di = dateStarts.startIndex
        let scope = context.scope
        var run = 0
        var i = 0
        while true {
            while ti < times.endIndex && Int(times[ti]) < i { ti += 1 }
            let nextTime = ti < times.endIndex ? Int(times[ti]) : n
            var nextDate = n
            if i < lastAt {
                while di < dateStarts.endIndex && Int(dateStarts[di]) < i { di += 1 }
                if di < dateStarts.endIndex, Int(dateStarts[di]) < lastAt { nextDate = Int(dateStarts[di]) }
            }
            i = min(nextTime, nextDate)
            guard i < n else { break }
            if let scope, let j = scope.skip(i, run: &run) { i = j; continue }
            // A date followed by "at <time>": "Wednesday at 10pm".
            // (Inside the sentence, as every match: see `TokenScope`.)
            let limit = scope?.sentence(run) ?? 0..<n
            if i == nextDate, let p, let d = dates.matchGated(text, at: i, published: pub, p: p), d.date.precision == .day,
               text.isWord(d.end, LitHash.`at`), let (tm, e) = time(text, at: d.end + 1), e <= limit.upperBound {
                var v = tm
                v.date = d.date
                out.append(Recognition(tokens: i..<e, value: .time(v)))
                i = e
                continue
            }
            if i != nextTime { i += 1; continue }
            if let (tm, e) = time(text, at: i), e <= limit.upperBound {
                var v = tm
                var start = i
                if let side = bound(text, before: i, limit: limit.lowerBound) {
                    // "after 10 p.m.", "by 3 p.m." (at or before), "shortly before 3 p.m.": the event's side of
                    // the time. (The recognition stays the time's own tokens: taking the side's words in
                    // would let a rule's gap before the time reach one word further, to an earlier verb.)
                    v.bound = side
                } else if i - 1 >= limit.lowerBound, text.isAny(i - 1, TimeRecognizer.approx) { v.approximate = true; start = i - 1 }
                // "at 10pm on Wednesday"
                var end = e
                if text.isWord(e, LitHash.`on`), let d = dates.match(text, at: e + 1, published: pub), d.date.precision == .day,
                   d.end <= limit.upperBound {
                    v.date = d.date; end = d.end
                }
                let preDawn = v.approximate && v.hour == 4 && v.minute == nil && (text.isWord(i, LitHash.`pre`) || text.isWord(i, LitHash.`predawn`) || text.isWord(i, LitHash.`before`))
                let attrs = preDawn ? Attributes(sortedKeysAndValues: ["period", "pre-dawn"]) : Attributes()
                out.append(Recognition(tokens: start..<end, value: .time(v), attributes: attrs))
                i = end
            } else {
                i += 1
            }
        }
    }

    /// The side of the time at `i` the words before it put the event on: "before", "by" (at or before:
    /// the event had happened by then), "after"; "no later than" (before), "no earlier than" (after);
    /// "not before" (after), "not after" (before); close to it after a `near` word ("shortly before").
    /// Only words from `lower` on (the sentence's) count.
    private func bound(_ t: SegmentedText, before i: Int, limit lower: Int) -> TimeBound? {
        let w = { (k: Int, h: UInt64) in k >= lower && t.isWord(k, h) }
        if w(i - 1, LitHash.`than`), w(i - 3, LitHash.`no`) {
            if w(i - 2, LitHash.`later`) { return .before }
            if w(i - 2, LitHash.`earlier`) { return .after }
        }
        var before: Bool
        if w(i - 1, LitHash.`before`) || w(i - 1, TimeRecognizer.by) { before = true }
        else if w(i - 1, LitHash.`after`) { before = false }
        else { return nil }
        if w(i - 2, TimeRecognizer.not) { return TimeBound(before: !before, near: false) }
        let near = !w(i - 1, TimeRecognizer.by) && i - 2 >= lower && t.isAny(i - 2, TimeRecognizer.near)
            && !(i - 3 >= lower && t.kind(i - 3) == .number)
        return TimeBound(before: before, near: near)
    }

    /// A time at token `i` and the token after it.
    func time(_ t: SegmentedText, at i: Int) -> (TimeValue, Int)? {
        guard DateTriggers.time.accepts(t, i) else { return nil }
        if t.kind(i) == .number { return clock(t, at: i) }
        // Periods: "pre-dawn", "predawn", "before dawn", "dawn", "noon", "midnight".
        if t.isWord(i, LitHash.`pre`), t.isDash(i + 1), t.isWord(i + 2, LitHash.`dawn`) { return (TimeValue(hour: 4, approximate: true), i + 3) }
        if t.isWord(i, LitHash.`predawn`) || t.isWord(i, LitHash.`before`) && t.isWord(i + 1, LitHash.`dawn`) {
            return (TimeValue(hour: 4, approximate: true), t.isWord(i, LitHash.`before`) ? i + 2 : i + 1)
        }
        if t.isWord(i, LitHash.`dawn`) { return (TimeValue(hour: 5, approximate: true), i + 1) }
        if t.isWord(i, LitHash.`noon`) || t.isWord(i, LitHash.`midday`) { return (TimeValue(hour: 12, minute: 0), i + 1) }
        if t.isWord(i, LitHash.`midnight`) { return (TimeValue(hour: 0, minute: 0), i + 1) }
        return nil
    }

    /// A time of day written with digits at number token `i` ("9:59", "11.41 a.m.", "10pm", "9 o'clock").
    private func clock(_ t: SegmentedText, at i: Int) -> (TimeValue, Int)? {
        var hour: Int
        var minute: Int? = nil
        var j = i + 1
        // "9:59", "13:39"
        if t.length(i) <= 2, t.isByte(i + 1, 0x3A), t.glued(i + 1), t.glued(i + 2), let h = t.plainInt(i), let m = t.plainInt(i + 2), t.length(i + 2) == 2 {
            guard h < 24, m < 60 else { return nil }
            hour = h; minute = m; j = i + 3
        } else if t.length(i) == 4 || t.length(i) == 5, t.digitCount(i) == t.length(i) - 1 || t.digitCount(i) == 3 && t.length(i) == 4 {
            // "11.41" as one token
            let s = Int(t.tokens[i].start), e = Int(t.tokens[i].end)
            guard let dot = (s..<e).first(where: { t.text[$0] == 0x2E }), e - dot == 3 else { return nil }
            var h = 0, m = 0
            for q in s..<dot { h = h * 10 + Int(t.text[q] - 0x30) }
            for q in (dot + 1)..<e { m = m * 10 + Int(t.text[q] - 0x30) }
            guard h <= 12, m < 60 else { return nil }
            hour = h; minute = m
            // A dotted time needs a.m./p.m. after it ("11.41 a.m."), otherwise it is a decimal.
            guard meridiem(t, at: j) != nil else { return nil }
        } else if t.length(i) <= 2, meridiem(t, at: j) != nil, let h = t.plainInt(i), h >= 1, h <= 12 {
            hour = h
        } else if t.length(i) <= 2, t.isWord(j, TimeRecognizer.oclock), let h = t.plainInt(i), h <= 12 {
            return (TimeValue(hour: h, minute: 0), j + 1)
        } else {
            return nil
        }
        if let (isPM, e) = meridiem(t, at: j) {
            if hour == 12 { hour = isPM ? 12 : 0 } else if isPM { hour += 12 }
            j = e
        }
        var zone: String? = nil
        if t.isAny(j, TimeRecognizer.zones), t.tokens[j].flags.contains(.allCaps) || t.length(j) <= 4 {
            zone = t.string(j).uppercased(); j += 1
            if t.isByte(j, 0x2B) || t.isDash(j), t.glued(j), let off = t.plainInt(j + 1) {
                zone! += (t.isByte(j, 0x2B) ? "+" : "-") + String(off); j += 2
                // Minutes of a half-hour zone: "UTC+5:30".
                if t.isByte(j, 0x3A), t.glued(j), t.glued(j + 1), t.length(j + 1) == 2, let m = t.plainInt(j + 1), m < 60 {
                    zone! += ":" + Padded.two(m); j += 2
                }
            }
        } else if t.isWord(j, LitHash.`local`), t.isWord(j + 1, LitHash.`time`) {
            zone = "local"; j += 2
        }
        return (TimeValue(hour: hour, minute: minute, zone: zone), j)
    }

    /// "a.m." / "am" / "p.m." / "pm" (glued or spaced): whether p.m., and the token after it.
    func meridiem(_ t: SegmentedText, at j: Int) -> (Bool, Int)? {
        if t.isWord(j, LitHash.`am`) || t.isWord(j, LitHash.`pm`) { return (t.isWord(j, LitHash.`pm`), j + 1) }
        if (t.isWord(j, LitHash.`a`) || t.isWord(j, LitHash.`p`)), t.isByte(j + 1, 0x2E), t.isWord(j + 2, LitHash.`m`) {
            var e = j + 3
            if t.isByte(e, 0x2E), t.glued(e) { e += 1 }
            return (t.isWord(j, LitHash.`p`), e)
        }
        return nil
    }

    public var examples: [RecognizerExample] {
        let pub = "2024-06-19"
        return [
            RecognizerExample("The plane landed at 9:59 p.m. on the runway", match: "9:59 p.m.", value: "T21:59"),
            RecognizerExample("The plane landed at 9:59 pm on the runway", match: "9:59 pm", value: "T21:59"),
            RecognizerExample("The plane landed at 21:59 on the runway", match: "21:59", value: "T21:59"),
            RecognizerExample("The train left at 11.41 a.m. sharp", match: "11.41 a.m.", value: "T11:41"),
            RecognizerExample("The quake struck at 13:39 IST on the coast", match: "13:39 IST", value: "T13:39 IST"),
            RecognizerExample("It ended at about 10pm local time", match: "about 10pm local time", value: "T22 local"),
            RecognizerExample("The call began at 10:00 UTC+5:30 sharp", match: "10:00 UTC+5:30", value: "T10:00 UTC+5:30"),
            RecognizerExample("The call began at 4 a.m. GMT+9 sharp", match: "4 a.m. GMT+9", value: "T04 GMT+9"),
            RecognizerExample("It ended at about 10 p.m. local time", match: "about 10 p.m. local time", value: "T22 local"),
            RecognizerExample("He arrived at a pre-dawn hour", match: "pre-dawn", value: "T04"),
            RecognizerExample("He arrived before dawn", match: "before dawn", value: "T04"),
            RecognizerExample("He spoke on Wednesday at 10pm", match: "Wednesday at 10pm", value: "2024-06-19T22", published: pub),
            RecognizerExample("He spoke at noon", match: "noon", value: "T12:00"),
            RecognizerExample("The ferry sank shortly after 5 a.m. on the lake", match: "5 a.m.", value: "shortly after T05"),
            RecognizerExample("The fire broke out just before midnight", match: "midnight", value: "shortly before T00:00"),
            RecognizerExample("The road reopened after 10:30 p.m. last night", match: "10:30 p.m.", value: "after T22:30"),
            RecognizerExample("The fire was under control by 3 p.m. on Sunday", match: "3 p.m.", value: "before T15"),
            RecognizerExample("The ferry left not before 3 p.m. that day", match: "3 p.m.", value: "after T15"),
            RecognizerExample("Bids must arrive no later than 9 p.m. tonight", match: "9 p.m.", value: "before T21"),
            RecognizerExample("Police arrived some 90 minutes after 10 p.m. on Friday", match: "10 p.m.", value: "after T22"),
            .none("Growth was 11.41 percent", match: "11.41"),
            .none("He has 10 apples", match: "10"),
        ]
    }
}
