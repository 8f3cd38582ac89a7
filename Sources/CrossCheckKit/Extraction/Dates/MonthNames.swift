/// Month and weekday names by token hash.
enum MonthNames {
    static let months: [UInt64: Int] = {
        var d: [UInt64: Int] = [:]
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (k, m) in full.enumerated() { d[Lit.h(m)] = k + 1 }
        for (a, m) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
                       ("oct", 10), ("nov", 11), ("dec", 12)] { d[Lit.h(a)] = m }
        return d
    }()
    static let may = LitHash.`may`
    static let march = LitHash.`march`

    static let weekdays: [UInt64: Int] = {
        var d: [UInt64: Int] = [:]
        for (k, w) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
            d[Lit.h(w)] = k + 1
            d[Lit.h(w + "s")] = k + 1
        }
        for (a, w) in [("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5), ("sat", 6), ("sun", 7)] {
            d[Lit.h(a)] = w
        }
        return d
    }()

    /// The month named at token `i` (1–12). "May" and "March" count only when capitalized and not a modal/verb use.
    static func month(_ t: SegmentedText, at i: Int) -> Int? {
        guard i >= 0, i < t.tokens.count, t.kind(i) == .word, let m = months[t.h(i)] else { return nil }
        let h = t.h(i)
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
            let full = ["june", "july"].map { Lit.h($0) }
            if !full.contains(h) && t.length(i) <= 4 { return nil }
        }
        return m
    }

    static func weekday(_ t: SegmentedText, at i: Int) -> Int? {
        guard i >= 0, i < t.tokens.count, t.kind(i) == .word, let w = weekdays[t.h(i)] else { return nil }
        // Lower-case abbreviations ("sat", "sun", "wed") only with a comma or period after them or "on" before.
        if t.length(i) <= 4 && !t.isCapitalized(i) && !t.isByte(i + 1, 0x2C) && !t.isByte(i + 1, 0x2E) && !t.isWord(i - 1, LitHash.`on`) { return nil }
        return w
    }
}
