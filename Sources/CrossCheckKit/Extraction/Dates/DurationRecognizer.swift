/// `<duration>`: lengths of time, kept in the unit the text used ("24 years" → P24Y, "two hours" → PT2H).
///
/// "a day and a night" → P1D (one full day-and-night cycle) · "a quarter century" → ~P25Y · "half a
/// century" → ~P50Y · "decades" → ~P20Y (at least two decades, approximate) · "for hours" → ~PT2H ·
/// "two to three hours" → PT2H with max PT3H · "an hour and a half" → PT1.5H · "about two hours" → ~PT2H.
/// Not durations: ages ("24 years old", "a 24-year-old"), and offsets that make dates ("two years ago").
public struct DurationRecognizer: Recognizer, RecognizesInPlace {
    public var name: String { "duration" }
    public init() {}

    /// Unit words with their unit and factor.
    static let unitList: [(String, DurationValue.Unit, Double)] = [
        ("year", .years, 1), ("years", .years, 1), ("yr", .years, 1), ("yrs", .years, 1), ("decade", .years, 10), ("decades", .years, 10),
        ("century", .years, 100), ("centuries", .years, 100), ("month", .months, 1), ("months", .months, 1),
        ("week", .weeks, 1), ("weeks", .weeks, 1), ("fortnight", .weeks, 2), ("fortnights", .weeks, 2),
        ("day", .days, 1), ("days", .days, 1), ("night", .days, 1), ("nights", .days, 1),
        ("hour", .hours, 1), ("hours", .hours, 1), ("hr", .hours, 1), ("hrs", .hours, 1), ("h", .hours, 1),
        ("minute", .minutes, 1), ("minutes", .minutes, 1), ("min", .minutes, 1), ("mins", .minutes, 1),
        ("second", .seconds, 1), ("seconds", .seconds, 1), ("sec", .seconds, 1), ("secs", .seconds, 1),
    ]
    /// Unit word hash → index in `unitList`.
    static let unitIndex: HashMap64 = {
        var d = HashMap64(capacity: unitList.count)
        for (k, u) in unitList.enumerated() { d.set(Lit.h(u.0), Int32(k)) }
        return d
    }()
    static let unitHashes: [UInt64] = unitList.map { Lit.h($0.0) }
    /// The unit and factor of a unit word.
    @inline(__always) static func unit(_ h: UInt64) -> (DurationValue.Unit, Double)? {
        guard let k = unitIndex.get(h) else { return nil }
        let u = unitList[Int(k)]
        return (u.1, u.2)
    }
    /// The words besides numbers, hedges, vague counts and units that `single` reads an amount from.
    static let leadWords: [UInt64] = [LitHash.`a`, LitHash.`an`, LitHash.`half`, LitHash.`another`, LitHash.`all`, LitHash.`full`]
    /// The words after "a"/"an" that `single` reads: "a quarter century", "a half hour", "a few days", "a day".
    static let articleNext: HashSet64 = {
        var s = HashSet64(unitHashes)
        s.formUnion([LitHash.`quarter`, LitHash.`half`, LitHash.`few`])
        return s
    }()
    static let vagueCount: HashSet64 = Lit.set(["few", "several", "some", "many"])
    static let hedge: HashSet64 = Lit.set(["about", "around", "nearly", "almost", "roughly", "some", "approximately", "over", "more", "under", "less"])
    static let notAfter: HashSet64 = Lit.set(["ago", "old", "later", "earlier", "hence"])

    public func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        recognizedList(text, context: context)
    }

    /// `recognize(_:context:)`, appended to `out` (`RecognizesInPlace`).
    func recognize(_ text: SegmentedText, context: RecognizerContext, into out: inout [Recognition]) {
        // The tokens the duration gate accepts and `mayStart` allows, found once per text.
        let starts = context.starts ?? TokenStarts(text, units: NumberRecognizer.units(context))
        let candidates = starts.durations
        guard !candidates.isEmpty else { return }
        let p = NumberParser(text, starts: starts)
        var i = 0
        let scope = context.scope
        var run = 0
        for c in candidates {
            let c = Int(c)
            if c < i { continue }
            if let scope, let j = scope.skip(c, run: &run) { i = j; continue }
            if let (v, s, e) = matchGated(text, at: c, p: p) {
                if let scope, !scope.sentence(run).contains(s) || e > scope.sentence(run).upperBound { continue }
                // (Room for every candidate, made at the first match: most candidates match nothing.)
                if out.isEmpty { out.reserveCapacity(candidates.count) }
                out.append(Recognition(tokens: s..<e, value: .duration(v)))
                i = e
            }
        }
    }

    /// One amount + unit at `i`: (unit, amount, end, approximate).
    private func single(_ t: SegmentedText, at i: Int, p: NumberParser) -> (DurationValue.Unit, Double, Double?, Int, Bool)? {
        let a = LitHash.`a`, an = LitHash.`an`, half = LitHash.`half`, quarter = LitHash.`quarter`
        var j = i
        var n: Double? = nil
        var maxN: Double? = nil
        var approx = false
        // "a quarter century", "half a century", "half an hour", "a half hour"
        if (t.isWord(j, a) || t.isWord(j, an)), t.isWord(j + 1, quarter), let (u, f) = DurationRecognizer.unit(t.h(j + 2)), f >= 100 || u == .hours {
            return (u, 0.25 * f, nil, j + 3, f >= 100)
        }
        if t.isWord(j, half), t.isWord(j + 1, a) || t.isWord(j + 1, an), let (u, f) = DurationRecognizer.unit(t.h(j + 2)) { return (u, 0.5 * f, nil, j + 3, f >= 100) }
        if (t.isWord(j, a) || t.isWord(j, an)), t.isWord(j + 1, half), let (u, f) = DurationRecognizer.unit(t.h(j + 2)) { return (u, 0.5 * f, nil, j + 3, false) }
        if t.isWord(j, half), let (u, f) = DurationRecognizer.unit(t.h(j + 1)) { return (u, 0.5 * f, nil, j + 2, false) }
        if t.isWord(j, a) || t.isWord(j, an) || t.isWord(j, LitHash.`another`) || t.isWord(j, LitHash.`all`) || t.isWord(j, LitHash.`full`) {
            if t.isWord(j + 1, LitHash.`few`) { n = 3; approx = true; j += 2 }
            else if t.isDash(j + 1), t.glued(j + 1), DurationRecognizer.unit(t.h(j + 2)) != nil, t.isWord(j, LitHash.`all`) || t.isWord(j, LitHash.`full`) { n = 1; j += 2 }
            else { n = 1; j += 1 }
        } else if t.isAny(j, DurationRecognizer.vagueCount) {
            n = 3; approx = true; j += 1
        } else if DateTriggers.canStartNumber(t, j), let num = p.parse(at: j), num.value > 0, !num.vague {
            n = num.value; j = num.end
            if t.isWord(j, LitHash.`to`) || t.isWord(j, LitHash.`or`) || t.isDash(j), DateTriggers.canStartNumber(t, j + 1), let n2 = p.parse(at: j + 1), n2.value > num.value, DurationRecognizer.unit(t.h(n2.end)) != nil {
                maxN = n2.value; j = n2.end
            }
        } else if let (u, f) = DurationRecognizer.unit(t.h(j)), f > 1, t.kind(j) == .word, CountedNoun.endsInS(t, j), !t.isWord(j - 1, LitHash.`the`) {
            // Bare plurals of long units: "decades", "centuries" (approximate, at least two).
            return (u, 2 * f, nil, j + 1, true)
        } else if let (u, _) = DurationRecognizer.unit(t.h(j)), u == .hours || u == .days || u == .years || u == .months || u == .weeks,
                  CountedNoun.endsInS(t, j), t.isWord(j - 1, LitHash.`for`) {
            return (u, 2, nil, j + 1, true)   // "for hours", "for days"
        } else {
            return nil
        }
        guard let amount = n else { return nil }
        if t.isDash(j), t.glued(j), t.glued(j + 1) { j += 1 }  // "30-minute", "24-hour"
        guard let (u, f) = DurationRecognizer.unit(t.h(j)) else { return nil }
        // Single-letter "h" only glued to digits ("3h").
        if t.isWord(j, LitHash.`h`) && t.spaced(j) && t.kind(j - 1) != .number { return nil }
        var end = j + 1
        var total = amount * f
        // "an hour and a half", "two years and a half"
        if t.isWord(end, LitHash.`and`), t.isWord(end + 1, a), t.isWord(end + 2, half) { total += 0.5 * f; end += 3 }
        else if t.isWord(end, LitHash.`and`), t.isWord(end + 1, half) { total += 0.5 * f; end += 2 }
        return (u, total, maxN.map { $0 * f }, end, approx)
    }

    func match(_ t: SegmentedText, at i0: Int) -> (DurationValue, Int, Int)? {
        guard DateTriggers.duration.accepts(t, i0), DurationRecognizer.mayStart(t, at: i0) else { return nil }
        return matchGated(t, at: i0, p: NumberParser(t))
    }

    /// "a"/"an" starts a duration only before "quarter", "half", "few", a unit, or a glued dash ("a-day").
    @inline(__always)
    static func mayStart(_ t: SegmentedText, at i0: Int) -> Bool {
        if t.isWord(i0, LitHash.`a`) || t.isWord(i0, LitHash.`an`) {
            return t.isAny(i0 + 1, DurationRecognizer.articleNext) || t.isDash(i0 + 1) && t.glued(i0 + 1)
        }
        return true
    }

    /// `match` at a token the duration gate accepts and `mayStart` allows (`TokenStarts.durations`).
    private func matchGated(_ t: SegmentedText, at i0: Int, p: NumberParser) -> (DurationValue, Int, Int)? {
        var i = i0
        var approx = false
        if t.isAny(i, DurationRecognizer.hedge), !t.isWord(i, LitHash.`some`) || single(t, at: i + 1, p: p) != nil {
            if t.isWord(i, LitHash.`more`) || t.isWord(i, LitHash.`less`) { if t.isWord(i + 1, LitHash.`than`) { i += 2 } else { return nil } } else { i += 1 }
            approx = true
        }
        guard let first = single(t, at: i, p: p) else { return nil }
        if t.isWord(i, LitHash.`some`) && first.4 && i == i0 { /* "some days" */ }
        var amounts: [DurationValue.Unit: Double] = [first.0: first.1]
        var maxAmounts: [DurationValue.Unit: Double]? = first.2.map { [first.0: $0] }
        approx = approx || first.4
        var end = first.3
        // Compound: "1 year 1 month 21 days", "a day and a night", "1 month, 21 days".
        while true {
            var j = end
            if t.isWord(j, LitHash.`and`) || t.isByte(j, 0x2C) { j += 1 }
            guard let next = single(t, at: j, p: p), next.0 != first.0 || t.isWord(j + (t.isWord(j, LitHash.`a`) ? 1 : 0), LitHash.`night`) else { break }
            // "a day and a night": one full cycle, not two days.
            if t.isWord(next.3 - 1, LitHash.`night`) && amounts[.days] != nil { end = next.3; continue }
            amounts[next.0, default: 0] += next.1
            end = next.3
        }
        // Ages and date offsets are not durations.
        if t.isAny(end, DurationRecognizer.notAfter) { return nil }
        if t.isDash(end), t.isWord(end + 1, LitHash.`old`) { return nil }
        if t.isWord(end, LitHash.`from`), t.isWord(end + 1, LitHash.`now`) { return nil }
        if t.isDash(end - 1) == false, t.isDash(end), t.glued(end), t.isWord(end + 1, LitHash.`old`) { return nil }
        if maxAmounts != nil, amounts.count > 1 { maxAmounts = nil }
        return (DurationValue(amounts: amounts, maxAmounts: maxAmounts, approximate: approx), i0, end)
    }

    public var examples: [RecognizerExample] {
        [
            RecognizerExample("his first visit to the city in 24 years", match: "24 years", value: "P24Y"),
            RecognizerExample("his first visit to the city in twenty-four years", match: "twenty-four years", value: "P24Y"),
            RecognizerExample("talks that lasted two hours", match: "two hours", value: "PT2H"),
            RecognizerExample("talks that lasted 2 hours", match: "2 hours", value: "PT2H"),
            RecognizerExample("talks that lasted 2 hrs", match: "2 hrs", value: "PT2H"),
            RecognizerExample("talks that lasted 120 minutes", match: "120 minutes", value: "PT120M"),
            RecognizerExample("talks that lasted about two hours", match: "about two hours", value: "~PT2H"),
            RecognizerExample("talks that lasted an hour and a half", match: "an hour and a half", value: "PT1.5H"),
            RecognizerExample("a journey of a day and a night", match: "a day and a night", value: "P1D"),
            RecognizerExample("after a quarter century of silence", match: "a quarter century", value: "~P25Y"),
            RecognizerExample("after decades of silence", match: "decades", value: "~P20Y"),
            RecognizerExample("a trip lasting 1 year 1 month 21 days", match: "1 year 1 month 21 days", value: "P1Y1M21D"),
            RecognizerExample("for two to three weeks", match: "two to three weeks", value: "P2W"),
            .none("a 24-year-old man", match: "24-year"),
            .none("he is 24 years old", match: "24 years"),
            .none("they met two years ago", match: "two years"),
        ]
    }
}
