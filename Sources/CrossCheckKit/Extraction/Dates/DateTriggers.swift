/// Cheap token-level tests of where a `<date>`, `<time>` or `<duration>` can start, so the recognizers
/// try a full parse only there (most tokens are not dates). Each test is a necessary condition of the
/// parser it guards, never a heuristic: the word sets are built from the same tables and constants the
/// parsers read (`NumberWords`, `MonthNames`, `DateRecognizer.w`, the duration word lists), so they
/// cannot drift apart.
enum DateTriggers {
    /// Words a `NumberParser.ordinal` can start at: ordinal words ("first"), ordinal scales
    /// ("hundredth"), and the words a cardinal in words starts with ("twenty-first", "a hundredth").
    static let ordinalStartWords = NumberWords.words(with: NumberWords.startsOrdinal)

    /// Words `NumberParser.parse` can start at: signs, "half"/"quarter", "a"/"an", vague scales
    /// ("hundreds"), and cardinals in words.
    static let numberStartWords = NumberWords.words(with: NumberWords.startsWords | NumberWords.startsSign)

    /// What may follow "a"/"an" when it starts a day's ordinal: a scale or "dozen" ("a hundredth"), not a
    /// denominator or a cardinal ("a third" is a fraction, never the third of a month).
    static let articleCardinalNext: HashSet64 = {
        var s = HashSet64(NumberWords.scale.keys)
        s.insert(NumberWords.dozen)
        return s
    }()

    /// What may follow "a"/"an" where a date starts with it: a number word ("a dozen", "a hundred", "a
    /// third"), "a few", or a unit ("a year ago").
    static let articleDateNext: HashSet64 = {
        var s = NumberWords.words(with: NumberWords.followsArticle)
        s.insert(LitHash.`few`)
        s.formUnion(DateRecognizer.unitList.map { Lit.h($0.0) })
        return s
    }()

    /// Whether `NumberParser.ordinal(at: i)` can return a day of the month: an ordinal token, or a word
    /// the parser's own start table allows (`NumberWords.startFlags`), with the stricter article rule above.
    @inline(__always)
    static func canStartOrdinal(_ t: SegmentedText, _ i: Int) -> Bool {
        guard let k = t.kind(i) else { return false }
        if k == .ordinal { return true }
        let f = NumberWords.startFlags(t, i)
        guard f & NumberWords.startsOrdinal != 0 else { return false }
        if f & NumberWords.isArticle != 0 { return t.isAny(i + 1, articleCardinalNext) }
        return true
    }

    /// Whether `NumberParser.parse(at: i)` can return a value: a number, a vulgar-fraction symbol, a dash
    /// before digits, a decimal point before digits (".08"), or a word the parser's start table allows
    /// (`NumberWords.startFlags`, which already applies the article rule: "a hundred", not "a visit").
    @inline(__always)
    static func canStartNumber(_ t: SegmentedText, _ i: Int) -> Bool {
        guard let k = t.kind(i) else { return false }
        switch k {
        case .number, .symbol: return true
        case .dash: return t.kind(i + 1) == .number
        default:
            if NumberWords.startFlags(t, i) & (NumberWords.startsWords | NumberWords.startsSign) != 0 { return true }
            return t.isByte(i, 0x2E) && t.kind(i + 1) == .number
        }
    }

    /// Words `DateRecognizer.absolute` can start at: a month name or the start of an ordinal day.
    static let absoluteStartWords: HashSet64 = {
        var s = ordinalStartWords
        s.formUnion(MonthNames.monthHashes)
        return s
    }()

    /// Whether `DateRecognizer.absolute(at: i)` can match: a number, an ordinal or a month name.
    @inline(__always)
    static func canStartAbsolute(_ t: SegmentedText, _ i: Int) -> Bool {
        guard let k = t.kind(i) else { return false }
        return k == .number || k == .ordinal || absoluteStartWords.contains(t.h(i))
    }

    /// Words `DateRecognizer.match` can start at besides numbers: weekdays, months, ordinals, amounts
    /// ("a", "few", "two") and the relative words ("today", "next", "the", "in", ...).
    static let dateStartWords: HashSet64 = {
        var s = absoluteStartWords
        s.formUnion(MonthNames.weekdayHashes)
        s.formUnion(numberStartWords)
        s.formUnion(DateRecognizer.relativeStartWords)
        return s
    }()

    /// Where `DateRecognizer.match` can match: numbers, ordinals, the start words, and where
    /// `NumberParser.parse` can start (`canStartNumber`).
    static let date = TokenGate(words: dateStartWords, kinds: [.number, .ordinal, .symbol], signs: true)

    /// Words a `<duration>` can start at besides numbers: hedges ("about"), vague counts ("few"),
    /// articles and "half", and unit words ("decades", "hours").
    static let durationStartWords: HashSet64 = {
        var s = DurationRecognizer.hedge
        s.formUnion(DurationRecognizer.vagueCount)
        s.formUnion(DurationRecognizer.unitHashes)
        s.formUnion(DurationRecognizer.leadWords)
        return s
    }()

    /// Where `DurationRecognizer.match` can match: the start words and where `NumberParser.parse` can
    /// start (`canStartNumber`).
    static let duration = TokenGate(words: durationStartWords.union(numberStartWords), kinds: [.number, .symbol], signs: true)

    /// Where `TimeRecognizer.time` can match: a number or a period word ("noon", "pre-dawn").
    static let time = TokenGate(words: TimeRecognizer.periodStart, kinds: [.number], signs: false)
}
