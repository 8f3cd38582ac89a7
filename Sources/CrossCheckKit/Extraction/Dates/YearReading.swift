/// Whether a four-digit number is a year used as a date ("in 2019", "the 2019 visit", "since 1961")
/// rather than a count ("2000 troops").
enum YearReading {
    static let before: HashSet64 = Lit.set([
        "in", "since", "during", "until", "till", "by", "from", "before", "after", "of", "early", "late", "mid", "around",
        "circa", "the", "his", "her", "their", "its", "our", "'s", "spring", "summer", "autumn", "fall", "winter", "year",
        "through", "between", "and", "to", "fiscal", "season", "election", "census", "in", "at", "for", "back", "c",
    ])

    static func isYear(_ t: SegmentedText, at i: Int) -> Bool {
        guard t.kind(i) == .number, t.length(i) == 4, let v = t.plainInt(i), (1000...2100).contains(v) else { return false }
        if t.isAny(i - 1, before) || MonthNames.month(t, at: i - 1) != nil { return true }
        if t.isByte(i - 1, 0x2C), t.kind(i - 2) == .number || t.kind(i - 2) == .ordinal { return true }  // "June 19, 2024"
        // "2000 troops": a plural lower-case noun right after, without a date-like word before, makes it a count.
        if t.kind(i + 1) == .word, !t.isCapitalized(i + 1), t.spaced(i + 1) {
            // The word's shape from its bytes when ASCII (as `CountedNoun` reads it), else from its String.
            let plural: Bool
            if let a = CountedNoun.asciiShape(t, i + 1) {
                plural = a.last == 0x73 && a.beforeLast != 0x73 && a.length > 3
            } else {
                let s = t.normalized(i + 1)
                plural = s.hasSuffix("s") && !s.hasSuffix("ss") && s.count > 3
            }
            if plural && !(v >= 1900 && v <= 2100 && t.isWord(i - 1, LitHash.`the`)) { return false }
        }
        return v >= 1800
    }
}
