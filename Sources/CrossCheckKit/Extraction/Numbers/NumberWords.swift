/// Lookup tables for number words, keyed by token hash (`Token.hash(literal:)`), so the recognizers
/// compare a token to the vocabulary with one hash lookup and no allocation.
enum NumberWords {
    static let cardinalList: [(String, Int)] = [
        ("zero", 0), ("nought", 0), ("naught", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
        ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
        ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17),
        ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fourty", 40),
        ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ]
    /// zero ... ninety.
    static let cardinal = WordTable<Int>(words: cardinalList)

    /// Multipliers written as words.
    static let scale = WordTable<Double>(words: [
        ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
        ("lakh", 1e5), ("lakhs", 1e5), ("lac", 1e5), ("crore", 1e7), ("crores", 1e7),
    ])

    /// Plural scale words used as vague amounts: "hundreds of", "millions of".
    static let vagueScale = WordTable<Double>(words: [
        ("hundreds", 1e2), ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9), ("trillions", 1e12),
        ("dozens", 12), ("scores", 20), ("tens", 10),
    ])

    /// Multipliers glued to digits or abbreviated: "10k", "2.3bn", "$1.5m", "10 bln".
    /// Case matters for a few ("M" is million, "m" is metres unless after a currency sign), handled by the parser.
    static let suffix = WordTable<Double>(words: [
        ("k", 1e3), ("bn", 1e9), ("bln", 1e9), ("b", 1e9), ("mn", 1e6), ("mln", 1e6), ("mil", 1e6), ("mm", 1e6),
        ("tn", 1e12), ("trn", 1e12), ("tln", 1e12), ("g", 1e9),
    ])

    static let ordinalList: [(String, Int)] = [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
        ("eighth", 8), ("ninth", 9), ("nineth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
        ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18),
        ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50),
        ("sixtieth", 60), ("seventieth", 70), ("eightieth", 80), ("ninetieth", 90),
    ]
    static let ordinal = WordTable<Int>(words: ordinalList)

    /// Ordinals below ten, singular or plural, for compound denominators ("twenty-first", "thirty-thirds");
    /// the first listed form wins.
    static let unitOrdinal = WordTable<Int>(ordinalList.filter { $0.1 < 10 }.flatMap { [(Lit.h($0.0), $0.1), (Lit.h($0.0 + "s"), $0.1)] })
    /// Plural ordinals below ten ("twenty thirds").
    static let unitOrdinalPlural = WordTable<Int>(ordinalList.filter { $0.1 < 10 }.map { (Lit.h($0.0 + "s"), $0.1) })

    /// Ordinal scale words: "hundredth", "millionth".
    static let ordinalScale = WordTable<Double>(words: [
        ("hundredth", 1e2), ("thousandth", 1e3), ("millionth", 1e6), ("billionth", 1e9), ("trillionth", 1e12),
    ])

    /// Denominators: "half", "thirds", "quarter", "fifths", "hundredths" (ordinals from third up, singular and plural).
    static let denominator: WordTable<Double> = {
        // Later entries override earlier ones, as assignments into a dictionary would.
        var d: [(UInt64, Double)] = []
        for (w, v) in ordinalList where v >= 3 { d.append((Lit.h(w), Double(v))); d.append((Lit.h(w + "s"), Double(v))) }
        for (w, v) in [("hundredth", 1e2), ("thousandth", 1e3), ("millionth", 1e6), ("billionth", 1e9), ("trillionth", 1e12)] {
            d.append((Lit.h(w), v)); d.append((Lit.h(w + "s"), v))
        }
        d += [(LitHash.`half`, 2), (LitHash.`halves`, 2), (LitHash.`quarter`, 4), (LitHash.`quarters`, 4)]
        var last: [(UInt64, Double)] = []
        for (k, v) in d.reversed() where !last.contains(where: { $0.0 == k }) { last.append((k, v)) }
        return WordTable(last.reversed())
    }()

    static let and = LitHash.`and`
    static let a = LitHash.`a`
    static let an = LitHash.`an`
    static let point = LitHash.`point`
    static let dozen = LitHash.`dozen`
    static let dozens: HashSet64 = Lit.set(["dozens", "dzs", "doz", "dozs", "dz"])
    static let half = LitHash.`half`
    static let quarter = LitHash.`quarter`
    static let minus: HashSet64 = Lit.set(["minus", "negative"])
    /// The words a cardinal in words goes on with (`parseCardinalWords` without digits: cardinals, scales,
    /// "dozen", "and") and the ordinal words that end an ordinal reading of it.
    static let ordinalNext: HashSet64 = {
        var s = HashSet64(cardinal.keys + scale.keys + ordinal.keys + ordinalScale.keys + [dozen, and])
        s.formUnion(dozens)
        return s
    }()
    static let of = LitHash.`of`
    /// Every word `NumberParser` reads after a spaced digits phrase ("1.5 million", "3 dozens", "2.33 k",
    /// "10 M", "2000 over 3", "2 out of 5"): scales, dozens, suffixes, "m", "over" and "out". Nothing follows
    /// a number unless the token after it is one of these.
    static let continuesDigits: HashSet64 = {
        var s = HashSet64(scale.keys)
        s.formUnion(suffix.keys)
        s.formUnion(dozens)
        s.formUnion([dozen, LitHash.`m`, over, out])
        return s
    }()
    static let over = LitHash.`over`
    static let out = LitHash.`out`

    // MARK: - What a word can start

    /// A cardinal in words can start here (`parseCardinalWords` without digits): a cardinal, "a", "an".
    static let startsCardinal: Int32 = 1
    /// A number in words can start here (`parseWords`): the cardinal starts, "half", "quarter", vague plurals.
    static let startsWords: Int32 = 2
    /// A sign word: "minus", "negative".
    static let startsSign: Int32 = 4
    /// An ordinal in words can start here: ordinal words, ordinal scales and the cardinal starts.
    static let startsOrdinal: Int32 = 8
    /// "a", "an": they begin a number only before one of the `followsArticle` words.
    static let isArticle: Int32 = 16
    /// What can follow "a"/"an" in a number: a denominator ("a third"), a cardinal ("a twenty-first"), a
    /// scale ("a hundred") or "dozen".
    static let followsArticle: Int32 = 32
    /// The first word of a qualifier phrase (`NumberRecognizer.qualifiers`: "more than", "about").
    static let startsQualifier: Int32 = 64

    /// The words behind each start flag, from the tables the parser reads so the two cannot drift.
    private static let startEntries: [(words: [UInt64], flags: Int32)] = [
        (cardinal.keys + [a, an], startsCardinal | startsWords | startsOrdinal),
        (vagueScale.keys + [half, quarter], startsWords),
        (Array(minus), startsSign),
        (ordinal.keys + ordinalScale.keys, startsOrdinal),
        ([a, an], isArticle),
        (denominator.keys + cardinal.keys + scale.keys + [dozen], followsArticle),
        (NumberRecognizer.qualifiers.map { $0.0[0] }, startsQualifier),
    ]

    /// For each word that can begin a number, which readings it can begin (the flags above). One lookup
    /// rejects every other word.
    static let starts: HashMap64 = {
        var m = HashMap64(capacity: 128)
        for (words, f) in startEntries {
            for h in words { m.set(h, (m.get(h) ?? 0) | f) }
        }
        return m
    }()

    /// Every word `starts` holds (each word once per start reading; a filter does not mind repeats).
    static let startWords: [UInt64] = startEntries.flatMap(\.words)

    /// Every word with any of `flags`: for token gates that must accept at least where the parser can start.
    static func words(with flags: Int32) -> HashSet64 {
        HashSet64(startEntries.filter { $0.flags & flags != 0 }.flatMap(\.words))
    }

    /// The start flags of a word hash (0 when it begins no number).
    @inline(__always) static func startFlags(_ h: UInt64) -> Int32 { starts.get(h) ?? 0 }

    /// The start flags of token `i`, with an article's flags cleared when no `followsArticle` word comes next.
    @inline(__always) static func startFlags(_ t: SegmentedText, _ i: Int) -> Int32 {
        let f = startFlags(t.tokens[i].hash)
        if f & isArticle != 0, startFlags(t.h(i + 1)) & followsArticle == 0 { return 0 }
        return f
    }

    /// `startFlags(t, i)` on a parser's view of the text.
    @inline(__always) static func startFlags(_ t: TokenView, _ i: Int) -> Int32 {
        let f = startFlags(t.tokens[i].hash)
        if f & isArticle != 0, startFlags(t.h(i + 1)) & followsArticle == 0 { return 0 }
        return f
    }
}
