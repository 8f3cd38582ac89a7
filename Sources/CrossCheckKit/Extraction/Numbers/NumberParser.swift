/// Reads one number starting at a token: digits with separators ("13,500", "1.5", "24,965,218"), digit
/// groups separated by a space ("40 000"), multiplier suffixes ("2.3bn", "10k", "1.5 million"), spelled
/// cardinals ("two hundred and sixty-one"), fractions ("two thirds", "3/4", "one and a half", "a quarter"),
/// dozens ("half a dozen"), decimals in words ("five point two"), and ordinals ("24th", "twenty-first").
///
/// Works on token hashes and bytes only. Malformed digit groups ("24,966218", "13,5000", "1231,000", "7,4") are read
/// and flagged `suspect` with a reason instead of being guessed silently.
struct NumberParser: Sendable {
    /// The text's bytes and tokens (not the whole text: two references to copy, not four).
    let t: TokenView
    /// Numbers read before (`TokenStarts.parsed`): token indices ascending, and `parse(at:)` at each.
    private let readAt: ArraySlice<Int32>
    private let read: [ParsedNumber?]

    init(_ t: SegmentedText) {
        self.t = TokenView(t)
        readAt = ArraySlice()
        read = []
    }

    /// A parser that answers `parse(at:)` from the numbers `starts` read, where it read one.
    init(_ t: SegmentedText, starts: TokenStarts) {
        self.t = TokenView(t)
        readAt = starts.numbers
        read = starts.parsed
    }

    // MARK: - Digits

    /// The value of a number token, with a reason when its separators are malformed.
    ///
    /// The token is read as digit groups, each with the separator byte before it (none before the first);
    /// the rules below look at the groups' lengths and separators, counted in place without building a list.
    func digits(_ i: Int) -> (value: Double, suspect: ParsedNumber.Suspect?, integer: Bool)? {
        guard t.kind(i) == .number else { return nil }
        let s = Int(t.tokens[i].start), e = Int(t.tokens[i].end)
        let text = t.text
        var groupCount = 1, commas = 0, dots = 0
        var firstLen = -1
        for p in s..<e {
            let b = text[p]
            if b < 0x30 || b > 0x39 {
                if firstLen < 0 { firstLen = p - s }
                groupCount += 1
                if b == 0x2C { commas += 1 } else if b == 0x2E { dots += 1 }
            }
        }
        func intValue(upTo end: Int) -> Double {
            var v = 0.0
            for p in s..<end { let b = text[p]; if b >= 0x30 && b <= 0x39 { v = v * 10 + Double(b - 0x30) } }
            return v
        }
        if groupCount == 1 { return (intValue(upTo: e), nil, true) }
        func decimal(intPart: Double, fracStart: Int) -> Double {
            var f = 0.0, scale = 0.1
            for p in fracStart..<e { let b = text[p]; if b >= 0x30 && b <= 0x39 { f += Double(b - 0x30) * scale; scale /= 10 } }
            return intPart + f
        }
        /// Whether `ok(index, separator before, length)` holds for every group; stops at the first that fails.
        func allGroups(_ ok: (Int, UInt8, Int) -> Bool) -> Bool {
            var k = 0, sep: UInt8 = 0, len = 0
            for p in s..<e {
                let b = text[p]
                if b >= 0x30 && b <= 0x39 { len += 1 } else {
                    if !ok(k, sep, len) { return false }
                    k += 1; sep = b; len = 0
                }
            }
            return ok(k, sep, len)
        }
        let n = groupCount
        let join = intValue(upTo: e)
        // Position of the last separator.
        var lastSep = e - 1
        while lastSep > s, text[lastSep] >= 0x30 && text[lastSep] <= 0x39 { lastSep -= 1 }
        let lastLen = e - lastSep - 1
        if dots == 0 {
            // Only commas: thousands groups of three ("24,965,218"), Indian grouping ("12,34,567"),
            // a European decimal ("7,4"), or malformed groups ("24,966218", "13,5000").
            if firstLen <= 3 && allGroups({ k, _, len in k == 0 || len == 3 }) { return (join, nil, true) }
            if firstLen <= 2 && n >= 3 && allGroups({ k, _, len in k == 0 || k == n - 1 || len == 2 }) && lastLen == 3 {
                return (join, nil, true)
            }
            if commas == 1 && lastLen <= 2 {
                return (decimal(intPart: intValue(upTo: lastSep), fracStart: lastSep + 1), .init(reason: .decimalComma), false)
            }
            var bad = -1
            _ = allGroups { k, _, len in
                if k >= 1 && len != 3 { bad = len; return false }
                return true
            }
            // Every later group has three digits: the first one is too long ("1231,000").
            if bad < 0 { return (join, .init(reason: .longFirstGroup, length: Int32(firstLen)), true) }
            return (join, .init(reason: .badGroup, length: Int32(bad)), true)
        }
        if commas == 0 {
            if dots == 1 { return (decimal(intPart: intValue(upTo: lastSep), fracStart: lastSep + 1), nil, false) }
            // "1.234.567": dots as thousands separators (European); other dotted chains are not numbers.
            if firstLen <= 3 && allGroups({ k, _, len in k == 0 || len == 3 }) {
                return (join, .init(reason: .dotThousands), true)
            }
            return nil
        }
        // Both: the last separator is the decimal one.
        let decSep = text[lastSep]
        let intVal = intValue(upTo: lastSep)
        let value = decimal(intPart: intVal, fracStart: lastSep + 1)
        let thousands: UInt8 = decSep == 0x2E ? 0x2C : 0x2E
        // Every separator before the last must be the thousands one (groups 1 ... n-2).
        if allGroups({ k, sep, _ in k == 0 || k == n - 1 || sep == thousands }) {
            if decSep == 0x2C { return (value, .init(reason: .decimalCommaDotThousands), false) }
            // The groups between the first and the decimals: all of three, or of two ending in one of three.
            if firstLen <= 3 && allGroups({ k, _, len in k == 0 || k == n - 1 || len == 3 }) { return (value, nil, false) }
            if n >= 3 && allGroups({ k, _, len in k == 0 || k == n - 1 || (k == n - 2 ? len == 3 : len == 2) }) { return (value, nil, false) }
            return (value, .init(reason: .irregularGroups), false)
        }
        return nil
    }

    /// A plain run of digits without separators, at most `maxDigits` long.
    private func plainDigits(_ i: Int, maxDigits: Int) -> Int? {
        guard let v = t.plainInt(i), t.kind(i) == .number, t.digitCount(i) <= maxDigits, t.length(i) == t.digitCount(i) else { return nil }
        return v
    }

    // MARK: - Public entry

    /// The longest number starting at token `i`. Inlined into callers: a word that begins no number is
    /// rejected there with one lookup.
    @inline(__always)
    func parse(at i: Int) -> ParsedNumber? {
        guard i >= 0, i < t.tokenCount else { return nil }
        let tok = t.tokens[i]
        if tok.kind == .word, NumberWords.startFlags(tok.hash) == 0 { return nil }
        if let k = readIndex(i) { return read[k] }
        return parseNumber(at: i)
    }

    /// The index of token `i` in `readAt` (a binary search: a text lists a few dozen numbers).
    private func readIndex(_ i: Int) -> Int? {
        readAt.withUnsafeBufferPointer { r in
            var lo = 0, hi = r.count
            let key = Int32(truncatingIfNeeded: i)
            while lo < hi {
                let mid = (lo + hi) >> 1
                if r[mid] < key { lo = mid + 1 } else { hi = mid }
            }
            return lo < r.count && r[lo] == key ? lo : nil
        }
    }

    private func parseNumber(at i: Int) -> ParsedNumber? {
        if t.tokens[i].kind == .word {
            let f = NumberWords.startFlags(t, i)
            if f & NumberWords.startsSign != 0, var n = parseUnsigned(at: i + 1) { n.value = -n.value; return n }
            return f & NumberWords.startsWords != 0 ? parseWords(at: i) : nil
        }
        // Signs: "-9.5" (a dash after space, glued to the number).
        if t.isDash(i), t.spaced(i) || i == 0, t.kind(i - 1) != .number, i + 1 < t.tokenCount {
            if t.kind(i + 1) == .number, t.glued(i + 1), var n = parseUnsigned(at: i + 1) { n.value = -n.value; return n }
        }
        return parseUnsigned(at: i)
    }

    /// `v` times a scale word or multiplier (`s`: "billion", "bn", "million"). The product of a decimal
    /// fraction and a power of ten misses the whole number it stands for by a rounding error ("4.1bn":
    /// 4.1 × 1e9 = 4099999999.9999995), which showed in reports and made "$4.1bn" and "$4,100,000,000"
    /// two values; a product that close to a whole number is that number.
    static func scaled(_ v: Double, by s: Double) -> Double {
        let p = v * s, r = p.rounded()
        return abs(p - r) <= abs(p) * 1e-12 ? r : p
    }

    func parseUnsigned(at i: Int) -> ParsedNumber? {
        guard i >= 0, i < t.tokenCount else { return nil }
        if t.tokens[i].kind == .word {
            return NumberWords.startFlags(t, i) & NumberWords.startsWords != 0 ? parseWords(at: i) : nil
        }
        // ".08": a leading decimal point.
        if t.isByte(i, 0x2E), t.spaced(i) || i == 0, t.kind(i + 1) == .number, t.glued(i + 1), t.plainInt(i + 1) != nil {
            var f = 0.0, scale = 0.1
            for p in Int(t.tokens[i + 1].start)..<Int(t.tokens[i + 1].end) { f += Double(t.text[p] - 0x30) * scale; scale /= 10 }
            return ParsedNumber(value: f, end: i + 2, form: .digits)
        }
        if t.kind(i) == .number { return parseDigitsPhrase(at: i) }
        if t.kind(i) == .symbol, let v = NumberParser.vulgar[t.h(i)] { return ParsedNumber(value: v, end: i + 1, form: .digits, isFraction: true) }
        if t.kind(i) == .word { return parseWords(at: i) }
        return nil
    }

    /// Vulgar fraction characters.
    static let vulgar = WordTable<Double>(words: [
        ("½", 0.5), ("¼", 0.25), ("¾", 0.75), ("⅓", 1.0 / 3), ("⅔", 2.0 / 3), ("⅕", 0.2), ("⅖", 0.4), ("⅗", 0.6), ("⅘", 0.8),
        ("⅙", 1.0 / 6), ("⅚", 5.0 / 6), ("⅛", 0.125), ("⅜", 0.375), ("⅝", 0.625), ("⅞", 0.875),
    ])

    // MARK: - Digits-led phrases

    private func parseDigitsPhrase(at i: Int) -> ParsedNumber? {
        guard let (v0, suspect, integer) = digits(i) else { return nil }
        var value = v0
        var end = i + 1
        var form = ParsedNumber.Form.digits
        // Space-grouped thousands: "40 000", "1 414 021 100" (a single space, groups of three).
        if suspect == nil, integer, t.length(i) <= 3, t.length(i) == t.digitCount(i) {
            var j = i + 1
            var v = value
            while j < t.tokenCount, t.kind(j) == .number, singleSpace(before: j) {
                if t.length(j) == 3, t.digitCount(j) == 3 { v = v * 1000 + Double(t.plainInt(j)!); j += 1; continue }
                // A last group with decimals: "1 234 567.89"
                if j > i + 1, let dd = digits(j), dd.suspect == nil, !dd.integer, case let dv = dd.value, dv >= 100, dv < 1000, t.text[Int(t.tokens[j].start) + 3] == 0x2E {
                    v = v * 1000 + dv; j += 1
                }
                break
            }
            if j > i + 1 { value = v; end = j }
        }
        // Fractions: "3/4", "2 1/4".
        if end == i + 1, integer, t.isByte(end, 0x2F), t.glued(end), t.kind(end + 1) == .number, t.glued(end + 1),
           let den = plainDigits(end + 1, maxDigits: 4), den > 0, !(t.isByte(end + 2, 0x2F) || t.isDash(end + 2) && t.kind(end + 3) == .number) {
            return ParsedNumber(value: value / Double(den), end: end + 2, form: .digits, isFraction: true)
        }
        if end == i + 1, integer, t.kind(end) == .number, t.spaced(end), t.isByte(end + 1, 0x2F), t.glued(end + 1),
           let num = plainDigits(end, maxDigits: 3), let den = plainDigits(end + 2, maxDigits: 3), t.glued(end + 2), den > num, den > 0 {
            return ParsedNumber(value: value + Double(num) / Double(den), end: end + 3, form: .digits, isFraction: true)
        }
        // Glued multiplier: "10k", "2.3bn", "1.2b", "10M", "1MM", "2mil". A lower-case glued "m" is metres,
        // except right after a currency sign ("$1.5m").
        if end < t.tokenCount, t.kind(end) == .word, t.glued(end) {
            // Lower-case glued "g" is grams and "mm" millimetres ("7.62mm"); upper-case "G" and "MM" are multipliers.
            let lowerUnit = t.firstByte(end) == 0x67 && t.length(end) == 1 || t.isWord(end, LitHash.`mm`) && t.firstByte(end) == 0x6D
            if let m = NumberWords.suffix[t.h(end)], !lowerUnit {
                return ParsedNumber(value: NumberParser.scaled(value, by: m), end: end + 1, form: .mixed, suspect: suspect)
            }
            if t.isWord(end, LitHash.`m`) && (t.firstByte(end) == 0x4D || currencyBefore(i)) {
                return ParsedNumber(value: NumberParser.scaled(value, by: 1e6), end: end + 1, form: .mixed, suspect: suspect)
            }
            return ParsedNumber(value: value, end: end, form: form, suspect: suspect)
        }
        // Spaced multiplier words: "1.5 million", "322 hundred", "10 bln", "2.33 k", "3 dozens".
        var result = ParsedNumber(value: value, end: end, form: form, suspect: suspect)
        // Most numbers end here: the token after them is none of the words read below (one lookup for all).
        if end >= t.tokenCount || !NumberWords.continuesDigits.contains(t.tokens[end].hash) { return result }
        if end < t.tokenCount, t.kind(end) == .word {
            if NumberWords.scale[t.h(end)] != nil || t.isWord(end, NumberWords.dozen) || t.isAny(end, NumberWords.dozens) {
                // Continue as a mixed phrase: "4 thousand 3 hundred and 21".
                if let w = parseCardinalWords(at: i, allowDigits: true) { result = ParsedNumber(value: w.value, end: w.end, form: .mixed, suspect: suspect); form = .mixed }
            } else if t.isWord(end, LitHash.`m`), t.firstByte(end) == 0x4D, t.kind(end + 1) != .word {
                result = ParsedNumber(value: NumberParser.scaled(value, by: 1e6), end: end + 1, form: .mixed, suspect: suspect)
            } else if let m = NumberWords.suffix[t.h(end)], t.length(end) <= 3, !t.isWord(end, LitHash.`b`), !t.isWord(end, LitHash.`g`) || t.firstByte(end) == 0x47 {
                if !(t.isWord(end, LitHash.`mm`) && t.firstByte(end) == 0x6D) && !(t.isWord(end, LitHash.`k`) && t.kind(end + 1) == .word && t.spaced(end + 1) == false) {
                    result = ParsedNumber(value: NumberParser.scaled(value, by: m), end: end + 1, form: .mixed, suspect: suspect)
                }
            }
        }
        // "3 million and a half"
        if result.form == .mixed, let f = andFraction(at: result.end) {
            let s = lastScale(result)
            result.value += f.value * (s >= 1000 ? s : 1); result.end = f.end; result.isFraction = true
        }
        // "2000 over 3", "1 over twenty-one", "2 out of 5"
        if let r = overFraction(result, at: result.end, from: i) { return r }
        _ = form
        return result
    }

    private func lastScale(_ n: ParsedNumber) -> Double {
        let last = n.end - 1
        if let s = NumberWords.scale[t.h(last)] { return s }
        return 1
    }

    private func singleSpace(before j: Int) -> Bool {
        let gapStart = Int(t.tokens[j - 1].end), gapEnd = Int(t.tokens[j].start)
        let gap = gapEnd - gapStart
        if gap == 1 { return t.text[gapStart] == 0x20 }
        if gap == 2 { return t.text[gapStart] == 0xC2 && t.text[gapStart + 1] == 0xA0 }
        if gap == 3 { return t.text[gapStart] == 0xE2 && t.text[gapStart + 1] == 0x80 && (t.text[gapStart + 2] == 0xAF || t.text[gapStart + 2] == 0x89) }
        return false
    }

    private func currencyBefore(_ i: Int) -> Bool {
        guard i > 0, t.kind(i - 1) == .symbol else { return false }
        let b = t.firstByte(i - 1)
        return b == 0x24 || b == 0xE2 || b == 0xC2
    }

    // MARK: - Word phrases

    private struct Cardinal {
        enum Last { case unit, teen, tens, hundred, scale, digits, dozen }
        var value: Double
        var end: Int
        var last: Last
        var usedAnd: Bool
    }

    /// A cardinal in words (digits allowed inside when `allowDigits`): "two hundred and two thousand",
    /// "twenty-one trillion three hundred", "3 hundred and 21", "a hundred", "three dozens".
    private func parseCardinalWords(at i: Int, allowDigits: Bool) -> Cardinal? {
        // Without digits only a cardinal word, "a" or "an" can begin one.
        if !allowDigits, i >= 0, i < t.tokenCount, NumberWords.startFlags(t, i) & NumberWords.startsCardinal == 0 { return nil }
        var total = 0.0, current = 0.0
        var j = i
        var last: Cardinal.Last? = nil
        var lastGoodEnd = i
        var lastGood: (Double, Cardinal.Last)? = nil
        var usedAnd = false
        var pendingAnd = false
        var group = 0.0   // value added since the last "hundred", scale or "and"
        var groupBase = 0.0
        // "a hundred", "a thousand", "a dozen"
        if (t.isWord(j, NumberWords.a) || t.isWord(j, NumberWords.an)),
           NumberWords.scale[t.h(j + 1)] != nil || t.isWord(j + 1, NumberWords.dozen) {
            current = 1; last = .unit; j += 1
        }
        while j < t.tokenCount {
            let h = t.h(j)
            if let v = NumberWords.cardinal[h] {
                let d = Double(v)
                let ok: Bool
                switch last {
                case nil: ok = true
                case .tens?: ok = v >= 1 && v <= 9 && !pendingAnd
                case .hundred?, .scale?: ok = (v < 100)
                default: ok = false
                }
                guard ok else { break }
                if last != .tens { groupBase = current }
                current += d
                last = v < 10 ? .unit : v < 20 ? .teen : .tens
                if v == 0 && (lastGood != nil) { break }
                j += 1
            } else if allowDigits, t.kind(j) == .number, (last == nil || last == .hundred || last == .scale),
                      let v = plainDigits(j, maxDigits: last == nil ? 9 : 3) {
                if last != nil && Double(v) >= (last == .hundred ? 100 : 1000) { break }
                groupBase = current
                current += Double(v); last = .digits; j += 1
                if last == .digits, j < t.tokenCount, t.kind(j) == .number { break }
            } else if allowDigits, last == nil, t.kind(j) == .number, let (v, _, _) = digits(j) {
                current = v; last = .digits; j += 1
            } else if h == LitHash.`hundred`, let l = last, l != .hundred, l != .scale, current > 0, current < 100 || l == .digits && !usedAnd {
                current *= 100; last = .hundred; j += 1; groupBase = current
            } else if let s = NumberWords.scale[h], s > 100, last != nil, last != .scale || current == 0 {
                if current == 0 { total = NumberParser.scaled(total, by: s) } else { total += NumberParser.scaled(current, by: s); current = 0 }
                groupBase = 0
                last = .scale; j += 1
            } else if (t.isWord(j, NumberWords.dozen) || t.isAny(j, NumberWords.dozens)), let l = last, l != .dozen, current > 0 {
                // "three hundred and two dozens": the dozen multiplies the last group only.
                group = current - groupBase
                current = groupBase + group * 12; last = .dozen; j += 1
            } else if t.isDash(j), last == .tens, NumberWords.cardinal[t.h(j + 1)].map({ $0 >= 1 && $0 <= 9 }) == true {
                j += 1; continue
            } else if h == NumberWords.and, (last == .hundred || last == .scale),
                      NumberWords.cardinal[t.h(j + 1)].map({ $0 > 0 }) == true || (allowDigits && t.kind(j + 1) == .number && t.plainInt(j + 1) != 0),
                      !fractionFollows(at: j + 1) {
                // Only inside a number: "three hundred and two", not "twenty and three fifths".
                usedAnd = true; pendingAnd = true; j += 1; groupBase = current; continue
            } else {
                break
            }
            pendingAnd = false
            lastGoodEnd = j
            lastGood = (total + current, last!)
        }
        guard let (v, l) = lastGood else { return nil }
        return Cardinal(value: v, end: lastGoodEnd, last: l, usedAnd: usedAnd)
    }

    /// Whether a fraction ("three quarters", "a half", "fifty-four hundredths") starts at `j`.
    private func fractionFollows(at j: Int) -> Bool {
        if (t.isWord(j, NumberWords.a) || t.isWord(j, NumberWords.an)), denominator(at: j + 1) != nil { return true }
        if t.isWord(j, NumberWords.half) { return true }
        if let c = parseCardinalWords(at: j, allowDigits: false), c.last != .scale, c.last != .hundred, denominator(at: c.end) != nil {
            return true
        }
        return false
    }

    /// "and a half", "and three quarters", "and one fourth", "and fifty-four hundredths" after a whole
    /// number: the fraction's value and end.
    private func andFraction(at j: Int) -> (value: Double, end: Int)? {
        guard t.isWord(j, NumberWords.and) else { return nil }
        if (t.isWord(j + 1, NumberWords.a) || t.isWord(j + 1, NumberWords.an)), let (d, e) = denominator(at: j + 2) { return (1 / d, e) }
        if t.isWord(j + 1, NumberWords.half) { return (0.5, j + 2) }
        if let c = parseCardinalWords(at: j + 1, allowDigits: false), c.value > 0, c.last != .scale, let (d, e) = denominator(at: c.end) {
            return (c.value / d, e)
        }
        return nil
    }

    /// A denominator word, or a hyphenated compound one ("twenty-first", "hundred-fifths").
    private func denominator(at j: Int) -> (Double, Int)? {
        if let d = NumberWords.denominator[t.h(j)] { return (d, j + 1) }
        if let tens = NumberWords.cardinal[t.h(j)], tens >= 20, tens % 10 == 0, t.isDash(j + 1), t.glued(j + 1), t.glued(j + 2),
           let v = NumberWords.unitOrdinal[t.h(j + 2)] {
            return (Double(tens + v), j + 3)
        }
        if let tens = NumberWords.cardinal[t.h(j)], tens >= 20, tens % 10 == 0, t.spaced(j + 1), let v = NumberWords.unitOrdinalPlural[t.h(j + 1)] {
            return (Double(tens + v), j + 2)
        }
        return nil
    }

    private func parseWords(at i: Int) -> ParsedNumber? {
        let h = t.h(i)
        // "half a dozen", "half million", "half" / "quarter million"
        if h == NumberWords.half || h == NumberWords.quarter {
            let f = h == NumberWords.half ? 0.5 : 0.25
            if (t.isWord(i + 1, NumberWords.a) || t.isWord(i + 1, NumberWords.an)), t.isWord(i + 2, NumberWords.dozen) {
                return ParsedNumber(value: f * 12, end: i + 3, form: .words)
            }
            if let s = NumberWords.scale[t.h(i + 1)], s >= 1000 { return ParsedNumber(value: f * s, end: i + 2, form: .words, isFraction: true) }
            if h == NumberWords.half { return ParsedNumber(value: 0.5, end: i + 1, form: .words, isFraction: true) }
            return nil
        }
        // "a half", "a third", "a hundredth", "a twenty-first", "a hundred trillionths"
        if h == NumberWords.a || h == NumberWords.an {
            if let (d, e) = denominator(at: i + 1) {
                if let s = NumberWords.scale[t.h(i + 1)], let (d2, e2) = denominator(at: i + 2) { return ParsedNumber(value: s / d2, end: e2, form: .words, isFraction: true) }
                // An ordinal before a noun names a place in a series, not a share ("a sixth person was
                // arrested", "a third term"): no number starts at "a" then.
                if e == i + 2, NumberWords.ordinal[t.h(i + 1)] != nil, ordinalBeforeNoun(at: e) { return nil }
                return ParsedNumber(value: 1 / d, end: e, form: .words, isFraction: true)
            }
            if t.isWord(i + 1, LitHash.`hundred`), let s = NumberWords.scale[t.h(i + 2)], s > 100, let (d, e) = denominator(at: i + 3) {
                return ParsedNumber(value: 100 * s / d, end: e, form: .words, isFraction: true)
            }
            if t.isWord(i + 1, LitHash.`hundred`), let (d, e) = denominator(at: i + 2) { return ParsedNumber(value: 100 / d, end: e, form: .words, isFraction: true) }
        }
        // Vague plurals: "hundreds (of)", "millions of", "dozens of", "tens of thousands".
        if let s = NumberWords.vagueScale[h], s >= 100 || s == 12 || t.isWord(i + 1, NumberWords.of) {
            if t.isWord(i + 1, NumberWords.of), let s2 = NumberWords.vagueScale[t.h(i + 2)], s2 > s, s < 1000 {
                return ParsedNumber(value: s * s2, end: i + 3, form: .words, vague: true)
            }
            return ParsedNumber(value: s, end: i + 1, form: .words, vague: true)
        }
        guard var c = parseCardinalWords(at: i, allowDigits: false) else { return nil }
        var result = ParsedNumber(value: c.value, end: c.end, form: .words)
        // Decimal in words: "five point two", "two hundred point seventy-one", "nine point nought four".
        if t.isWord(c.end, NumberWords.point) {
            var j = c.end + 1
            var digits: [Int] = []
            while let v = NumberWords.cardinal[t.h(j)], v <= 9 { digits.append(v); j += 1 }
            if digits.count == 1, let more = parseCardinalWords(at: c.end + 1, allowDigits: false), more.end > j {
                digits = String(Int(more.value)).compactMap { $0.wholeNumberValue }; j = more.end
            } else if digits.isEmpty, let more = parseCardinalWords(at: c.end + 1, allowDigits: false) {
                digits = String(Int(more.value)).compactMap { $0.wholeNumberValue }; j = more.end
            }
            if !digits.isEmpty {
                var f = 0.0, scale = 0.1
                for d in digits { f += Double(d) * scale; scale /= 10 }
                result.value += f; result.end = j
                c.end = j
                if let s = NumberWords.scale[t.h(j)], s > 100 { result.value *= s; result.end = j + 1 }
                return result
            }
        }
        // Fractions: "two thirds", "five eighths", "twenty-three fifths", "one - fourth", "one-eighth".
        var dj = c.end
        if t.isDash(dj), NumberWords.denominator[t.h(dj + 1)] != nil || (t.isWord(dj + 1, LitHash.`hundred`) && t.isDash(dj + 2)) { dj += 1 }
        if c.last != .scale, c.last != .dozen {
            if t.isWord(dj, LitHash.`hundred`), t.isDash(dj + 1), let (d, e) = denominator(at: dj + 2) {
                return ParsedNumber(value: c.value / (100 * d), end: e, form: .words, isFraction: true)
            }
            if let (d, e) = denominator(at: dj), c.value == 1 || isPluralDenominator(e - 1) {
                var r = ParsedNumber(value: c.value / d, end: e, form: .words, isFraction: true)
                // "two thirds of a million"
                if t.isWord(e, NumberWords.of), t.isWord(e + 1, NumberWords.a), let s = NumberWords.scale[t.h(e + 2)] { r.value *= s; r.end = e + 3 }
                return r
            }
        }
        // "one and a half", "twenty and three fifths", "five and a half million"
        if let f = andFraction(at: c.end) {
            let lastScale = NumberWords.scale[t.h(c.end - 1)] ?? 1
            result.isFraction = true
            result.end = f.end
            if let s = NumberWords.scale[t.h(f.end)], s > 100 {
                // "one billion and a half million" adds half a million; "five and a half million" scales it all.
                if lastScale > s { result.value += f.value * s } else { result.value = (result.value + f.value) * s }
                result.end = f.end + 1
            } else {
                result.value += f.value * (lastScale >= 1000 ? lastScale : 1)
            }
            return result
        }
        // "twenty and three and three fifths"
        if t.isWord(c.end, NumberWords.and), let n2 = NumberWords.cardinal[t.h(c.end + 1)], n2 < 10, let f = andFraction(at: c.end + 2) {
            return ParsedNumber(value: c.value + Double(n2) + f.value, end: f.end, form: .words, isFraction: true)
        }
        if let r = overFraction(result, at: result.end, from: i) { return r }
        return result
    }

    /// "one over three", "2000 over 3", "one out of three"; `i`: the token the numerator starts at.
    private func overFraction(_ n: ParsedNumber, at j: Int, from i: Int) -> ParsedNumber? {
        var k = j
        if t.isWord(k, NumberWords.over) { k += 1 }
        else if t.isWord(k, NumberWords.out), t.isWord(k + 1, NumberWords.of) { k += 2 }
        else { return nil }
        guard let d = parseUnsigned(at: k), d.value != 0, !d.isFraction, n.value <= d.value || t.isWord(j, NumberWords.over) else { return nil }
        if t.isWord(j, NumberWords.out), n.value > d.value { return nil }
        // "earn $2000 over 3 years": a noun after the denominator means "over" is a preposition.
        if t.isWord(j, NumberWords.over), t.kind(d.end) == .word, !t.isWord(d.end, NumberWords.and) { return nil }
        // "won 12 out of 90 seats", "taking 12 out of 90 contested seats": the object of a verb, a part and its
        // whole, two numbers (the rules read them as "12 of the 90 seats"), not 0.13 seats. So when a lower-case
        // word comes before the part and a plural noun right after the whole (or after one word). A share
        // stays a fraction: "Nine out of 10 doctors said" (the subject: no lower-case word before it), "one
        // out of three said no" (no noun). (Recognizers-Text reads "two out of five hundred tvs" as a fraction;
        // so does crosscheck, as nothing comes before it.)
        if t.isWord(j, NumberWords.out), i > 0, t.kind(i - 1) == .word, !t.tokens[i - 1].flags.contains(.capitalized),
           isPlural(d.end) || (t.kind(d.end) == .word && !NumberParser.afterShare.contains(t.h(d.end)) && isPlural(d.end + 1)) {
            return nil
        }
        return ParsedNumber(value: n.value / d.value, end: d.end, form: n.form, isFraction: true)
    }

    /// Whether token `j` looks like a plural noun: a word of three letters or more ending in "s" that is no
    /// function word ("seats", "doctors"; not "was", "this"), or one of a few plurals without it ("people").
    private func isPlural(_ j: Int) -> Bool {
        guard t.kind(j) == .word else { return false }
        let h = t.h(j)
        if NumberParser.plainPlurals.contains(h) { return true }
        guard t.length(j) >= 3, !NumberParser.afterShare.contains(h), !NumberParser.notPlural.contains(h) else { return false }
        return t.text[Int(t.tokens[j].end) - 1] | 0x20 == 0x73
    }

    /// Plurals without an "s" that follow a count.
    static let plainPlurals: HashSet64 = Lit.set(["people", "children", "men", "women", "police", "staff", "crew"])
    /// Words ending in "s" that are no plural noun (verbs and function words `afterShare` lacks).
    static let notPlural: HashSet64 = Lit.set(["was", "has", "does", "says", "is", "this", "thus", "us", "yes", "its", "his", "hers", "theirs", "ours", "always", "sometimes", "perhaps", "across", "unless", "whereas", "besides", "towards"])

    /// Whether the word at `j`, after "a" and an ordinal, makes the ordinal an adjective ("a sixth
    /// person", "a fifth British soldier"): any word that no share is followed by ("a third of", "by a
    /// fifth in May", "a quarter more" stay fractions); or a word joined to it by a hyphen ("a
    /// ninth-floor flat", "a third-quarter loss": no ninth of a floor).
    private func ordinalBeforeNoun(at j: Int) -> Bool {
        if t.isDash(j), t.glued(j), t.glued(j + 1), t.kind(j + 1) == .word { return true }
        return t.kind(j) == .word && !NumberParser.afterShare.contains(t.h(j))
    }

    /// The words that follow a fraction such as "a third" (prepositions, conjunctions, comparatives,
    /// determiners and auxiliaries), not the noun an ordinal would qualify.
    static let afterShare: HashSet64 = Lit.set([
        "of", "in", "on", "at", "by", "to", "from", "for", "as", "than", "since", "over", "under", "between",
        "during", "after", "before", "with", "within", "and", "or", "but", "nor", "while", "when", "more",
        "less", "fewer", "higher", "lower", "up", "down", "last", "this", "that", "these", "those", "each",
        "per", "the", "a", "an", "its", "their", "his", "her", "our", "is", "was", "were", "are", "will",
        "would", "has", "had", "have", "compared", "overall", "again", "so", "too", "on-year",
    ])

    private func isPluralDenominator(_ j: Int) -> Bool {
        let b = t.text[Int(t.tokens[j].end) - 1] | 0x20
        return b == 0x73 || t.isWord(j, LitHash.`halves`)
    }

    // MARK: - Ordinals

    /// An ordinal at `i`: "24th", "first", "twenty-first", "one hundred twenty-fifth", "two hundredth".
    @inline(__always)
    func ordinal(at i: Int) -> (value: Int, end: Int)? {
        guard i >= 0, i < t.tokenCount else { return nil }
        // Only an ordinal token or a word that begins an ordinal reading can start one (inlined: one lookup).
        let tok = t.tokens[i]
        if tok.kind != .ordinal, NumberWords.startFlags(tok.hash) & NumberWords.startsOrdinal == 0 { return nil }
        return ordinalReading(at: i)
    }

    private func ordinalReading(at i: Int) -> (value: Int, end: Int)? {
        switch t.tokens[i].kind {
        case .ordinal: break
        case .word: if NumberWords.startFlags(t, i) & NumberWords.startsOrdinal == 0 { return nil }
        default: return nil
        }
        if t.kind(i) == .ordinal, let v = t.plainInt(i) { return (v, i + 1) }
        if let v = NumberWords.ordinal[t.h(i)] { return (v, i + 1) }
        if let s = NumberWords.ordinalScale[t.h(i)] { return (Int(s), i + 1) }
        // A cardinal read as an ordinal goes on after its first word (its next word, a dash, or the ordinal
        // word ending it): otherwise ("one of", "two people") there is none to read.
        guard t.isDash(i + 1) || t.isAny(i + 1, NumberWords.ordinalNext) else { return nil }
        guard let c = parseCardinalWords(at: i, allowDigits: false) else { return nil }
        var j = c.end
        if t.isDash(j) { j += 1 }
        if let s = NumberWords.ordinalScale[t.h(j)] {
            return (Int(c.value * s), j + 1)
        }
        guard let v = NumberWords.ordinal[t.h(j)] else {
            // "one hundred twenty second" ends in the cardinal's last word; try a shorter prefix.
            return nil
        }
        switch c.last {
        case .tens: if v < 10 { return (Int(c.value) + v, j + 1) }
        case .hundred, .scale: return (Int(c.value) + v, j + 1)
        default: break
        }
        return nil
    }
}
