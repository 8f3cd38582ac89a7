/// `<number>`: numbers and quantities as news copy writes them, normalized to an interval `[min, max]`
/// with its unit, what it counts, and whether it is hedged.
///
/// "13,500" · "two hundred" · "1.5 million" · "2.3bn" · "a dozen" · "hundreds of" (approximate
/// 200–999) · "80%-90%" (a percent range) · "20 to 30" · "between 20 and 30" · "more than 380"
/// (>380) · "at least 5" · "nearly 900" (~≤900) · "about 10" (~10) · "up to 700" · "fewer than 1,000"
/// · "6,000-plus" · "10 km" · "magnitude 6.1" · "$5m". Counts get `of` from the noun after them
/// ("1,881 injured" → injured; "101-story" → storey).
///
/// Not claims, and not matched: years used as dates ("in 2019"), times of day ("10:30", "9 p.m."),
/// phone numbers and digit chains ("+1-202-555-0100", "192.168.1.2"), list numbering at a line start
/// ("1." / "2)"), day numbers beside a month ("June 19"), ordinals. Malformed digits ("24,966218") are
/// matched with `suspect` set.
///
/// Parts: `number` (the first number), `unit`, `noun` (the counted noun phrase, head last).
/// Attributes: `qualifier` (the hedge or comparison word), `of` (the counted lemma).
public struct NumberRecognizer: Recognizer {
    public var name: String { "number" }

    public init() {}

    enum Qual { case gt, ge, lt, le, nearly, about, between, from, equal }

    /// Qualifier phrases before a number, longest first.
    static let qualifiers: [([UInt64], Qual)] = {
        let list: [(String, Qual)] = [
            ("more than", .gt), ("greater than", .gt), ("larger than", .gt), ("bigger than", .gt), ("higher than", .gt),
            ("over", .gt), ("above", .gt), ("exceeding", .gt), ("exceed", .gt), ("exceeds", .gt), ("surpass", .gt),
            ("in excess of", .gt), ("upwards of", .gt), ("well over", .gt), ("just over", .gt), ("north of", .gt),
            ("at least", .ge), ("no less than", .ge), ("no fewer than", .ge), ("not less than", .ge), ("a minimum of", .ge),
            ("as many as", .le), ("as much as", .le), ("at least or equal to", .ge),
            ("greater than or equal to", .ge), ("more than or equal to", .ge), ("bigger or equal than", .ge), ("higher or equal than", .ge),
            ("equal to or more than", .ge), ("equal to or greater than", .ge),
            ("fewer than", .lt), ("less than", .lt), ("under", .lt), ("below", .lt), ("lower than", .lt), ("smaller than", .lt),
            ("just under", .lt), ("at most", .le), ("up to", .le), ("no more than", .le), ("not more than", .le),
            ("a maximum of", .le), ("less than or equal to", .le), ("smaller or equal than", .le), ("lower or equal than", .le),
            ("less or equal than", .le), ("equal to or less than", .le),
            ("nearly", .nearly), ("almost", .nearly), ("close to", .nearly), ("approaching", .nearly),
            ("about", .about), ("around", .about), ("some", .about), ("roughly", .about), ("approximately", .about),
            ("approx", .about), ("an estimated", .about), ("estimated", .about), ("circa", .about), ("about a", .about),
            ("an approximate", .about), ("round about", .about), ("more or less", .about),
            ("between", .between), ("from", .from), ("equal to", .equal), ("equals", .equal), ("equals to", .equal),
            ("equaling to", .equal), ("equaling", .equal), ("exactly", .equal),
        ]
        return list.map { (UnitConverter.split($0.0).map { Token.hash(literal: $0) }, $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    /// `qualifiers` grouped by the hash of their first word (each group keeps the longest-first order), so a
    /// token that starts no qualifier costs one lookup.
    static let qualifiersByFirst: WordTable<[([UInt64], Qual)]> = {
        var firsts: [UInt64] = []
        var groups: [[([UInt64], Qual)]] = []
        for (hs, q) in qualifiers {
            if let k = firsts.firstIndex(of: hs[0]) { groups[k].append((hs, q)) } else { firsts.append(hs[0]); groups.append([(hs, q)]) }
        }
        return WordTable(Array(zip(firsts, groups)))
    }()

    /// The longest qualifier phrase at token `i` and the token after it.
    static func qualifier(_ t: SegmentedText, at i: Int) -> (Qual, Int)? {
        guard let group = qualifiersByFirst[t.h(i)] else { return nil }
        for (hs, q) in group where i + hs.count <= t.tokens.count {
            var ok = true
            for (k, h) in hs.enumerated() where t.tokens[i + k].hash != h { ok = false; break }
            if ok { return (q, i + hs.count) }
        }
        return nil
    }

    static let rangeJoin: HashSet64 = Lit.set(["to", "through", "thru", "until", "~"])
    static let orMore: HashSet64 = Lit.set(["more", "greater", "above", "over", "higher", "larger", "bigger"])
    static let orLess: HashSet64 = Lit.set(["less", "fewer", "below", "under", "lower", "smaller"])
    static let timeWords: HashSet64 = Lit.set(["am", "pm", "a", "p", "o'clock", "hrs", "gmt", "utc", "bst", "est", "edt", "pst", "pdt", "cet", "ist", "kst", "jst"])

    public func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        if let shared = context.numbers { return shared }
        return recognize(text, units: NumberRecognizer.units(context), starts: context.starts, scope: context.scope)
    }

    /// When a program calls both this recognizer and one that filters its quantities (`<percent>`,
    /// `<measure>`), so one number pass can serve them all: their `RecognitionTable.bit`s; nil otherwise.
    static func sharedPassBits(program: Program, recognizers: [any Recognizer]) -> UInt64? {
        func bits<R: Recognizer>(_ type: R.Type) -> UInt64 {
            var b: UInt64 = 0
            for i in program.recognizerNames.indices where program.usesRecognizer[i]
                && recognizers.first(where: { $0.name == program.recognizerNames[i] }) is R {
                b |= RecognitionTable.bit(i)
            }
            return b
        }
        let number = bits(NumberRecognizer.self), derived = bits(PercentRecognizer.self) | bits(MeasureRecognizer.self)
        return number != 0 && derived != 0 ? number | derived : nil
    }

    /// The unit table for a context: the one the Extractor built, else the built-in one unless the rule
    /// files add a `unit` lexicon.
    static func units(_ context: RecognizerContext) -> UnitConverter {
        if let u = context.units { return u }
        return context.lexicons["unit"] == nil ? UnitConverter.standard : UnitConverter(lexicons: context.lexicons)
    }

    /// Every match starting in `scope` (nil: anywhere), tried at the tokens where one can start
    /// (`starts.numbers`, found from the text when not given).
    func recognize(_ text: SegmentedText, units: UnitConverter, starts: TokenStarts? = nil, scope: TokenScope? = nil) -> [Recognition] {
        var out: [Recognition] = []
        recognize(text, units: units, starts: starts, scope: scope, nouns: nil, into: &out)
        return out
    }

    /// `recognize(_:units:starts:scope:)` appended to `out` (empty): the extractor's number pass fills
    /// the array of the source before, whose room it keeps (`SourceScratch.numbers`), instead of
    /// allocating one of the candidates' size per source. `nouns`: the room's lemmas made before (nil: each made anew).
    func recognize(_ text: SegmentedText, units: UnitConverter, starts: TokenStarts?, scope: TokenScope?, nouns: CountedNounCache?,
                   into out: inout [Recognition]) {
        let starts = starts ?? TokenStarts(text, units: units)
        let candidates = starts.numbers
        guard !candidates.isEmpty else { return }
        let p = NumberParser(text, starts: starts)
        var i = 0
        var run = 0
        for c in candidates {
            let c = Int(c)
            if c < i { continue }
            if let scope, let j = scope.skip(c, run: &run) { i = j; continue }
            // (The candidate's sentence, which the scope knows: `match` reads its end from it.)
            let sentence = scope?.sentence(run)
            if let r = match(text, p, at: c, units: units, claims: true, sentence: sentence, nouns: nouns),
               sentence.map({ $0.contains(r.tokens.lowerBound) && r.tokens.upperBound <= $0.upperBound }) ?? true {
                let whole = r.tokens, inner = r.parts[.number]?.lowerBound
                // (Room for every candidate, made at the first match: most candidates match nothing. An
                // array kept from the source before most often has the room already.)
                if out.isEmpty { out.reserveCapacity(candidates.count) }
                out.append(r)   // (its last use: moved, not copied)
                // Also the number without its qualifier or prefix unit ("380" in "more than 380", "6.1" in
                // "magnitude 6.1"), so rule patterns that spell those words out still find a <number>.
                if let inner, inner > whole.lowerBound,
                   let bare = match(text, p, at: inner, units: units, claims: true, sentence: sentence, nouns: nouns), bare.tokens.lowerBound == inner {
                    out.append(bare)
                }
                i = whole.upperBound
            } else {
                i = c + 1
            }
        }
    }

    /// Bare numbers only (no qualifiers, ranges, units or claim filters): what a number model returns.
    public func numbers(_ text: SegmentedText) -> [(tokens: Range<Int>, value: Double)] {
        let p = NumberParser(text)
        var out: [(Range<Int>, Double)] = []
        var i = 0
        while i < text.tokens.count {
            if let n = p.parse(at: i) {
                // A number glued to a unit ("180ml", "1m") is a measurement, not a bare number; "one" after a
                // determiner ("the one you mentioned") is a pronoun.
                let gluedUnit = text.kind(n.end) == .word && text.glued(n.end) && UnitConverter.standard.match(text, at: n.end) != nil
                if !gluedUnit && !NumberRecognizer.isPronounOne(text, i, n) { out.append((i..<n.end, n.value)) }
                i = n.end
            } else { i += 1 }
        }
        return out
    }

    static let determiners: HashSet64 = Lit.set(["the", "this", "that", "which", "each", "any", "every", "another", "no", "whichever", "one"])

    static func isPronounOne(_ t: SegmentedText, _ i: Int, _ n: ParsedNumber) -> Bool {
        n.end == i + 1 && t.isWord(i, LitHash.`one`) && t.isAny(i - 1, determiners)
    }

    /// Ordinals ("24th", "twenty-first") with their values.
    public func ordinals(_ text: SegmentedText) -> [(tokens: Range<Int>, value: Int)] {
        let p = NumberParser(text)
        var out: [(Range<Int>, Int)] = []
        var i = 0
        while i < text.tokens.count {
            if let o = p.ordinal(at: i) { out.append((i..<o.end, o.value)); i = o.end } else { i += 1 }
        }
        return out
    }

    // MARK: - One match

    /// Whether a match can start at token `i`: false means `match` is nil there. A number, a dash, a symbol
    /// (comparison sign, currency, vulgar fraction) or a "." before digits may; a word only when it can begin a number,
    /// a qualifier or a prefix unit; anything else only when it begins a prefix unit. `bits` are the token's
    /// `StartWordTable` bits (whether it is a number start word, a vulgar fraction or a prefix unit start).
    @inline(__always)
    static func mayMatch(_ t: SegmentedText, at i: Int, bits: UInt16) -> Bool {
        let tok = t.tokens[i]
        switch tok.kind {
        case .number: return true
        case .dash:
            // A sign: "-9.5" after a space, glued to digits.
            if t.spaced(i) || i == 0, t.kind(i - 1) != .number, t.kind(i + 1) == .number, t.glued(i + 1) { return true }
        case .symbol:
            // Comparison signs, vulgar fractions, a "." before decimals.
            if t.isByte(i, 0x3E) || t.isByte(i, 0x3C) || t.isByte(i, 0x2E) || bits & TokenStarts.vulgar != 0 { return true }
        case .word:
            if bits & TokenStarts.numberWord != 0 {
                let raw = NumberWords.startFlags(tok.hash)
                if NumberWords.startFlags(t, i) & (NumberWords.startsWords | NumberWords.startsSign) != 0 { return true }
                if raw & NumberWords.startsQualifier != 0, NumberRecognizer.qualifier(t, at: i) != nil { return true }
            }
        case .punct:
            // A "." only before digits (".08"): a sentence's full stop starts nothing.
            if t.isByte(i, 0x2E), t.kind(i + 1) == .number { return true }
        case .ordinal, .quote: break
        }
        return bits & TokenStarts.prefixUnit != 0
    }

    func match(_ t: SegmentedText, at i0: Int, units: UnitConverter, claims: Bool) -> Recognition? {
        match(t, NumberParser(t), at: i0, units: units, claims: claims)
    }

    /// `sentence`: when known, the tokens of a sentence of `t` (its sentences tiling its tokens), most often
    /// the one the match starts in: the end of the sentence holding a token inside it is read from it,
    /// not looked up. `nouns`: where counted nouns' lemmas and `of` attributes made before are kept (nil:
    /// each made anew).
    func match(_ t: SegmentedText, _ p: NumberParser, at i0: Int, units: UnitConverter, claims: Bool,
               sentence: Range<Int>? = nil, nouns: CountedNounCache? = nil) -> Recognition? {
        var i = i0
        var qual: Qual? = nil
        var qualText: String? = nil
        var qualEnd = i0
        // Comparison symbols: ">10", ">= 30", "< = 100", "<-30".
        if t.kind(i) == .symbol, t.isByte(i, 0x3E) || t.isByte(i, 0x3C) {
            // "<>30", "=>30", "=<30" are not comparisons.
            if t.glued(i), t.isByte(i - 1, 0x3D) || t.isByte(i - 1, 0x3C) { return nil }
            if t.isByte(i + 1, 0x3E) { return nil }
            let gt = t.isByte(i, 0x3E)
            var j = i + 1
            var eq = false
            if t.isByte(j, 0x3D) { eq = true; j += 1 }
            qual = gt ? (eq ? .ge : .gt) : (eq ? .le : .lt)
            qualText = gt ? (eq ? ">=" : ">") : (eq ? "<=" : "<")
            qualEnd = j
        } else if t.kind(i) == .word {
            // (Every qualifier begins with a word.)
            if let (q, e) = NumberRecognizer.qualifier(t, at: i) {
                qual = q; qualEnd = e   // its text is read once a number follows
            }
        }
        // "more than half", "about a third": the number starts after the qualifier.
        i = qualEnd
        if t.isWord(i, LitHash.`the`) && (qual == .between) { i += 1 }
        // Prefix units: "$5", "US$ 1MM", "magnitude 6.1", "€20".
        var unit: UnitConverter.UnitInfo? = nil
        var unitRange: Range<Int>? = nil
        // (Asked only at a word that starts a prefix form: most matches start at digits, where the form
        // lookup found nothing at the cost of a call.)
        if units.mayStartPrefix(t.h(i)), let (u, e) = units.match(t, at: i, prefix: true) {
            var e2 = e
            if t.isDash(e2) && t.glued(e2) { e2 += 1 }
            if p.parse(at: e2) != nil { unit = u; unitRange = i..<e; i = e2 }
        }
        // Digits glued inside a larger token ("Covid-19", "SCP-173", "q=30%25", "A4") are part of a name, code or URL.
        if i == i0, t.kind(i) == .number, t.glued(i), isEmbedded(t, i) { return nil }
        guard var first = p.parse(at: i) ?? (qual != nil && t.isDash(i) && t.glued(i + 1) ? p.parse(at: i + 1).map { n in var n = n; n.value = -n.value; return n } : nil) else { return nil }
        if qual != nil, qualText == nil { qualText = t.string(tokens: i0..<qualEnd).lowercased() }
        if qual == nil, unit == nil, first.form != .digits || true {
            // A bare word number is only a claim when it is a number word, not "one of", "a", "some".
        }
        if claims, let why = notAClaim(t, p, start: i, first) { _ = why; return nil }
        if claims, first.form == .words, first.end == i + 1, t.isWord(i, LitHash.`one`), !t.isCapitalized(i) || true {
            // "one" alone is usually a pronoun ("one of the", "the one who"): only a count with a noun after it.
            let next = t.h(first.end)
            if next == NumberWords.of || CountedNoun.stop.contains(next) || t.kind(first.end) != .word { return nil }
        }
        var end = first.end
        var minV: Double? = first.value
        var maxV: Double? = first.value
        var lowerOpen = false, upperOpen = false
        var approximate = first.vague
        var suspect = first.suspect
        if first.vague {
            // "hundreds of" 200–999, "dozens of" 24–143, "tens of thousands" 20,000–99,999.
            minV = 2 * first.value; maxV = 10 * first.value - 1
            if t.isWord(end, NumberWords.of) == false && NumberWords.vagueScale[t.h(i)] != nil && !t.isWord(end, NumberWords.of) {
                // "for hours", "thousands" alone still count.
            }
        }
        // Glued or spaced unit / percent after the first number.
        func unitAfter(_ j: Int) -> (UnitConverter.UnitInfo, Int)? {
            var k = j
            if t.isDash(k), t.glued(k), t.glued(k + 1) { k += 1 }   // "3-inch", "six-mile"
            // (The unit table is asked only at a token some form starts with: after most numbers comes a
            // word of no unit, which the form lookup turned away at the cost of a call.)
            guard units.mayStartForm(t.h(k)) else { return nil }
            if let (u, e) = units.match(t, at: k, prefix: false) { return (u, e) }
            // Suffix forms of prefix-listed units that also read as suffixes ("USD", "EUR").
            if units.mayStartPrefix(t.h(k)), let (u, e) = units.match(t, at: k, prefix: true), u.dimension.hasPrefix("currency"),
               t.kind(k) == .word { return (u, e) }
            return nil
        }
        var firstUnit: (UnitConverter.UnitInfo, Int)? = nil
        var firstUnitStart = end
        if unit == nil, let (u, e) = unitAfter(end) {
            // A spaced one-letter unit ("5 m", "2 C") is too ambiguous in prose; glued only.
            if !(t.length(e - 1) == 1 && t.kind(e - 1) == .word && t.spaced(end) && e - end == 1) {
                firstUnit = (u, e)
                if t.isDash(end), t.glued(end), t.glued(end + 1) { firstUnitStart = end + 1 }   // as `unitAfter` reads it
            }
        }
        // Ranges: "20 to 30", "20-30", "80%-90%", "between 20 and 30", "from 200 to 300".
        var afterFirst = firstUnit?.1 ?? end
        var isRange = false
        if qual == .between || qual == .from || qual == nil || qual == .about || qual == .nearly {
            var j = afterFirst
            var joined = false
            if qual == .between, t.isWord(j, NumberWords.and) { j += 1; joined = true }
            else if t.isAny(j, NumberRecognizer.rangeJoin) { j += 1; joined = true }
            else if t.isDash(j) { j += 1; joined = true }
            if joined, t.isWord(j, LitHash.`the`), qual == .between { j += 1 }
            if joined, let second = (qual == .between ? p.parseUnsigned(at: j) : p.parse(at: j)) ?? nil {
                var lo = first.value, hi = second.value
                // "20 to 30 million": the scale applies to both ends.
                if let s = NumberWords.scale[t.h(second.end - 1)], s >= 1000, lo * s <= hi, lo < s { lo = NumberParser.scaled(lo, by: s) }
                else if let s = NumberWords.suffix[t.h(second.end - 1)], second.form == .mixed, lo * s <= hi, first.form == .digits, lo < s, t.kind(first.end) != .word { lo = NumberParser.scaled(lo, by: s) }
                // "25 % to 34,500 tonnes" joins two different measurements, not a range.
                let secondUnit = unitAfter(second.end)?.0.canonical
                let unitsClash = firstUnit != nil && secondUnit != nil && firstUnit!.0.canonical != secondUnit
                if lo <= hi && !(t.isDash(j - 1) && isPhoneLike(t, i)) && !unitsClash {
                    minV = lo; maxV = hi; end = second.end; isRange = true
                    suspect = suspect ?? second.suspect
                    afterFirst = end
                    if let (u, e) = unitAfter(end) { firstUnit = (u, e) }
                    else if firstUnit != nil { /* "80%-90" keeps the first unit */ }
                }
            }
            if !isRange && (qual == .between || qual == .from) { qual = nil; qualText = nil; if qualEnd != i { return nil } }
        }
        if let (u, e) = firstUnit, unit == nil {
            if e < afterFirst {
                // "80%-90": the unit after the first number serves the whole range, which keeps its end.
                unit = u; unitRange = firstUnitStart..<e
            } else {
                unit = u; unitRange = (e - 1 < afterFirst ? afterFirst..<e : (t.isDash(afterFirst) ? afterFirst + 1 : afterFirst)..<e); end = e
            }
        }
        // A compound measure: "5 ft 2 in", "6 feet and 1 inch", "7 lb 4 oz", "1 m 80 cm". A smaller unit of
        // the same dimension right after the measure adds to it, in the first unit.
        if let u = unit, !u.prefix, !isRange, !first.vague, let (extra, e) = compoundPart(t, p, after: end, of: u, units: units) {
            // Before the qualifier and any second bound read the value ("more than 6 ft 2 in and less than 7 ft").
            first.value += extra
            minV = first.value
            maxV = first.value
            end = e
        }
        // Qualifier semantics.
        if let q = qual, !isRange {
            let v = first.value
            switch q {
            case .gt: minV = v; maxV = nil; lowerOpen = true
            case .ge: minV = v; maxV = nil
            case .lt: minV = nil; maxV = v; upperOpen = true
            case .le: minV = nil; maxV = v
            case .nearly: maxV = v; minV = nil; approximate = true
            case .about: approximate = true
            case .equal, .between, .from: break
            }
            if first.vague, q == .about { minV = 2 * v; maxV = 10 * v - 1 }
        } else if qual == .about || qual == .nearly {
            approximate = true
        }
        // Postfix: "6,000-plus", "6,000+", "500 or more", "200 or greater", "500 or less", "50 or so".
        if t.isDash(end), t.glued(end), t.isWord(end + 1, LitHash.`plus`) || (t.isWord(end, LitHash.`plus`)) {
            minV = minV ?? first.value; maxV = nil; end += 2
        } else if t.isByte(end, 0x2B), t.glued(end) {
            minV = minV ?? first.value; maxV = nil; end += 1
        } else if t.isWord(end, LitHash.`or`) || t.isWord(end, NumberWords.and), !isRange {
            // "500 or more" — but not "more than 10 and less than 20" (a second bound follows).
            let nextIsBound = p.parse(at: end + 2) != nil || t.isWord(end + 2, LitHash.`or`) || t.isWord(end + 2, LitHash.`equal`)
                || (t.isWord(end + 2, LitHash.`than`) && end + 3 < t.sentenceEnd(end) && !t.isByte(end + 3, 0x2E))
            if t.isAny(end + 1, NumberRecognizer.orMore), !nextIsBound {
                minV = first.value; maxV = nil; end += 2
                if t.isWord(end, LitHash.`than`) { end += 1 }
            } else if t.isAny(end + 1, NumberRecognizer.orLess), !nextIsBound {
                minV = nil; maxV = first.value; end += 2
                if t.isWord(end, LitHash.`than`) { end += 1 }
            } else if t.isWord(end, LitHash.`or`), t.isWord(end + 1, LitHash.`so`) {
                approximate = true; end += 2
            } else if t.isWord(end, LitHash.`or`), t.isWord(end + 1, LitHash.`equal`), qual == .gt || qual == .lt,
                      p.parse(at: end + 2) == nil, !(t.isWord(end + 2, LitHash.`to`) && p.parse(at: end + 3) != nil) {
                if qual == .gt { lowerOpen = false } else { upperOpen = false }
                end += 2
                if t.isWord(end, LitHash.`to`) { end += 1 }
            }
        }
        // Two one-sided bounds joined: "more than 10 and less than 20", "at most 100 and at least 20".
        if let q = qual, !isRange, q == .gt || q == .ge || q == .lt || q == .le {
            var j = end
            if t.isWord(j, NumberWords.and) || t.isWord(j, LitHash.`but`) || t.isByte(j, 0x2C) { j += 1 }
            if j > end, let other = match(t, p, at: j, units: units, claims: false, nouns: nouns), case .quantity(let oq) = other.value,
               other.attributes["qualifier"] != nil, oq.min == nil || oq.max == nil {
                let lo = minV ?? oq.min, hi = maxV ?? oq.max
                if let lo, let hi, lo < hi, (minV == nil) != (oq.min == nil) {
                    if minV == nil { lowerOpen = oq.lowerOpen } else { upperOpen = oq.upperOpen }
                    minV = lo; maxV = hi; end = other.tokens.upperBound
                    qualText = (qualText ?? "") + " … " + (other.attributes["qualifier"] ?? "")
                }
            }
        }
        _ = first
        first.end = end
        // What is counted.
        var of: String? = nil
        var noun: Range<Int>? = nil
        var entry = -1   // the lemma's `nouns` entry
        if unit == nil {
            let last = max(0, end - 1)
            let limit = sentence.flatMap { $0.contains(last) ? $0.upperBound : nil } ?? t.sentenceEnd(last)
            if let r = CountedNoun.find(t, after: end, limit: limit) {
                noun = r
                if let nouns { let l = nouns.lemma(t, r.upperBound - 1); of = l.lemma; entry = l.entry } else { of = CountedNoun.lemma(t, r.upperBound - 1) }
            }
        }
        // Parts and attributes built in name order (noun, number, unit; of, qualifier, vague): the parts
        // inline, the attributes in one allocation, instead of a search and a rebuild per assignment.
        let number = i..<first.end
        let parts: RecognitionParts
        switch (noun, unitRange) {
        case let (n?, u?): parts = RecognitionParts(.noun, n, .number, number, .unit, u)
        case let (n?, nil): parts = RecognitionParts(.noun, n, .number, number)
        case let (nil, u?): parts = RecognitionParts(.number, number, .unit, u)
        case (nil, nil): parts = RecognitionParts(.number, number)
        }
        // (A number counting only a noun takes its attributes from `nouns`: one per lemma, shared.)
        let attributes = entry >= 0 && qualText == nil && !first.vague ? nouns!.ofOnlyAttributes(entry)
            : NumberRecognizer.attributes(of: of, qualifier: qualText, vague: first.vague)
        let start = min(i0, unitRange?.lowerBound ?? i0)
        // (A quantity with neither bound is the first value: set before the quantity is made, which is then
        // moved into the recognition instead of copied after a change.)
        if minV == nil && maxV == nil { minV = first.value }
        let q = Quantity(min: minV, max: maxV, unit: unit?.canonical, of: of, approximate: approximate, suspect: suspect?.text,
                         lowerOpen: lowerOpen, upperOpen: upperOpen)
        return Recognition(tokens: start..<end, value: .quantity(q), parts: parts, attributes: attributes)
    }

    /// The attributes `of`, `qualifier` and `vague` (those set), in key order, without an array of the strings:
    /// encoded (as `Attributes` stores them) into a stack buffer and copied out once, so the one allocation is
    /// the storage's own (a zero-filled array of the exact size costs an unspecialized allocation per number).
    static func attributes(of: String?, qualifier: String?, vague: Bool) -> Attributes {
        if of == nil && qualifier == nil { return vague ? NumberRecognizer.vagueOnly : Attributes() }
        // Each key or value: its UTF-8 length (LEB128, at most 10 bytes) and its bytes.
        var size = vague ? 12 : 0   // "vague" "true": 1 + 5 + 1 + 4
        if let of { size += 3 + 10 + of.utf8.count }   // "of"
        if let qualifier { size += 10 + 10 + qualifier.utf8.count }   // "qualifier"
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { out in
            let base = out.baseAddress!
            var at = base
            if let of { NumberRecognizer.put("of" as StaticString, at: &at); NumberRecognizer.put(of, at: &at) }
            if let qualifier { NumberRecognizer.put("qualifier" as StaticString, at: &at); NumberRecognizer.put(qualifier, at: &at) }
            if vague { NumberRecognizer.put("vague" as StaticString, at: &at); NumberRecognizer.put("true" as StaticString, at: &at) }
            return Attributes(encoded: Array(UnsafeBufferPointer(start: base, count: at - base)))
        }
    }

    /// Writes `s` as `Attributes` encodes it (its UTF-8 length as LEB128, then its bytes) at `at`; moves `at` past it.
    @inline(__always)
    private static func put(_ s: StaticString, at: inout UnsafeMutablePointer<UInt8>) {
        put(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount), at: &at)
    }

    @inline(__always)
    private static func put(_ s: String, at: inout UnsafeMutablePointer<UInt8>) {
        var s = s
        s.withUTF8 { put($0, at: &at) }
    }

    @inline(__always)
    private static func put(_ u: UnsafeBufferPointer<UInt8>, at: inout UnsafeMutablePointer<UInt8>) {
        var n = u.count
        while n >= 0x80 { at.pointee = UInt8(truncatingIfNeeded: n) | 0x80; at += 1; n >>= 7 }
        at.pointee = UInt8(n)
        at += 1
        if let from = u.baseAddress, u.count > 0 { at.initialize(from: from, count: u.count) }
        at += u.count
    }

    static let vagueOnly = Attributes(sortedKeysAndValues: ["vague", "true"])

    /// The second part of a compound measure after `j` ("2 in" after "5 ft", "and 4 oz" after "7 lb"): its
    /// value in `unit`, and where it ends. The part must be a plain number under one `unit` (at most 11
    /// inches after feet) in a smaller unit of the same dimension; "in" reads as inches only after feet.
    func compoundPart(_ t: SegmentedText, _ p: NumberParser, after j: Int, of unit: UnitConverter.UnitInfo,
                      units: UnitConverter) -> (Double, Int)? {
        guard unit.offset == 0 else { return nil }
        var k = j
        if t.isWord(k, NumberWords.and) { k += 1 }
        guard t.kind(k) == .number || t.kind(k) == .word, let n = p.parse(at: k), !n.vague, n.value >= 0 else { return nil }
        var second: (UnitConverter.UnitInfo, Int)?
        if let (u2, e) = units.match(t, at: n.end, prefix: false), u2.dimension == unit.dimension, u2.offset == 0, u2.factor < unit.factor {
            second = (u2, e)
        } else if unit.canonical == "ft", t.isWord(n.end, NumberRecognizer.inWord), let inch = units.units["in"] {
            second = (inch, n.end + 1)
        }
        guard let (u2, e) = second, n.value * u2.factor < unit.factor else { return nil }
        return (n.value * u2.factor / unit.factor, e)
    }

    static let inWord = Lit.h("in")

    // MARK: - What is not a claim

    /// Why the number at `i` is not a quantity claim (a year, a time, a phone number, list numbering, a day of a month).
    func notAClaim(_ t: SegmentedText, _ p: NumberParser, start i: Int, _ n: ParsedNumber) -> String? {
        if n.form == .digits {
            if n.end == i + 1, YearReading.isYear(t, at: i) { return "year" }
            if isPhoneLike(t, i) { return "phone number or digit chain" }
            // Times: "10:30", "9 p.m.", "10pm", "11.41 a.m."
            if t.isByte(n.end, 0x3A), t.kind(n.end + 1) == .number { return "time" }
            if t.isByte(i - 1, 0x3A), t.glued(i), t.kind(i - 2) == .number { return "time" }
            // ("a" and "p" only before ".m": "50p" is pence, a unit.)
            if t.isAny(n.end, NumberRecognizer.timeWords), !(t.isWord(n.end, NumberWords.a) || t.isWord(n.end, LitHash.`p`))
                || (t.isByte(n.end + 1, 0x2E) && t.isWord(n.end + 2, LitHash.`m`)) { return "time" }
            // List numbering: "1." or "2)" opening a line.
            if t.tokens[i].flags.contains(.newlineBefore) || t.tokens[i].flags.contains(.paragraphStart) || i == 0,
               t.isByte(n.end, 0x2E) || t.isByte(n.end, 0x29), t.glued(n.end) { return "list number" }
            // Day of a month: "June 19", "19 June".
            if MonthNames.month(t, at: i - 1) != nil || MonthNames.month(t, at: n.end) != nil, n.value >= 1, n.value <= 31, n.isInteger { return "day of month" }
            if t.isByte(i - 1, 0x23) || t.isWord(i - 2, LitHash.`no`) && t.isByte(i - 1, 0x2E) { return "numbering" }
        }
        return nil
    }

    /// Whether the number at `i` continues the token before it (no space): a word ("A4", "G7"), a word and a
    /// hyphen ("Covid-19"), or URL punctuation (`%` `=` `/` `&` `?` `#` `_`).
    func isEmbedded(_ t: SegmentedText, _ i: Int) -> Bool {
        let prev = i - 1
        guard prev >= 0 else { return false }
        if t.kind(prev) == .word || t.kind(prev) == .number { return true }
        if t.isDash(prev), t.glued(prev), t.kind(prev - 1) == .word { return true }
        guard t.length(prev) == 1 else { return false }
        switch t.firstByte(prev) {
        case 0x25, 0x3D, 0x26, 0x3F, 0x23, 0x5F: return true
        case 0x2F: return t.kind(prev - 1) != .number
        default: return false
        }
    }

    /// "+1-202-555-0100", "555-0100-22", "192.168.1.2", "(02) 9876 5432": digits in chains of three or more
    /// groups joined by dashes, dots or slashes without spaces, or after a glued "+".
    func isPhoneLike(_ t: SegmentedText, _ i: Int) -> Bool {
        if t.isByte(i - 1, 0x2B), t.glued(i) { return true }
        // Walk the glued chain around i.
        var a = i, b = i
        while a - 2 >= 0, t.glued(a), (t.isDash(a - 1) || t.isByte(a - 1, 0x2F)), t.glued(a - 1), t.kind(a - 2) == .number { a -= 2 }
        while b + 2 < t.tokens.count, t.glued(b + 1), (t.isDash(b + 1) || t.isByte(b + 1, 0x2F)), t.glued(b + 2), t.kind(b + 2) == .number { b += 2 }
        let groups = (b - a) / 2 + 1
        return groups >= 3
    }

    // MARK: - Corpus

    public var examples: [RecognizerExample] { NumberRecognizer.corpus }

    static let corpus: [RecognizerExample] = {
        var c: [RecognizerExample] = []
        func ex(_ value: String, _ forms: [(String, String)]) { for (text, m) in forms { c.append(RecognizerExample(text, match: m, value: value)) } }
        ex("13500", [("a crowd of 13,500 at the stadium", "13,500"), ("Thirteen thousand five hundred at the stadium", "Thirteen thousand five hundred"), ("13.5 thousand at the stadium", "13.5 thousand")])
        ex("1.5", [("the level rose 1.5 on the scale", "1.5"), ("one and a half on the scale", "one and a half"), ("one point five on the scale", "one point five")])
        ex("24965218", [("a population of 24,965,218 by census", "24,965,218")])
        ex("2 (ferry)", [("two ferries sank", "two")])
        ex("24 (ferry)", [("twenty-four ferries sank", "twenty-four"), ("twenty four ferries sank", "twenty four"), ("24 ferries sank", "24"), ("two dozen ferries sank", "two dozen")])
        ex("200 (ferry)", [("two hundred ferries sank", "two hundred"), ("a total of 200 ferries sank", "200")])
        ex("12 (ferry)", [("a dozen ferries sank", "a dozen"), ("twelve ferries sank", "twelve")])
        ex("~200–999 (ferry)", [("hundreds of ferries sank", "hundreds")])
        ex("~2000000–9999999 (ferry)", [("millions of ferries sank", "millions")])
        ex("0.25 (ferry)", [("a quarter of ferries sank", "a quarter")])
        ex("0.5", [("half of the ferries sank", "half")])
        ex("0.3333333333333333", [("a third of the ferries sank", "a third")])
        ex("0.2", [("sales fell by a fifth in May", "a fifth")])
        ex("0.3333333333333333", [("one out of three said no", "one out of three")])
        // After a verb and before a noun, "out of" joins a part to its whole: two numbers ("won 12 out of 90
        // seats" is no 0.13 seats); a share stays a fraction.
        ex("12", [("the Greens won 12 out of 90 contested seats", "12")])
        ex("0.9 (doctor)", [("Nine out of 10 doctors said it was safe", "Nine out of 10")])
        // An ordinal before a noun is a place in a series, not a share.
        c.append(.none("A sixth person was arrested on Thursday", match: "A sixth"))
        c.append(.none("Smoke came from a ninth-floor flat", match: "a ninth"))
        c.append(.none("She won a third term in office", match: "a third"))
        c.append(.none("A fifth British soldier died in the attack", match: "A fifth"))
        ex("1500000 (ferry)", [("1.5 million ferries sank", "1.5 million"), ("one and a half million ferries sank", "one and a half million")])
        ex("2300000000 USD", [("a $2.3bn loan", "$2.3bn"), ("a 2.3 billion dollars loan", "2.3 billion dollars")])
        // (4.1 × 1e9 is 4099999999.9999995 in floating point: a scaled figure is its whole number.)
        ex("4100000000 USD", [("revenue of $4.1bn", "$4.1bn"), ("revenue of 4.1 billion dollars", "4.1 billion dollars"), ("revenue of $4,100,000,000", "$4,100,000,000")])
        ex("≥6000 (ferry)", [("6,000-plus ferries sank", "6,000-plus"), ("6,000 or more ferries sank", "6,000 or more")])
        ex("80–90 percent", [("support was 80%-90% in the poll", "80%-90%"), ("support was 80 to 90 percent in the poll", "80 to 90 percent"), ("support was between 80 and 90 per cent", "between 80 and 90 per cent")])
        ex("20–30 (guard)", [("20 to 30 Marten border guards crossed", "20 to 30"), ("between 20 and 30 Marten border guards crossed", "between 20 and 30"), ("20-30 Marten border guards crossed", "20-30")])
        ex(">380 (victim)", [("more than 380 victims were found", "more than 380"), ("over 380 victims were found", "over 380")])
        ex("≥380 (victim)", [("at least 380 victims were found", "at least 380"), ("no fewer than 380 victims were found", "no fewer than 380")])
        ex("~≤900 (home)", [("nearly 900 homes flooded", "nearly 900"), ("almost 900 homes flooded", "almost 900")])
        // A lone letter after the number is a unit or a label, never what it counts (a spaced one-letter unit
        // is too ambiguous to read as one: "some 420 m" stays a bare number).
        ex("~420", [("the shaft failed at some 420 m, officials said", "some 420")])
        ex("~900 (home)", [("about 900 homes flooded", "about 900"), ("around 900 homes flooded", "around 900"), ("some 900 homes flooded", "some 900"), ("roughly 900 homes flooded", "roughly 900")])
        ex("≤700 (worker)", [("plans to cut up to 700 workers", "up to 700")])
        ex("<1000 (panda)", [("fewer than 1,000 pandas remain", "fewer than 1,000"), ("fewer than a thousand pandas remain", "fewer than a thousand")])
        ex("1881 (injured)", [("with 1,881 injured in the quake", "1,881")])
        ex("398 (death)", [("398 deaths were recorded", "398")])
        ex("101 (storey)", [("the 101-story tower", "101"), ("the 101-storey tower", "101"), ("a tower of 101 floors", "101")])
        ex("10 km", [("a 10 km walk", "10 km"), ("a 10km walk", "10km"), ("a 10-kilometre walk", "10-kilometre"), ("a ten kilometre walk", "ten kilometre")])
        ex("~6 mile", [("about six miles away", "about six miles")]);ex("6 mile", [("the 6-mile trail", "6-mile")])
        ex("6.1 magnitude", [("a magnitude 6.1 earthquake", "magnitude 6.1"), ("a magnitude-6.1 quake", "magnitude-6.1"), ("measured 6.1 on the Richter scale", "6.1 on the Richter scale")])
        ex("6.1 km", [("a depth of 6.1 km", "6.1 km")])
        // Compound measures, in the first unit.
        ex("6.5 ft", [("the suspect is 6 ft 6 in tall", "6 ft 6 in"), ("the suspect is 6 feet and 6 inches tall", "6 feet and 6 inches"),
                      ("the suspect is six feet six inches tall", "six feet six inches")])
        ex("7.25 lb", [("the baby weighed 7 lb 4 oz at birth", "7 lb 4 oz")])
        ex(">6.5 ft", [("the suspect is more than 6 ft 6 in tall", "more than 6 ft 6 in")])
        ex("6.5–7 ft", [("heights of more than 6 ft 6 in and less than 7 ft were seen", "more than 6 ft 6 in and less than 7 ft")])
        ex("150 µg", [("a dose of 150 micrograms daily", "150 micrograms"), ("a dose of 150 μg daily", "150 μg"), ("a dose of 150 mcg daily", "150 mcg")])
        ex("5 mg", [("a 5 mg tablet", "5 mg"), ("a 5mg tablet", "5mg")])
        ex("1.8 m", [("the wall is 1m 80cm high", "1m 80cm"), ("the wall is 1 metre 80 cm high", "1 metre 80 cm")])
        ex("6 ft", [("he ran 6 feet in 2 seconds", "6 feet"), ("the wall is 6 feet 20 inches off", "6 feet")])
        ex("24966218 [suspect: digit group of 6 after a thousands separator]", [("a census count of 24,966218 was cited", "24,966218")])
        ex("135000 [suspect: digit group of 4 after a thousands separator]", [("a crowd of 13,5000 gathered", "13,5000")])
        ex("1231000 [suspect: digit group of 4 before a thousands separator]", [("a figure of 1231,000 was quoted", "1231,000")])
        ex("7.4 [suspect: decimal comma (European style?)]", [("inflation of 7,4 was cited", "7,4")])
        ex("-5 percent", [("growth of minus five percent", "minus five percent")])
        ex("40000", [("a fee of 40 000 was paid", "40 000")])
        ex("5000000 USD", [("a $5m grant", "$5m"), ("a $5 million grant", "$5 million")])
        ex("10000 (race)", [("a 10k race", "10k")])
        c.append(.none("Call +1-202-555-0100 for tickets", match: "202"))
        c.append(.none("Call 202-555-0100 for tickets", match: "555"))
        c.append(.none("The summit took place in 2019 in Hanoi", match: "2019"))
        c.append(.none("They met at 10:30 in the hall", match: "10"))
        c.append(.none("They met at 9 p.m. in the hall", match: "9"))
        c.append(.none("They met on June 19 in the hall", match: "19"))
        c.append(.none("1. Bring water\n2. Bring food", match: "2"))
        c.append(.none("She was the one who spoke", match: "one"))
        c.append(.none("one of the speakers left", match: "one"))
        c.append(.none("He finished 24th in the race", match: "24th"))
        c.append(.none("The server at 192.168.1.2 failed", match: "168"))
        c.append(.none("Covid-19 cases rose", match: "19"))
        c.append(.none("See example.org/search?q=30%25 for more", match: "30"))
        ex("20–30 percent", [("the share rose from 20 to 30 percent", "from 20 to 30 percent")])
        ex("25 percent", [("output rose 25 % to 34,500 tonnes", "25 %")])
        ex("80–90 percent", [("support was 80%-90 in the poll", "80%-90")])
        return c
    }()
}
