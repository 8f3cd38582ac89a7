/// Where in one text each of the number, date, duration and time recognizers can start, found in one
/// pass over the tokens with one word lookup per token (`StartWordTable`) instead of a walk per
/// recognizer. Each list holds exactly the tokens the recognizer would try on its own:
/// - `numbers`: where `NumberRecognizer.mayMatch` holds;
/// - `dates`: where the `DateTriggers.date` gate accepts and `DateRecognizer.mayStart` holds;
/// - `durations`: where the `DateTriggers.duration` gate accepts and `DurationRecognizer.mayStart` holds;
/// - `times`: where the `DateTriggers.time` gate accepts;
/// - `ats`: every "at" (a time after it can join a date before it).
/// The Extractor builds it once per text and shares it through the `RecognizerContext`.
struct TokenStarts: Sendable {
    var numbers: [Int32]
    var dates: [Int32]
    var durations: [Int32]
    var times: [Int32]
    var ats: [Int32]

    // The word bits of `StartWordTable` (the first three are also the gates' own bits).
    static let date: UInt8 = 1
    static let duration: UInt8 = 2
    static let time: UInt8 = 4
    /// A word `NumberWords.starts` holds (a number or qualifier may begin there).
    static let numberWord: UInt8 = 8
    /// The first word of a unit written before its number (`UnitConverter.prefixStarts`).
    static let prefixUnit: UInt8 = 16
    /// A vulgar fraction character (`NumberParser.vulgar`).
    static let vulgar: UInt8 = 32
    static let at: UInt8 = 64

    /// The gates, each with its bit.
    static let gates: [(TokenGate, UInt8)] = [(DateTriggers.date, date), (DateTriggers.duration, duration), (DateTriggers.time, time)]

    /// The start words for a unit table: the gates' words, the number start words, and its prefix units.
    static func words(prefixStarts: HashSet64) -> StartWordTable {
        var entries: [(words: [UInt64], bits: UInt8)] = gates.map { (Array($0.0.words), $0.1) }
        entries.append((NumberWords.startWords, numberWord))
        entries.append((Array(prefixStarts), prefixUnit))
        entries.append((NumberParser.vulgar.keys, vulgar))
        entries.append(([LitHash.`at`], at))
        return StartWordTable(entries)
    }

    /// Per token kind (by raw value, 4 bits each): the gate bits that kind always passes.
    static let kindBits: UInt64 = {
        var k: UInt64 = 0
        for (g, b) in gates {
            for raw in 0..<16 where g.kinds & (UInt16(1) << UInt16(raw)) != 0 { k |= UInt64(b) << UInt64(raw * 4) }
        }
        return k
    }()

    /// The gate bits a dash or "." before a number passes (a signed or ".08" number).
    static let signBits: UInt8 = gates.reduce(0) { $0 | ($1.0.signs ? $1.1 : 0) }

    init(_ t: SegmentedText, units: UnitConverter) {
        let n = t.tokens.count
        // The four lists are written into one scratch buffer (no zero fill), then copied out at their size.
        let scratch = UnsafeMutablePointer<Int32>.allocate(capacity: max(4 * n, 1))
        defer { scratch.deallocate() }
        let numOut = scratch, dateOut = scratch + n, durOut = scratch + 2 * n, timeOut = scratch + 3 * n
        var ats: [Int32] = []
        var nn = 0, nd = 0, nu = 0, nt = 0
        let table = units.startWords
        let kindBits = TokenStarts.kindBits, signBits = TokenStarts.signBits
        let word = TokenKind.word.rawValue, number = TokenKind.number.rawValue, dash = TokenKind.dash.rawValue
        let punct = TokenKind.punct.rawValue, symbol = TokenKind.symbol.rawValue
        let gateBits = TokenStarts.date | TokenStarts.duration | TokenStarts.time
        t.tokens.withUnsafeBufferPointer { tk in
            t.text.withUnsafeBufferPointer { tx in
                table.slots.withUnsafeBufferPointer { sl in
                    table.keys.withUnsafeBufferPointer { ky in
                        var j = 0
                        while j < n {
                            let tok = tk[j]
                            // The word's bits: most tokens fall in an empty slot.
                            let s = WordFilter.slot(tok.hash)
                            var wb = sl[s]
                            if wb != 0 {
                                if wb == StartWordTable.sharedSlot { wb = UInt8(truncatingIfNeeded: table.all.get(tok.hash) ?? 0) }
                                else if ky[s] != tok.hash { wb = 0 }
                            }
                            let kind = tok.rawKind
                            var g: UInt8
                            // Whether `NumberRecognizer.mayMatch` can hold (a necessary condition, so only
                            // a few tokens pay for the call): a number, a number word or prefix unit, a
                            // dash or symbol, or a one-byte punctuation mark (a "." before digits).
                            var mayNumber: Bool
                            if kind == word {
                                if wb == 0 { j += 1; continue }
                                g = wb & gateBits
                                mayNumber = wb & (TokenStarts.numberWord | TokenStarts.prefixUnit) != 0
                            } else {
                                g = (wb | UInt8(truncatingIfNeeded: kindBits >> UInt64((kind & 15) * 4))) & gateBits
                                if kind == dash || tok.length == 1 && tx[Int(tok.start)] == 0x2E, j + 1 < n, tk[j + 1].rawKind == number {
                                    g |= signBits
                                }
                                mayNumber = kind == number || kind == dash || kind == symbol || wb & TokenStarts.prefixUnit != 0
                                    || kind == punct && tok.length == 1
                            }
                            if g & TokenStarts.date != 0, DateRecognizer.mayStart(t, at: j) { dateOut[nd] = Int32(j); nd += 1 }
                            if g & TokenStarts.duration != 0, DurationRecognizer.mayStart(t, at: j) { durOut[nu] = Int32(j); nu += 1 }
                            if g & TokenStarts.time != 0 { timeOut[nt] = Int32(j); nt += 1 }
                            if mayNumber, kind == number || NumberRecognizer.mayMatch(t, at: j, bits: wb) { numOut[nn] = Int32(j); nn += 1 }
                            if wb & TokenStarts.at != 0 { ats.append(Int32(j)) }
                            j += 1
                        }
                    }
                }
            }
        }
        numbers = Array(UnsafeBufferPointer(start: numOut, count: nn))
        dates = Array(UnsafeBufferPointer(start: dateOut, count: nd))
        durations = Array(UnsafeBufferPointer(start: durOut, count: nu))
        times = Array(UnsafeBufferPointer(start: timeOut, count: nt))
        self.ats = ats
    }
}
