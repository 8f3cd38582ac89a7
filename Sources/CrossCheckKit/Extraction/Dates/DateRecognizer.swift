/// `<date>`: calendar dates at the precision the text states, resolved against the source's publication
/// date where the text is relative.
///
/// Absolute: "19 June 2024", "June 19th, 2024", "2024-06-19", "16. Nov. 2016", "02/22/2016", "21/04/16",
/// "February 2022", "in 1961", "the 2019 visit". Partial (resolved to the nearest year in the
/// direction of the tense): "Jun. 19", "Oct-2", "4/22", "in September". Relative: "today", "yesterday",
/// "on Wednesday", "Tuesday night", "last Sunday", "next week on Friday", "last month", "next year",
/// "a year ago", "two weeks from now", "earlier in the day", "the first Friday of July", "20th of next month",
/// "on the 27th" (a day of the month alone), "Friday the 21st".
///
/// Tense (as HeidelTime does for news): a future auxiliary before the expression ("will meet on Friday")
/// resolves weekdays and partial dates forward; otherwise backward (the most recent Friday, the most
/// recent September, counting the publication day itself).
///
/// Without a publication date, relative and partial expressions produce no recognition (there is no
/// honest value to give them); absolute dates and years still do.
public struct DateRecognizer: Recognizer, RecognizesInPlace {
    public var name: String { "date" }
    public init() {}

    public func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        recognizedList(text, context: context)
    }

    /// `recognize(_:context:)`, appended to `out` (`RecognizesInPlace`).
    func recognize(_ text: SegmentedText, context: RecognizerContext, into out: inout [Recognition]) {
        let pub = context.published?.date
        // The tokens the date gate accepts and `mayStart` allows, found once per text.
        let starts = context.starts ?? TokenStarts(text, units: NumberRecognizer.units(context))
        let candidates = starts.dates
        guard !candidates.isEmpty else { return }
        let p = NumberParser(text, starts: starts)
        let scope = context.scope
        var run = 0
        var i = 0
        for c in candidates {
            let c = Int(c)
            if c < i { continue }
            if let scope, let j = scope.skip(c, run: &run) { i = j; continue }
            if let m = matchGated(text, at: c, published: pub, p: p) {
                if let scope, m.end > scope.sentence(run).upperBound { continue }  // (not past the sentence)
                // (Room for every candidate, made at the first match: most candidates match nothing.)
                if out.isEmpty { out.reserveCapacity(candidates.count) }
                out.append(Recognition(tokens: c..<m.end, value: .date(m.date), attributes: DateRecognizer.attributes(m)))
                i = m.end
            }
        }
    }

    struct Match { var end: Int; var date: CalendarDate; var relative: Bool }

    /// Which way the sentence before token `i` looks (`Tense.reading`), looked up on first need and kept
    /// (a value passed `inout`, not a closure over the text).
    struct LazyTense {
        let i: Int
        var known: Tense.Reading? = nil

        init(before i: Int) { self.i = i }

        mutating func reading(_ t: SegmentedText) -> Tense.Reading {
            if let r = known { return r }
            let r = Tense.reading(t, before: i)
            known = r
            return r
        }

        /// Whether the sentence looks ahead (a "would" reads as the past here, where no nearest reading applies).
        mutating func future(_ t: SegmentedText) -> Bool { reading(t) == .future }
    }

    /// The attributes of a match, one per precision and relative flag, built once:
    /// `precision` (and `relative = true`), as `[year, year relative, month, month relative, day, day relative]`.
    static let attributeTable: [Attributes] = [CalendarDate.Precision.year, .month, .day].flatMap { p in
        [Attributes(sortedKeysAndValues: ["precision", p.rawValue]), Attributes(sortedKeysAndValues: ["precision", p.rawValue, "relative", "true"])]
    }

    @inline(__always)
    static func attributes(_ m: Match) -> Attributes {
        let k: Int
        switch m.date.precision {
        case .year: k = 0
        case .month: k = 2
        case .day: k = 4
        }
        return attributeTable[k + (m.relative ? 1 : 0)]
    }

    static let w = (
        today: LitHash.`today`, tonight: LitHash.`tonight`, yesterday: LitHash.`yesterday`, tomorrow: LitHash.`tomorrow`, tmrw: LitHash.`tmrw`,
        the: LitHash.`the`, day: LitHash.`day`, before: LitHash.`before`, after: LitHash.`after`, next: LitHash.`next`,
        last: LitHash.`last`, this: LitHash.`this`, week: LitHash.`week`, month: LitHash.`month`, year: LitHash.`year`,
        of: LitHash.`of`, on: LitHash.`on`, in: LitHash.`in`, ago: LitHash.`ago`, from: LitHash.`from`, now: LitHash.`now`,
        later: LitHash.`later`, earlier: LitHash.`earlier`, following: LitHash.`following`, previous: LitHash.`previous`,
        coming: LitHash.`coming`, past: LitHash.`past`, few: LitHash.`few`, several: LitHash.`several`, a: LitHash.`a`, an: LitHash.`an`,
        and: LitHash.`and`, hence: LitHash.`hence`
    )
    static let relativeMonth: HashSet64 = Lit.set(["next", "this", "last", "previous"])
    static let partOfDay: HashSet64 = Lit.set(["morning", "afternoon", "evening", "night", "overnight"])
    static let monthContext: HashSet64 = Lit.set(["in", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "of", "during", "from", "through", "before", "after", "coming", "past"])
    /// (days, months) per unit word of a counted offset ("two weeks ago").
    static let unitList: [(String, (Int, Int))] = [
        ("day", (1, 0)), ("days", (1, 0)), ("week", (7, 0)), ("weeks", (7, 0)), ("fortnight", (14, 0)),
        ("month", (0, 1)), ("months", (0, 1)), ("year", (0, 12)), ("years", (0, 12)), ("decade", (0, 120)), ("decades", (0, 120)),
    ]
    /// Unit word hash → index in `unitList`.
    static let unitIndex: HashMap64 = {
        var d = HashMap64(capacity: unitList.count)
        for (k, (w, _)) in unitList.enumerated() { d.set(Lit.h(w), Int32(k)) }
        return d
    }()
    @inline(__always) static func unitDays(_ h: UInt64) -> (Int, Int)? {
        guard let k = unitIndex.get(h) else { return nil }
        return unitList[Int(k)].1
    }
    /// The words `relative` can start at besides numbers, ordinals and weekdays (see `DateTriggers`).
    static let relativeStartWords: [UInt64] = [
        w.today, w.tonight, w.yesterday, w.tomorrow, w.tmrw, w.the, w.day, w.next, w.following, w.earlier, w.later,
        w.this, w.last, w.previous, w.coming, w.past, w.in, w.a, w.an, w.few, w.several,
    ]

    func match(_ t: SegmentedText, at i: Int, published pub: CalendarDate?) -> Match? {
        guard DateTriggers.date.accepts(t, i), DateRecognizer.mayStart(t, at: i) else { return nil }
        return matchGated(t, at: i, published: pub, p: NumberParser(t))
    }

    /// Whether a match can start at a token the date gate accepts, by the word after it: the commonest start
    /// words match only before a few words: "the" before a day, a month or "next"/"following day"; "in"
    /// before an amount ("in 3 weeks"); "a"/"an" before "few", a unit or a number word ("a year ago").
    @inline(__always)
    static func mayStart(_ t: SegmentedText, at i: Int) -> Bool {
        let W = DateRecognizer.w
        switch t.h(i) {
        case W.the:
            guard t.isWord(i + 1, W.day) || t.isWord(i + 1, W.next) || t.isWord(i + 1, W.following)
                || DateTriggers.canStartAbsolute(t, i + 1) else { return false }
        case W.in:
            guard t.isWord(i + 1, W.a) || t.isWord(i + 1, W.an) || t.isWord(i + 1, W.few) || t.isWord(i + 1, W.several)
                || DateTriggers.canStartNumber(t, i + 1) else { return false }
        case W.a, W.an:
            guard t.isAny(i + 1, DateTriggers.articleDateNext) else { return false }
        default: break
        }
        return true
    }

    /// `match` at a token the date gate accepts and `mayStart` allows (`TokenStarts.dates`, which
    /// `recognize` and the time recognizer step through, so neither is tested twice).
    func matchGated(_ t: SegmentedText, at i: Int, published pub: CalendarDate?, p: NumberParser) -> Match? {
        let W = DateRecognizer.w
        // Weekday before a date, one span: "Monday, January 12th, 2016", "Wed, 22 of Jan", "this friday
        // (jun-15)", "Friday 7-6" (see `weekdayDate`).
        if let wd = MonthNames.weekday(t, at: i) {
            if let m = weekdayDate(t, wd, at: i, lead: nil, pub: pub, p: p) { return m }
            // "Thursday the 21st": the 21st nearest publication (two months either way) that is a
            // Thursday; else the publication month's.
            if t.isWord(i + 1, W.the), let (d, e) = dayOrdinal(t, at: i + 2, p: p, allowCardinal: true), let pub {
                if let date = nearestMonthDay(d, pub: pub, weekday: wd) ?? valid(pub.year, pub.month!, d) {
                    return Match(end: e, date: date, relative: true)
                }
            }
        }
        if let m = absolute(t, at: i, pub: pub, p: p) { return m }
        // Leading "the" for day-first forms and nth weekdays.
        if t.isWord(i, W.the), let m = absolute(t, at: i + 1, pub: pub, p: p), m.date.day != nil { return m }
        guard let pub else { return nil }
        // (The call only at "the": it is kept out of line, so this function stays small enough to inline.)
        if t.isWord(i, W.the), let m = dayAlone(t, at: i, pub: pub, p: p) { return m }
        return relative(t, at: i, pub: pub, p: p)
    }

    /// Words that start a phrase after a date ("on friday 7-6 with Jim").
    static let afterDate: HashSet64 = Lit.set(["with", "at", "and", "or", "to", "for", "from", "until", "when", "as", "by"])

    /// A date right after weekday `wd` at token `i`, read with it as one span: after a comma, in brackets,
    /// after a glued dash, or next to it ("Monday, January 12th, 2016", "friday (jun-15)",
    /// "friday-jun-15", "Friday June 22", "friday 7-6"). A date with its year is the span's value as
    /// written. A date without one, after "this", "next", "last" (`lead`: the weeks from publication's),
    /// is read only when it is the day those words name; when they disagree nothing is read here, and the two are read as two claims, so
    /// a source that names two different days ("this friday june twenty three", a Saturday) shows both,
    /// a conflict a fact-checker should see. After a weekday alone, the weekday chooses the year: the
    /// occurrence nearest publication (within half a year) when it falls on that weekday ("Sunday, June
    /// 23" published Wednesday June 19 is four days later, not a year before); else the date as the tense
    /// reads it. "7-6" and "7.6" are dates only after "on" and the weekday of their occurrence nearest
    /// publication, within two months ("on friday 7-6"; "beat the Red Sox Friday 7-6" is a score).
    @inline(never)
    func weekdayDate(_ t: SegmentedText, _ wd: Int, at i: Int, lead: Int?, pub: CalendarDate?, p: NumberParser) -> Match? {
        var j = i + 1
        var bracket = false
        if t.isByte(j, 0x2C) { j += 1 }
        else if t.isByte(j, 0x28) { bracket = true; j += 1 }
        else if t.isDash(j), t.glued(j), t.glued(j + 1) { j += 1 }
        guard j < t.tokens.count, DateTriggers.canStartAbsolute(t, j),
              var m = absolute(t, at: j, pub: pub, p: p, afterWeekday: true) else { return nil }
        if m.relative {
            guard let pub, let d = m.date.day, let mo = m.date.month else { return nil }
            // Digits joined by a dash or a point ("7-6", "7.6") are dates only after "on" and a weekday that
            // agrees ("beat the Red Sox Friday 7-6" is a score), at the end of the phrase or before a word
            // that starts another ("on Monday 6.17 percent" is a share).
            let numericOnly = t.kind(j) == .number && (t.isDash(j + 1) || t.length(j) != t.digitCount(j))
            if numericOnly, lead != nil || !t.isWord(i - 1, DateRecognizer.w.on)
                || !DateRecognizer.endsPhrase(t, m.end) && !t.isAny(m.end, DateRecognizer.afterDate) { return nil }
            if let off = lead {
                let named = DateRecognizer.week(off, weekday: wd, pub: pub)
                guard named.month == mo, named.day == d else { return nil }
                m.date = named
            } else if let v = nearest(mo, d, pub: pub), v.weekday == wd,
                      abs(v.dayNumber - pub.dayNumber) <= (numericOnly ? 61 : 183) {
                m.date = v
            } else if numericOnly {
                return nil
            }
            // (Else the date as the tense reads it, even when it is another weekday: with no "this" or
            // "next", the weekday only dresses the date, as the peer reads "Wed, 22 of Jan".)
        }
        if bracket { guard t.isByte(m.end, 0x29) else { return nil }; m.end += 1 }
        return m
    }

    /// The words before a day of the month named alone ("on the 27th").
    static let dayAloneContext: HashSet64 = Lit.set(["on", "by", "until", "till", "through", "since", "before", "after"])

    /// The words that make the date after them the end of a span of time.
    static let untilWords: HashSet64 = Lit.set(["until", "till", "through"])

    /// Whether a date starting at token `i` (or a day after "the" there) ends a span of time that is still
    /// running: "until", "till" or "through" before it with no past marker before that ("stays closed
    /// until June 25", "runs through the 30th"; not "was closed until June 25", "were shut till the
    /// 3rd"). Such a date without a year may lie ahead: a border that "stays closed until June 25" on
    /// June 19 opens in six days, not a year ago (`partial` takes the next June 25 unless the last was at
    /// most two months ago; a day alone, a later day this month). The past markers:
    /// "was", "were" or "had" right before or one word before ("was closed", "were shut"), and an "-ed"
    /// word right before unless a verb of state precedes it ("lasted until"; not "stays closed", "is
    /// suspended", where it is an adjective).
    static func untilBound(_ t: SegmentedText, before i: Int) -> Bool {
        var k = i - 1
        if t.isWord(k, DateRecognizer.w.the) { k -= 1 }
        guard t.isAny(k, DateRecognizer.untilWords) else { return false }
        if t.isAny(k - 1, DateRecognizer.pastAuxiliary) || t.isAny(k - 2, DateRecognizer.pastAuxiliary) { return false }
        return !DateRecognizer.pastVerb(t, k - 1) || t.isAny(k - 2, DateRecognizer.presentState)
    }
    /// `untilBound` for a weekday, which also needs a verb of state among the three words before the
    /// "until" ("schools remain closed until Wednesday", "the road is shut till Monday"): a weekday in a
    /// past story has no "-ed" marker as often as not ("police held him until Tuesday").
    static func runningSpan(_ t: SegmentedText, before i: Int) -> Bool {
        guard untilBound(t, before: i) else { return false }
        let k = i - 1
        var j = k - 1
        while j >= k - 3 && j >= t.sentenceStartIndex(i) {
            if t.isAny(j, DateRecognizer.spanState) { return true }
            j -= 1
        }
        return false
    }
    /// The verbs of a state that holds until a day ("remain closed", "stays shut", "is suspended").
    static let spanState: HashSet64 = Lit.set(["remain", "remains", "stay", "stays", "is", "are", "'s", "continue", "continues", "run", "runs", "last", "lasts"])

    /// The words before an "-ed" word that make it a state now ("stays closed", "is suspended").
    static let presentState: HashSet64 = Lit.set(["is", "are", "'s", "stay", "stays", "remain", "remains", "been", "being"])

    /// A day of the month named alone after a preposition: "on the 27th", "by the twenty-first". The
    /// ordinal must end the phrase: the text ends, or a full stop, comma, semicolon, question or
    /// exclamation mark, closing bracket or closing quote follows, or "at" ("by the 27th at noon"); so
    /// "on the 3rd floor", "the 3rd-floor balcony", "the 12th-century walls", "for the 2nd time" and
    /// "the 18th's green" are no dates. Resolved in the direction of the tense: after publication in
    /// future tense; else the publication month's when that day has come ("sank on the 10th",
    /// published on the 19th). A later day without a future auxiliary is the previous month's only
    /// after a verb in "-ed" ("ended on the 27th"); otherwise it is left unread, since "are to meet on
    /// the 24th" and "met on the 24th" name different months and the tense test cannot tell them apart.
    /// The end of a running span ("stays closed until the 25th", `untilBound`) is a later day this month.
    @inline(never)
    func dayAlone(_ t: SegmentedText, at i: Int, pub: CalendarDate, p: NumberParser) -> Match? {
        guard t.isWord(i, DateRecognizer.w.the), t.isAny(i - 1, DateRecognizer.dayAloneContext),
              let (d, e) = dayOrdinal(t, at: i + 1, p: p, allowCardinal: false), DateRecognizer.endsPhrase(t, e) else { return nil }
        var tense = LazyTense(before: i)
        let future = tense.future(t)
        if !future, d > pub.day!, DateRecognizer.untilBound(t, before: i) {
            guard let date = monthDay(d, pub: pub, future: true) else { return nil }
            return Match(end: e, date: date, relative: true)
        }
        // (Before "until", an "-ed" word is as often an adjective: "stays closed until the 25th"; it is
        // read as past only after "was", "were" or "had": "was closed until the 28th".)
        let untilDay = t.isAny(i - 1, DateRecognizer.untilWords)
        let past = DateRecognizer.pastVerb(t, i - 2) && (!untilDay || t.isAny(i - 3, DateRecognizer.pastAuxiliary))
        guard future || d <= pub.day! || past,
              let date = monthDay(d, pub: pub, future: future) else { return nil }
        return Match(end: e, date: date, relative: true)
    }

    /// Whether token `e` ends the phrase before it (see `dayAlone`).
    static func endsPhrase(_ t: SegmentedText, _ e: Int) -> Bool {
        guard let k = t.kind(e) else { return true }
        switch k {
        case .punct:
            let b = t.text[Int(t.tokens[e].start)]
            return b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3F || b == 0x21 || b == 0x29 || b == 0x5D
        case .quote: return t.tokens[e].flags.contains(.closing)
        case .word: return t.isWord(e, LitHash.`at`)
        default: return false
        }
    }

    /// Whether token `i` is a lower-case word in "-ed" ("ended", "capsized") not after "be" ("to be
    /// signed"): a verb in the past.
    static func pastVerb(_ t: SegmentedText, _ i: Int) -> Bool {
        guard t.kind(i) == .word, !t.tokens[i].flags.contains(.capitalized), t.length(i) > 3,
              !t.isWord(i - 1, DateRecognizer.be) else { return false }
        let end = Int(t.tokens[i].end)
        return t.text[end - 2] == 0x65 && t.text[end - 1] == 0x64
    }
    static let be = Lit.h("be")
    static let pastAuxiliary: HashSet64 = Lit.set(["was", "were", "had"])

    /// The day `d` nearest publication, before or after it (within two months either way), that falls
    /// on weekday `wd`; the earlier of two as near.
    func nearestMonthDay(_ d: Int, pub: CalendarDate, weekday wd: Int) -> CalendarDate? {
        Self.closest(to: pub, (-2...2).map { offset in
            let (y, m) = Self.month(pub.year, pub.month!, plus: offset)
            return valid(y, m, d).flatMap { $0.weekday == wd ? $0 : nil }
        })
    }

    /// Of `dates` (nil: no such date), the one nearest `pub`; the first of two as near.
    static func closest(to pub: CalendarDate, _ dates: [CalendarDate?]) -> CalendarDate? {
        var best: CalendarDate?
        for case let date? in dates where best.map({ abs(date.dayNumber - pub.dayNumber) < abs($0.dayNumber - pub.dayNumber) }) ?? true {
            best = date
        }
        return best
    }

    /// The date `offset` weeks from publication's week that falls on weekday `wd` ("next Friday": 1).
    static func week(_ offset: Int, weekday wd: Int, pub: CalendarDate) -> CalendarDate {
        pub.adding(days: offset * 7 + wd - pub.weekday)
    }

    /// Day `d` of the month nearest publication: at or before its day (at or after, when `future`),
    /// passing over months too short for it ("the 31st" in July is May 31 looking back).
    func monthDay(_ d: Int, pub: CalendarDate, future: Bool) -> CalendarDate? {
        let step = future ? 1 : -1
        let first = (future ? d < pub.day! : d > pub.day!) ? step : 0
        for k in 0..<3 {
            let (y, m) = Self.month(pub.year, pub.month!, plus: first + k * step)
            if let v = valid(y, m, d) { return v }
        }
        return nil
    }

    /// Month `m` of year `y` moved by `offset` months, carried into the year: (2024, 11) plus 3 is
    /// (2025, 2), (2024, 1) minus 1 is (2023, 12).
    static func month(_ y: Int, _ m: Int, plus offset: Int) -> (year: Int, month: Int) {
        let z = y * 12 + m - 1 + offset
        let year = z >= 0 ? z / 12 : (z - 11) / 12
        return (year, z - year * 12 + 1)
    }

    // MARK: - Absolute and partial dates

    /// `afterWeekday`: right after a weekday, where "7-6" and "7.6" read as dates (`weekdayDate` checks them).
    func absolute(_ t: SegmentedText, at i: Int, pub: CalendarDate?, p: NumberParser, afterWeekday: Bool = false) -> Match? {
        guard i < t.tokens.count, DateTriggers.canStartAbsolute(t, i) else { return nil }
        // Tense is looked up only when a partial date needs it (most tokens are not dates).
        var tense = LazyTense(before: i)
        if t.kind(i) == .number, let m = numeric(t, at: i, pub: pub, tense: &tense, afterWeekday: afterWeekday) { return m }
        // Day-first: "19 June 2024", "16. Nov. 2016", "1st Jan", "22 of Jan", "twenty second of June 2017".
        if let (d, e0) = dayOrdinal(t, at: i, p: p, allowCardinal: t.kind(i) == .number) {
            var j = e0
            // "1-jan", "28-nov", "1-jan-2016": digits, a dash and a month's name or abbreviation, all glued,
            // in any case (glued to a day, even "jan" and "may" are months).
            let dashed = t.kind(i) == .number && t.isDash(j) && t.glued(j) && t.glued(j + 1) && t.kind(j + 1) == .word
                ? MonthNames.months.get(t.h(j + 1)).map { Int($0) } : nil
            if dashed != nil { j += 1 }
            if t.isByte(j, 0x2E), t.kind(i) == .number { j += 1 }
            if t.isWord(j, DateRecognizer.w.of) { j += 1 }
            if let m = dashed ?? MonthNames.month(t, at: j) {
                // A glued full stop after the month belongs to an abbreviation ("16. Nov. 2016", "on 3 Jan.,
                // officials said"), not to a full name, where it ends the sentence ("until 25 June.").
                var e = j + 1
                if t.isByte(e, 0x2E), t.glued(e), MonthNames.isAbbreviation(t, j) { e += 1 }
                var k = e
                if t.isByte(k, 0x2E), t.glued(k) { k += 1 }
                if t.isByte(k, 0x2C) || t.isWord(k, DateRecognizer.w.of) || dashed != nil && t.isDash(k) && t.glued(k) && t.glued(k + 1) { k += 1 }
                if let (y, ye) = year(t, at: k, p: p) { if let date = valid(y, m, d) { return Match(end: ye, date: date, relative: false) }; return nil }
                if let date = partial(m, d, pub: pub, t, &tense) { return Match(end: e, date: date, relative: true) }
                return nil
            }
        }
        // Month-first.
        if let m = MonthNames.month(t, at: i) ?? (t.h(i) == MonthNames.may || t.h(i) == MonthNames.march ? weakMonth(t, at: i, p: p) : nil) {
            var j = i + 1
            if (t.isByte(j, 0x2E) || t.isDash(j) || t.isByte(j, 0x2F)) && t.kind(j + 1) != .word || t.isByte(j, 0x2E) { j += 1 }
            // "October, 1st.": a comma before a day in digits that ends the phrase ("In October, 1st
            // Battalion ..." names no day).
            else if t.isByte(j, 0x2C), t.kind(j + 1) == .ordinal, DateRecognizer.endsPhrase(t, j + 2) { j += 1 }
            if t.isWord(j, DateRecognizer.w.the) && !t.isWord(j + 1, DateRecognizer.w.year) { j += 1 }
            // Month + year: "February 2022", "February of 2022", "Feb. 2022".
            var yj = i + 1
            if t.isByte(yj, 0x2E) { yj += 1 }
            if t.isWord(yj, DateRecognizer.w.of) || t.isByte(yj, 0x2C) { yj += 1 }
            if let (y, ye) = year(t, at: yj, p: p), t.kind(yj) == .number { return Match(end: ye, date: CalendarDate(year: y, month: m), relative: false) }
            if let (d, e) = dayOrdinal(t, at: j, p: p, allowCardinal: true) {
                var k = e
                if t.isByte(k, 0x2C) || t.isWord(k, DateRecognizer.w.of) { k += 1 }
                if let (y, ye) = year(t, at: k, p: p) { if let date = valid(y, m, d) { return Match(end: ye, date: date, relative: false) }; return nil }
                if t.kind(i) == .word, let date = partial(m, d, pub: pub, t, &tense) { return Match(end: e, date: date, relative: true) }
                return nil
            }
            // Month alone after a preposition: "in September" (the most recent September, the next one in
            // future tense, the nearest after "would").
            if t.isAny(i - 1, DateRecognizer.monthContext), let pub {
                var y = pub.year
                let prev = t.h(i - 1)
                if prev == DateRecognizer.w.last || prev == DateRecognizer.w.past { if m >= pub.month! { y -= 1 } }
                else if prev == DateRecognizer.w.next || prev == DateRecognizer.w.coming { if m <= pub.month! { y += 1 } }
                else {
                    switch tense.reading(t) {
                    case .future: if m < pub.month! { y += 1 }
                    // After "would": the month nearest publication ("would be signed in September",
                    // in June, is this September; "would close in January", in June, this past January; a tie goes ahead).
                    case .nearest: if m > pub.month! + 6 { y -= 1 } else if m < pub.month! - 6 { y += 1 }
                    case .past: if m > pub.month! { y -= 1 }
                    }
                }
                return Match(end: i + 1, date: CalendarDate(year: y, month: m), relative: true)
            }
        }
        // A year: "in 1961", "the 2019 visit".
        if t.kind(i) == .number, YearReading.isYear(t, at: i), let y = t.plainInt(i),
           !(t.isDash(i + 1) || t.isByte(i + 1, 0x2F)) || !t.glued(i + 1) {
            return Match(end: i + 1, date: CalendarDate(year: y), relative: false)
        }
        return nil
    }

    /// "May" or "March" (the caller checks) at token `i` where `MonthNames.month` does not count it (lower case, or at a
    /// sentence start without a digit), before a day a modal or a verb cannot take, that ends the phrase
    /// (`endsPhrase`, or a year follows): "May the" and an ordinal ("may the eleventh"; "march the 5th
    /// Battalion" is a verb), an ordinal in digits ("may 21st"), an ordinal word from "third" ("may
    /// twenty-first"; "may first", "may second" and "march first" are verbs and adverbs), or a number in
    /// words from ten to thirty-one ("may twenty one"; not "May twenty people", and not "may one day").
    func weakMonth(_ t: SegmentedText, at i: Int, p: NumberParser) -> Int? {
        guard t.kind(i) == .word else { return nil }
        let m = t.h(i) == MonthNames.may ? 5 : 3
        var j = i + 1
        let the = t.isWord(j, DateRecognizer.w.the)
        if the { guard m == 5 else { return nil }; j += 1 }
        let end: Int
        if t.kind(j) == .ordinal {
            end = j + 1
        } else if DateTriggers.canStartOrdinal(t, j), let (v, e) = p.ordinal(at: j), the || (3...31).contains(v) {
            end = e
        } else if !the, t.kind(j) == .word, DateTriggers.canStartNumber(t, j), let n = p.parse(at: j), n.form == .words,
                  n.isInteger, (10...31).contains(Int(n.value)) {
            end = n.end
        } else {
            return nil
        }
        return DateRecognizer.endsPhrase(t, end) || t.kind(end) == .number && t.length(end) == 4 ? m : nil
    }

    /// A day of the month: "19", "19th", "first", "twenty-first", "twenty one" (cardinals only when allowed).
    func dayOrdinal(_ t: SegmentedText, at i: Int, p: NumberParser, allowCardinal: Bool) -> (Int, Int)? {
        if t.kind(i) == .number {
            guard allowCardinal, t.length(i) <= 2, let v = t.plainInt(i), (1...31).contains(v) else { return nil }
            return (v, i + 1)
        }
        if DateTriggers.canStartOrdinal(t, i), let (v, e) = p.ordinal(at: i), (1...31).contains(v) { return (v, e) }
        if allowCardinal, t.kind(i) == .word, DateTriggers.canStartNumber(t, i), let n = p.parse(at: i), n.isInteger, n.form == .words, (1...31).contains(Int(n.value)), n.value >= 1 {
            return (Int(n.value), n.end)
        }
        return nil
    }

    /// A year: four digits, or a spelled year ("two thousand and eighteen", "nineteen seventy eight").
    func year(_ t: SegmentedText, at i: Int, p: NumberParser) -> (Int, Int)? {
        if t.kind(i) == .number, t.length(i) == 4, let y = t.plainInt(i), (1000...2999).contains(y) { return (y, i + 1) }
        if t.kind(i) == .word, DateTriggers.canStartNumber(t, i), let n = p.parse(at: i), n.form == .words, n.isInteger, (1000...2999).contains(Int(n.value)) { return (Int(n.value), n.end) }
        // "nineteen seventy eight", "nineteen zero one"
        if let c = NumberWords.cardinal[t.h(i)], (10...20).contains(c), let n = p.parse(at: i + 1), n.form == .words, n.isInteger, n.value < 100 {
            if t.isWord(i + 1, LitHash.`zero`) || t.isWord(i + 1, LitHash.`oh`), let u = NumberWords.cardinal[t.h(i + 2)], u < 10 { return (c * 100 + u, i + 3) }
            return (c * 100 + Int(n.value), n.end)
        }
        return nil
    }

    func valid(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
        guard (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// `partial` in the direction of the tense before the date (`tense`; after "would", the occurrence
    /// nearest publication); for the end of a running span
    /// (`untilBound`: "stays closed until June 25") the last such date when it is at most two months
    /// before publication ("sales rose through June 10", published June 19), else the next one ("the
    /// curfew remains till January 10", published in June).
    func partial(_ m: Int, _ d: Int, pub: CalendarDate?, _ t: SegmentedText, _ tense: inout LazyTense) -> CalendarDate? {
        guard let pub else { return nil }
        let reading = tense.reading(t)
        if reading == .nearest { return nearest(m, d, pub: pub) }
        let future = reading == .future
        if !future, DateRecognizer.untilBound(t, before: tense.i), let last = partial(m, d, pub: pub, future: false),
           pub.dayNumber - last.dayNumber > 61 {
            return partial(m, d, pub: pub, future: true)
        }
        return partial(m, d, pub: pub, future: future)
    }

    /// The occurrence of month `m`, day `d` nearest publication, before or after it.
    func nearest(_ m: Int, _ d: Int, pub: CalendarDate) -> CalendarDate? {
        Self.closest(to: pub, ((pub.year - 1)...(pub.year + 1)).map { valid($0, m, d) })
    }

    /// Month and day without a year: the nearest such date at or before publication (or at or after, in
    /// future tense).
    func partial(_ m: Int, _ d: Int, pub: CalendarDate?, future: Bool) -> CalendarDate? {
        guard let pub else { return nil }
        var y = pub.year
        if future {
            if (m, d) < (pub.month!, pub.day!) { y += 1 }
        } else if (m, d) > (pub.month!, pub.day!) { y -= 1 }
        if let v = valid(y, m, d) { return v }
        for k in 1...4 { if let v = valid(future ? y + k : y - k, m, d) { return v } }
        return nil
    }

    /// "2024-06-19", "2015/08/12", "2019-sep-1", "02/22/2016", "21/04/16", "9-18-15", "13.5.2015", "4/22", "on 4.22".
    func numeric(_ t: SegmentedText, at i: Int, pub: CalendarDate?, tense: inout LazyTense, afterWeekday: Bool = false) -> Match? {
        func two(_ v: Int) -> Int { v < 50 ? 2000 + v : (v < 100 ? 1900 + v : v) }
        // One token with dots: "13.5.2015", "2015.5.13", or "4.22" after "on"/"in".
        if t.kind(i) == .number, t.length(i) != t.digitCount(i) {
            // The digit groups (only the first three are needed), their lengths, and whether every separator is a dot.
            var cur = 0, n = 0, count = 0, onlyDots = true
            var p0 = 0, p1 = 0, p2 = 0, l1 = 0, l0 = 0, l2 = 0
            func close() {
                switch count {
                case 0: p0 = cur; l0 = n
                case 1: p1 = cur; l1 = n
                case 2: p2 = cur; l2 = n
                default: break
                }
                count += 1; cur = 0; n = 0
            }
            for q in Int(t.tokens[i].start)..<Int(t.tokens[i].end) {
                let b = t.text[q]
                if b >= 0x30 && b <= 0x39 { cur = cur * 10 + Int(b - 0x30); n += 1 } else { close(); if b != 0x2E { onlyDots = false } }
            }
            close()
            if onlyDots, count == 3 {
                if l0 == 4, let d = valid(p0, p1, p2) { return Match(end: i + 1, date: d, relative: false) }
                if l2 == 4 || l2 == 2, let d = valid(two(p2), p1, p0) { return Match(end: i + 1, date: d, relative: false) }
            }
            if onlyDots, count == 2, l1 == 2 || afterWeekday, afterWeekday || t.isWord(i - 1, DateRecognizer.w.on) || t.isWord(i - 1, DateRecognizer.w.in),
               (1...12).contains(p0), let d = partial(p0, p1, pub: pub, t, &tense) {
                return Match(end: i + 1, date: d, relative: true)
            }
            return nil
        }
        guard let a = t.plainInt(i) else { return nil }
        let la = t.length(i)
        let sepSlash = t.isByte(i + 1, 0x2F), sepDash = t.isDash(i + 1)
        guard (sepSlash || sepDash), t.glued(i + 1), t.glued(i + 2) else { return nil }
        // Year first: 2024-06-19, 2015/08/12, 2019-sep-1.
        if la == 4 {
            var mo: Int? = t.plainInt(i + 2)
            if mo == nil, let m = MonthNames.months.get(t.h(i + 2)) { mo = Int(m) }
            guard let m = mo, t.isByte(i + 3, 0x2F) || t.isDash(i + 3), t.glued(i + 3), t.glued(i + 4), let d = t.plainInt(i + 4),
                  let date = valid(a, m, d) else { return nil }
            return Match(end: i + 5, date: date, relative: false)
        }
        guard la <= 2 else { return nil }
        // "08/12,2015": the second token carries ",year".
        if t.kind(i + 2) == .number, t.length(i + 2) != t.digitCount(i + 2) {
            let s = Int(t.tokens[i + 2].start), e = Int(t.tokens[i + 2].end)
            if let comma = (s..<e).first(where: { t.text[$0] == 0x2C }) {
                var b = 0, y = 0
                for q in s..<comma { b = b * 10 + Int(t.text[q] - 0x30) }
                for q in (comma + 1)..<e { y = y * 10 + Int(t.text[q] - 0x30) }
                if let d = valid(two(y), a, b) { return Match(end: i + 3, date: d, relative: false) }
            }
            return nil
        }
        guard let b = t.plainInt(i + 2), t.length(i + 2) <= 2 else { return nil }
        if (t.isByte(i + 3, 0x2F) && sepSlash || t.isDash(i + 3) && sepDash), t.glued(i + 3), t.glued(i + 4), let y = t.plainInt(i + 4),
           t.length(i + 4) == 2 || t.length(i + 4) == 4 {
            let yy = two(y)
            // Month first unless the first number cannot be a month.
            if a > 12, let d = valid(yy, b, a) { return Match(end: i + 5, date: d, relative: false) }
            if let d = valid(yy, a, b) { return Match(end: i + 5, date: d, relative: false) }
            return nil
        }
        // No year: "4/22", "22/04", "on 4-22".
        let on = afterWeekday || t.isWord(i - 1, DateRecognizer.w.on)
        if t.isDash(i + 1) && !on { return nil }
        if t.isWord(i - 1, LitHash.`at`) { return nil }
        if sepSlash, !on, isFraction(t, i, a, b) { return nil }
        if sepSlash || on {
            if a <= 12, let d = partial(a, b, pub: pub, t, &tense) { return Match(end: i + 3, date: d, relative: true) }
            if b <= 12, a <= 31, let d = partial(b, a, pub: pub, t, &tense) { return Match(end: i + 3, date: d, relative: true) }
        }
        return nil
    }

    static let percent = Lit.h("percent"), per = Lit.h("per"), cent = Lit.h("cent")

    /// Whether the yearless slash pair `a/b` at `i` reads as a fraction: part of a mixed number ("6 1/4"),
    /// a share ("1/4%", "3/4 of the vote", "1/2 percent"), or a half, third or quarter ("1/2", "3/4"; not
    /// "5/16", which is as likely May 16th). Without "on" before it, such a pair is not read as a date.
    func isFraction(_ t: SegmentedText, _ i: Int, _ a: Int, _ b: Int) -> Bool {
        if t.kind(i - 1) == .number, !t.glued(i) { return true }
        if t.isByte(i + 3, 0x25) || t.isWord(i + 3, DateRecognizer.w.of) || t.isWord(i + 3, DateRecognizer.percent)
            || (t.isWord(i + 3, DateRecognizer.per) && t.isWord(i + 4, DateRecognizer.cent)) { return true }
        return a < b && b <= 4
    }

    // MARK: - Relative dates

    func relative(_ t: SegmentedText, at i: Int, pub: CalendarDate, p: NumberParser) -> Match? {
        let W = DateRecognizer.w
        let h = t.h(i)
        // Tense is looked up only when a match needs it.
        var tense = LazyTense(before: i)
        // At a number every reading below but a counted offset ("3 days ago") needs a word or an ordinal there.
        if t.kind(i) == .number { return offset(t, at: i, pub: pub, p: p, tense: &tense) }
        func day(_ n: Int) -> CalendarDate { pub.adding(days: n) }
        func weekOf(_ offset: Int, weekday wd: Int) -> CalendarDate { DateRecognizer.week(offset, weekday: wd, pub: pub) }
        // today / tonight / yesterday / tomorrow
        if h == W.today || h == W.tonight { return Match(end: i + 1, date: pub, relative: true) }
        if h == W.yesterday { return Match(end: i + 1, date: day(-1), relative: true) }
        if h == W.tomorrow || h == W.tmrw { return Match(end: i + 1, date: day(1), relative: true) }
        // "the day before yesterday", "the day after tomorrow", "the next day", "next day", "the following day"
        var j = i
        if h == W.the { j += 1 }
        if t.isWord(j, W.day), t.isWord(j + 1, W.before), t.isWord(j + 2, W.yesterday) { return Match(end: j + 3, date: day(-2), relative: true) }
        if t.isWord(j, W.day), t.isWord(j + 1, W.after), t.isWord(j + 2, W.tomorrow) || t.isWord(j + 2, W.tmrw) { return Match(end: j + 3, date: day(2), relative: true) }
        if t.isWord(j, W.next) || t.isWord(j, W.following), t.isWord(j + 1, W.day) { return Match(end: j + 2, date: day(1), relative: true) }
        // "earlier in the day", "later in the day", "earlier today", "this morning"
        if (h == W.earlier || h == W.later), t.isWord(i + 1, W.in), t.isWord(i + 2, W.the), t.isWord(i + 3, W.day) { return Match(end: i + 4, date: pub, relative: true) }
        if (h == W.earlier || h == W.later), t.isWord(i + 1, W.today) { return Match(end: i + 2, date: pub, relative: true) }
        if h == W.this, t.isAny(i + 1, DateRecognizer.partOfDay) { return Match(end: i + 2, date: pub, relative: true) }
        // this/next/last/previous/coming + weekday | week weekday | month | year
        if h == W.this || h == W.next || h == W.last || h == W.previous || h == W.coming || h == W.past {
            let off = h == W.this ? 0 : (h == W.next || h == W.coming) ? 1 : -1
            if let wd = MonthNames.weekday(t, at: i + 1) {
                // "this Friday, June 21", "next friday (jun-15)": with the date when it is the day the words name.
                if let m = weekdayDate(t, wd, at: i + 1, lead: off, pub: pub, p: p) { return m }
                return Match(end: i + 2, date: weekOf(off, weekday: wd), relative: true)
            }
            if t.isWord(i + 1, W.week), let wd = MonthNames.weekday(t, at: i + 2) { return Match(end: i + 3, date: weekOf(off, weekday: wd), relative: true) }
            if t.isWord(i + 1, W.week), t.isWord(i + 2, W.on), let wd = MonthNames.weekday(t, at: i + 3) { return Match(end: i + 4, date: weekOf(off, weekday: wd), relative: true) }
            if t.isWord(i + 1, W.month) {
                let (y, m) = Self.month(pub.year, pub.month!, plus: off)
                return Match(end: i + 2, date: CalendarDate(year: y, month: m), relative: true)
            }
            if t.isWord(i + 1, W.year) { return Match(end: i + 2, date: CalendarDate(year: pub.year + off), relative: true) }
        }
        // "<ordinal> of next month", "20th of this month", "the 20th next month" ("of" left out only after
        // "the" and before "next" or "last": "ranked 20th this month" is a place). A day the month lacks
        // ("31st of this month" in November) reads as the month.
        let ord = DateTriggers.canStartOrdinal(t, i) ? p.ordinal(at: i) : nil
        if let (d, e) = ord, d <= 31 {
            let of = t.isWord(e, W.of)
            let k = of ? e + 1 : e
            if of || t.isWord(i - 1, W.the) && !t.isWord(k, W.this), t.isAny(k, DateRecognizer.relativeMonth), t.isWord(k + 1, W.month) {
                let off = t.isWord(k, W.next) ? 1 : t.isWord(k, W.this) ? 0 : -1
                let (y, m) = Self.month(pub.year, pub.month!, plus: off)
                return Match(end: k + 2, date: valid(y, m, d) ?? CalendarDate(year: y, month: m), relative: true)
            }
        }
        // nth weekday: "the first Friday of July", "second Sunday", "the third Wednesday of previous month"
        if let (n, e) = ord, (1...5).contains(n), let wd = MonthNames.weekday(t, at: e) {
            var y = pub.year, m = pub.month!
            var end = e + 1
            if t.isWord(end, W.of) || t.isWord(end, W.in) {
                if let mm = MonthNames.month(t, at: end + 1) {
                    m = mm; end += 2
                    if tense.future(t) { if mm < pub.month! { y += 1 } } else if mm > pub.month! { y -= 1 }
                } else if t.isAny(end + 1, DateRecognizer.relativeMonth), t.isWord(end + 2, W.month) {
                    let off = t.isWord(end + 1, W.next) ? 1 : t.isWord(end + 1, W.this) ? 0 : -1
                    (y, m) = Self.month(y, m, plus: off)
                    end += 3
                }
            }
            let first = CalendarDate(year: y, month: m, day: 1)
            let dd = 1 + (wd - first.weekday + 7) % 7 + (n - 1) * 7
            if let date = valid(y, m, dd) { return Match(end: end, date: date, relative: true) }
            return nil
        }
        // Counted offsets: "two days ago", "a month ago", "few months ago", "two weeks from now", "in 3 weeks",
        // "1 month 21 days ago", "two days from tomorrow", "two sundays from now".
        if let m = offset(t, at: i, pub: pub, p: p, tense: &tense) { return m }
        // Weekday: "on Wednesday", "Tuesday night", "Friday next week", "Sunday of next week".
        if let wd = MonthNames.weekday(t, at: i) {
            var e = i + 1
            if t.isAny(e, DateRecognizer.partOfDay) { e += 1 }
            if t.isWord(e, W.of), t.isWord(e + 1, W.next) || t.isWord(e + 1, W.last) || t.isWord(e + 1, W.this), t.isWord(e + 2, W.week) {
                let off = t.isWord(e + 1, W.next) ? 1 : t.isWord(e + 1, W.this) ? 0 : -1
                return Match(end: e + 3, date: weekOf(off, weekday: wd), relative: true)
            }
            if t.isWord(e, W.next) || t.isWord(e, W.last) || t.isWord(e, W.this), t.isWord(e + 1, W.week) {
                let off = t.isWord(e, W.next) ? 1 : t.isWord(e, W.this) ? 0 : -1
                return Match(end: e + 2, date: weekOf(off, weekday: wd), relative: true)
            }
            // A weekday looking ahead may be the day of publication itself: wire copy names the day, not
            // "today" ("was due before magistrates on Friday", published that Friday). After "would" it
            // is the next one unless it was at most two days back ("said on Monday talks would open on
            // Tuesday", published Wednesday). The end of a span still running lies ahead ("schools
            // remain closed until Wednesday", published Monday), a week on when it is that day already.
            let ahead = (wd - pub.weekday + 7) % 7, back = (pub.weekday - wd + 7) % 7
            let days: Int
            switch tense.reading(t) {
            case .future: days = ahead
            case .nearest: days = back > 0 && back <= 2 ? -back : ahead
            case .past: days = DateRecognizer.runningSpan(t, before: i) ? (ahead == 0 ? 7 : ahead) : -back
            }
            return Match(end: e, date: pub.adding(days: days), relative: true)
        }
        return nil
    }

    private func amount(_ t: SegmentedText, at i: Int, p: NumberParser) -> (Double, Int)? {
        let W = DateRecognizer.w
        if t.isWord(i, W.a) || t.isWord(i, W.an) {
            if t.isWord(i + 1, W.few) { return (3, i + 2) }
            if DateRecognizer.unitDays(t.h(i + 1)) != nil { return (1, i + 1) }
        }
        if t.isWord(i, W.few) || t.isWord(i, W.several) { return (3, i + 1) }
        if DateTriggers.canStartNumber(t, i), let n = p.parse(at: i), n.value > 0, n.value == n.value.rounded(), n.end > i, !n.vague { return (n.value, n.end) }
        return nil
    }

    private func offset(_ t: SegmentedText, at i: Int, pub: CalendarDate, p: NumberParser, tense: inout LazyTense) -> Match? {
        let W = DateRecognizer.w
        var j = i
        var inForm = false
        if t.isWord(j, W.in) { inForm = true; j += 1 }
        var days = 0, months = 0
        var any = false
        var weekdayCount: (Int, Int)? = nil
        while let (n, e) = amount(t, at: j, p: p) {
            if let (d, m) = DateRecognizer.unitDays(t.h(e)) {
                days += Int(n) * d; months += Int(n) * m; j = e + 1; any = true
            } else if let wd = MonthNames.weekday(t, at: e), !any { weekdayCount = (Int(n), wd); j = e + 1; any = true; break }
            else { break }
            if t.isWord(j, W.and) || t.isByte(j, 0x2C) { if amount(t, at: j + 1, p: p) != nil { j += 1 } }
        }
        guard any else { return nil }
        func shift(_ base: CalendarDate, _ sign: Int) -> CalendarDate {
            let (y, m) = DateRecognizer.month(base.year, base.month!, plus: sign * months)
            let d = min(base.day!, CalendarDate.daysIn(month: m, year: y))
            return CalendarDate(year: y, month: m, day: d).adding(days: sign * days)
        }
        if let (n, wd) = weekdayCount {
            guard t.isWord(j, W.from), t.isWord(j + 1, W.now) || t.isWord(j, W.later) else {
                if t.isWord(j, W.later) { let first = pub.adding(days: (wd - pub.weekday + 7) % 7 == 0 ? 7 : (wd - pub.weekday + 7) % 7); return Match(end: j + 1, date: first.adding(days: 7 * (n - 1)), relative: true) }
                return nil
            }
            let first = pub.adding(days: (wd - pub.weekday + 7) % 7 == 0 ? 7 : (wd - pub.weekday + 7) % 7)
            return Match(end: j + 2, date: first.adding(days: 7 * (n - 1)), relative: true)
        }
        if inForm {
            // "in 3 weeks" is a date only when the sentence looks ahead; "first visit in 24 years" is a duration.
            guard tense.future(t) else { return nil }
            return Match(end: j, date: shift(pub, 1), relative: true)
        }
        if t.isWord(j, W.ago) { return Match(end: j + 1, date: shift(pub, -1), relative: true) }
        if t.isWord(j, W.later) || t.isWord(j, W.hence) { return Match(end: j + 1, date: shift(pub, 1), relative: true) }
        if t.isWord(j, W.from) || t.isWord(j, W.after) || t.isWord(j, W.before) {
            let sign = t.isWord(j, W.before) ? -1 : 1
            let k = j + 1
            var base: CalendarDate? = nil
            if t.isWord(k, W.now) || t.isWord(k, W.today) { base = pub }
            else if t.isWord(k, W.tomorrow) || t.isWord(k, W.tmrw) { base = pub.adding(days: 1) }
            else if t.isWord(k, W.yesterday) { base = pub.adding(days: -1) }
            if let base { return Match(end: k + 1, date: shift(base, sign), relative: true) }
        }
        return nil
    }

    // MARK: - Corpus

    public var examples: [RecognizerExample] { DateRecognizer.corpus }

    static let corpus: [RecognizerExample] = {
        var c: [RecognizerExample] = []
        let pub = "2024-06-19"  // a Wednesday
        func ex(_ value: String, _ forms: [(String, String)]) { for (text, m) in forms { c.append(RecognizerExample(text, match: m, value: value, published: pub)) } }
        /// Texts where the match must not be read as a date.
        func no(_ forms: [(String, String)]) { for (text, m) in forms { c.append(RecognizerExample(text, match: m, value: nil, published: pub)) } }
        ex("2024-06-19", [("They met on 19 June 2024 in the capital", "19 June 2024"), ("They met on June 19th, 2024 in the capital", "June 19th, 2024"),
                          ("They met on 2024-06-19 in the capital", "2024-06-19"), ("They met on Jun. 19 in the capital", "Jun. 19"),
                          ("They met on Wednesday in the capital", "Wednesday"), ("They met today in the capital", "today"),
                          ("They met earlier in the day in the capital", "earlier in the day"), ("They met on 06/19/2024 in the capital", "06/19/2024"),
                          ("They met on Wednesday, June 19, 2024", "Wednesday, June 19, 2024"), ("They met on the 19th of June, 2024", "the 19th of June, 2024"),
                          ("They met on 19th June of 2024 in the capital", "19th June of 2024")])
        ex("2024-06-18", [("The plane left on Tuesday night", "Tuesday night"), ("The plane left yesterday", "yesterday"), ("The plane left June 18", "June 18")])
        ex("2024-06-21", [("The leaders will meet on Friday", "Friday"), ("The leaders will meet this Friday", "this Friday")])
        ex("2024-06-19", [("He is due in court on Wednesday.", "Wednesday")])
        ex("2024-06-24", [("Three schools remain closed until Monday.", "Monday")])
        ex("2024-06-26", [("The road stays shut until Wednesday.", "Wednesday")])
        ex("2024-06-17", [("The road was closed until Monday.", "Monday")])
        // "next" before an event looks ahead; before a span of time it counts on from the past.
        ex("2024-07-16", [("Its next meeting is on July 16.", "July 16")])
        ex("2024-06-03", [("The next day, on June 3, police arrested him.", "June 3")])
        // Reported intention ("would") looks from the time of saying: the occurrence nearest publication.
        ex("2024-06-21", [("She said talks would open on Friday.", "Friday")])
        ex("2024-06-18", [("He said on Monday that talks would open on Tuesday.", "Tuesday")])
        ex("2024-06-23", [("Officials said the vote would be held on Sunday.", "Sunday")])
        ex("2024-09", [("The treaty would be signed in September, officials said.", "September")])
        ex("2024-01", [("She said the plant would close in January.", "January")])
        // A "would" of another clause, "would-be" and "would have" leave the past reading.
        ex("2024-06-17", [("Smith, who would later become mayor, resigned on Monday.", "Monday"),
                          ("The would-be attacker was arrested on Monday.", "Monday"),
                          ("An official, who would not be named, said the ferry sank on Monday.", "Monday"),
                          ("She would have turned 40 on Monday.", "Monday"),
                          ("Police held him until Monday.", "Monday")])
        ex("2024-06-24", [("She said the talks would resume on June 24.", "June 24")])
        ex("2024-06-12", [("He said the vote would be held on 12 June, but it was delayed.", "12 June")])
        ex("2024-06-14", [("The leaders met on Friday", "Friday"), ("The leaders met last week on Friday", "last week on Friday")])
        ex("2022-02", [("the invasion in February 2022 began", "February 2022"), ("the invasion in Feb. 2022 began", "Feb. 2022")])
        ex("1961", [("the treaty signed in 1961 lapsed", "1961")])
        ex("2019", [("on his 2019 visit to the city", "2019")])
        ex("2023-09", [("They met in September to agree", "September")])
        ex("2024-09", [("They will meet in September to agree", "September")])
        ex("2024-05", [("Prices rose last month", "last month")])
        ex("2024-07", [("Prices will rise next month", "next month")])
        ex("2023-06-19", [("The talks began a year ago", "a year ago")])
        ex("2024-07-03", [("The talks resume two weeks from now", "two weeks from now")])
        ex("2024-07-05", [("The board will meet the first Friday of July", "first Friday of July")])
        no([("He counted 2000 soldiers", "2000"),
            ("his first visit in 24 years", "in 24 years"),
            ("They may agree soon", "may")])
        // Fractions are not yearless dates: a mixed number, a share, a usual proper fraction.
        no([("its 6 1/4% convertible notes", "1/4"),
            ("won 3/4 of the vote", "3/4"),
            ("a 1/2 share", "1/2")])
        // A day of the month alone: forward in future tense; else this month's when the day has come,
        // last month's after a verb in "-ed", and unread otherwise.
        ex("2024-06-10", [("The ferry sank on the 10th, officials said.", "the 10th"), ("The ferry sank on the tenth.", "the tenth")])
        ex("2024-05-27", [("The talks ended on the 27th.", "the 27th")])
        ex("2024-06-27", [("The talks will resume on the 27th.", "the 27th"), ("The board will decide by the 27th at noon.", "the 27th")])
        // A later day with no future auxiliary and no past verb: this month's or last month's? Unread.
        no([("The leaders agreed to meet on the 24th.", "the 24th"),
            ("The treaty is set to be signed on the 28th.", "the 28th")])
        // The end of a running span (until, till, through) with no past marker lies ahead: a later day this
        // month, a month and day whose last occurrence is more than two months back.
        ex("2024-06-25", [("The border stays closed until the 25th.", "the 25th"), ("The border stays closed until June 25, officials said.", "June 25"),
                          ("The court remains adjourned till 25 June, the clerk said.", "25 June"),
                          ("The court remains adjourned till 25 June.", "25 June")])
        ex("2024-01-03", [("The pact was signed on 3 Jan., officials said.", "3 Jan.")])
        ex("2024-06-30", [("The exhibition runs through June 30 at the city museum.", "June 30"), ("The Ryder Cup runs through the 30th.", "the 30th")])
        ex("2025-01-10", [("The curfew remains in force till January 10.", "January 10")])
        ex("2024-06-10", [("Sales rose 4 percent through June 10, the company said.", "June 10")])
        ex("2023-06-25", [("The border was closed until June 25, officials said.", "June 25"), ("The lockdown lasted until June 25 last year.", "June 25")])
        ex("2023-06-24", [("The ferry sank on June 24, officials said.", "June 24")])
        ex("2024-05-28", [("The mountain road was closed until the 28th, when crews reopened it.", "the 28th")])
        ex("2024-06-01", [("The ferry left on the first, officials said.", "the first")])
        no([("The fire started on the 3rd floor.", "the 3rd"),
            ("The fire started on the 3rd-floor balcony.", "the 3rd"),
            ("It was built on the 12th-century walls.", "the 12th"),
            ("It rose for the 2nd time.", "the 2nd"),
            ("It is the 21st century.", "the 21st"),
            ("He finished second in the race.", "second"),
            ("Ortiz was left on 2nd when the inning ended.", "2nd")])
        ex("2024-05-31", [("The council convened on the 31st.", "the 31st")])
        ex("2024-06-21", [("The leaders meet on Friday the 21st.", "Friday the 21st")])
        ex("2024-05-21", [("The council met on Tuesday the 21st.", "Tuesday the 21st")])
        ex("2024-04-22", [("They met 4/22 in the capital", "4/22")])
        ex("2024-01-02", [("They met on 1/2 in the capital", "1/2")])   // "on" marks a date
        // A month and a day in words or after a comma; lower-case "may" and "march" only before a day a
        // modal or a verb cannot take, ending the phrase.
        ex("2024-05-21", [("The vote is set for may twenty-first.", "may twenty-first"), ("The deadline was may twenty one.", "may twenty one"),
                          ("The vote is set for May twenty-first.", "May twenty-first")])
        ex("2024-05-11", [("a baseball game on may the eleventh", "may the eleventh")])
        ex("2024-03-21", [("Parliament rose on march twenty-first.", "march twenty-first")])
        ex("2024-10-01", [("The summit is planned for October, 1st.", "October, 1st")])
        no([("May twenty people attend the hearing?", "May twenty"),
            ("Voters may one day regret it.", "may one"),
            ("Analysts may first want to see the figures.", "may first"),
            ("Troops march first to the square.", "march first"),
            ("They march the 5th Battalion to the front.", "march the 5th"),
            ("The judge may twenty-first century standards apply.", "may twenty-first"),
            ("In October, 1st Battalion troops moved north.", "October, 1st")])
        // A day, a dash and a month, glued.
        ex("2024-01-01", [("They meet on 1-jan each year.", "1-jan")])
        ex("2023-11-28", [("The company set a 28-nov deadline for bids.", "28-nov")])
        ex("2016-01-01", [("The law took effect 1-Jan-2016.", "1-Jan-2016")])
        // A weekday and a date as one span: the date when they agree; with "this", "next" or "last" a
        // disagreeing pair is read as two claims; without, the weekday chooses the year.
        ex("2024-06-21", [("The council meets this Friday (June 21) to vote.", "this Friday (June 21)"),
                          ("The council meets this friday-jun-21 to vote.", "this friday-jun-21"),
                          ("The council meets this friday june twenty one.", "this friday june twenty one"),
                          ("They meet on Friday 6-21 with the envoy.", "Friday 6-21"), ("They meet on friday 6.21.", "friday 6.21")])
        ex("2024-06-23", [("The council met Sunday, June 23, to vote.", "Sunday, June 23")])
        ex("2024-06-11", [("The party met last Tuesday (June 12) in Leeds.", "last Tuesday")])
        ex("2024-06-12", [("The party met last Tuesday (June 12) in Leeds.", "June 12")])
        no([("The Yankees beat the Red Sox on Friday 6-14 in Boston.", "6-14"),
            ("The Yankees beat the Red Sox Friday 6-14.", "6-14"),
            ("On Friday 6.14 percent of voters abstained.", "6.14"),
            ("The Senate voted 51-49 on Tuesday.", "51-49")])
        // A day of a relative month.
        ex("2024-07-20", [("The hearing resumes on the 20th next month.", "20th next month"), ("The hearing resumes on the 20th of next month.", "20th of next month")])
        ex("2024-06", [("The payment is due on the 31st of this month.", "31st of this month")])   // June has 30 days
        no([("She finished the race 20th last month.", "20th"),
            ("It was the 20th this month that the plant failed.", "20th")])
        c.append(RecognizerExample("They met on Wednesday", match: "Wednesday", value: nil, published: nil))
        return c
    }()
}
