/// Month and weekday names by token hash.
enum MonthNames {
    /// Month names and abbreviations with their numbers (1–12).
    static let monthList: [(String, Int)] = {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        return full.enumerated().map { ($0.element, $0.offset + 1) }
            + [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
               ("oct", 10), ("nov", 11), ("dec", 12)]
    }()
    static let months: HashMap64 = {
        var d = HashMap64(capacity: monthList.count)
        for (w, m) in monthList { d.set(Lit.h(w), Int32(m)) }
        return d
    }()
    static let monthHashes: [UInt64] = monthList.map { Lit.h($0.0) }
    static let may = LitHash.`may`
    static let march = LitHash.`march`

    /// Weekday names (singular and plural) and abbreviations with their numbers (Monday = 1).
    static let weekdayList: [(String, Int)] = {
        var l: [(String, Int)] = []
        for (k, w) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
            l.append((w, k + 1))
            l.append((w + "s", k + 1))
        }
        return l + [("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5), ("sat", 6), ("sun", 7)]
    }()
    static let weekdays: HashMap64 = {
        var d = HashMap64(capacity: weekdayList.count)
        for (w, k) in weekdayList { d.set(Lit.h(w), Int32(k)) }
        return d
    }()
    static let weekdayHashes: [UInt64] = weekdayList.map { Lit.h($0.0) }
    /// The full month names of four letters, months even in lower case.
    static let june = Lit.h("june"), july = Lit.h("july")

    /// Whether the month name at token `i` is an abbreviation ("Jan", "Sept"): four letters at most and
    /// none of the full names that short.
    static func isAbbreviation(_ t: SegmentedText, _ i: Int) -> Bool {
        t.length(i) <= 4 && !t.isWord(i, may) && !t.isWord(i, june) && !t.isWord(i, july)
    }

    /// The month named at token `i` (1–12). "May" and "March" count only when capitalized and not a modal/verb use.
    /// (Inlined: most tokens asked are no word or no month name, which the kind and one lookup settle.)
    @inline(__always)
    static func month(_ t: SegmentedText, at i: Int) -> Int? {
        guard i >= 0, i < t.tokens.count else { return nil }
        let tok = t.tokens[i]
        guard tok.kind == .word, let m32 = months.get(tok.hash) else { return nil }
        return month(t, at: i, named: Int(m32), tok.hash)
    }

    /// `month(t, at: i)` for word token `i` (hash `h`) that names month `m`.
    private static func month(_ t: SegmentedText, at i: Int, named m: Int, _ h: UInt64) -> Int? {
        // Beside a day number ("1st jan", "fourth of may", "jan 12"), even a lower-case name is a month.
        let besideDay = t.kind(i - 1) == .ordinal || t.kind(i - 1) == .number && t.length(i - 1) <= 2
            || t.isWord(i - 1, LitHash.`of`) && (t.kind(i - 2) == .ordinal || NumberWords.ordinal[t.h(i - 2)] != nil || t.kind(i - 2) == .number)
        if besideDay { return m }
        // A day in words after it ("jan twenty two"), not for the modal/verb readings of May and March.
        if h != may && h != march, NumberWords.cardinal[t.h(i + 1)] != nil || NumberWords.ordinal[t.h(i + 1)] != nil { return m }
        if h == may || h == march {
            guard t.isCapitalized(i) else { return nil }
            // Modal "May" at a sentence start: need a digit next to it.
            if t.tokens[i].flags.contains(.sentenceStart) && !(t.kind(i + 1) == .number || t.kind(i + 1) == .ordinal || t.kind(i - 1) == .number) { return nil }
        }
        // Abbreviations are only months when capitalized or followed by a number / period.
        if t.length(i) <= 4, t.length(i) < 5, !t.isCapitalized(i), t.kind(i + 1) != .number, !t.isByte(i + 1, 0x2E), !t.isDash(i + 1), !t.isByte(i + 1, 0x2F) {
            // lower-case "jan"/"oct" alone is rare prose; allow full names only.
            if h != june && h != july && t.length(i) <= 4 { return nil }
        }
        return m
    }

    /// (Inlined: most tokens asked are no word or no weekday name, which the kind and one lookup settle.)
    @inline(__always)
    static func weekday(_ t: SegmentedText, at i: Int) -> Int? {
        guard i >= 0, i < t.tokens.count else { return nil }
        let tok = t.tokens[i]
        guard tok.kind == .word, let w32 = weekdays.get(tok.hash) else { return nil }
        return weekday(t, at: i, named: Int(w32))
    }

    /// `weekday(t, at: i)` for word token `i` that names weekday `w`.
    private static func weekday(_ t: SegmentedText, at i: Int, named w: Int) -> Int? {
        // Lower-case abbreviations ("sat", "sun", "wed") only with a comma or period after them or "on" before.
        if t.length(i) <= 4 && !t.isCapitalized(i) && !t.isByte(i + 1, 0x2C) && !t.isByte(i + 1, 0x2E) && !t.isWord(i - 1, LitHash.`on`) { return nil }
        return w
    }
}
