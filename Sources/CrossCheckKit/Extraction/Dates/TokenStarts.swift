/// Where in one text each of the number, date, duration and time recognizers can start, found in one
/// pass over the tokens with one word lookup per token (`StartWordTable`) instead of a walk per
/// recognizer. Each list holds exactly the tokens the recognizer would try on its own:
/// - `numbers`: where `NumberRecognizer.mayMatch` holds;
/// - `dates`: where the `DateTriggers.date` gate accepts and `DateRecognizer.mayStart` holds;
/// - `durations`: where the `DateTriggers.duration` gate accepts and `DurationRecognizer.mayStart` holds;
/// - `times`: where the `DateTriggers.time` gate accepts;
/// - `ats`: every "at" (a time after it can join a date before it);
/// - `quotes`: every quote mark (`QuoteSpanFinder` jumps from one to the next instead of reading every
///   token's kind: most sentences hold none, and a text without any is done at once).
/// It also reads the number at each of `numbers` once (`parsed`), for every recognizer's `NumberParser`:
/// the same digits are otherwise read by the number, date and duration recognizers each.
/// The Extractor builds it once per text and shares it through the `RecognizerContext`.
struct TokenStarts: Sendable {
    /// The six lists in one storage (one allocation, one reference to copy), one after the other:
    /// numbers, dates, durations, times, ats, quotes.
    private var lists: [Int32]
    /// Where each list ends in `lists` (each starts where the one before ends).
    private let numbersEnd: Int32, datesEnd: Int32, durationsEnd: Int32, timesEnd: Int32, atsEnd: Int32

    var numbers: ArraySlice<Int32> { lists[0..<Int(numbersEnd)] }
    var dates: ArraySlice<Int32> { lists[Int(numbersEnd)..<Int(datesEnd)] }
    var durations: ArraySlice<Int32> { lists[Int(datesEnd)..<Int(durationsEnd)] }
    var times: ArraySlice<Int32> { lists[Int(durationsEnd)..<Int(timesEnd)] }
    var ats: ArraySlice<Int32> { lists[Int(timesEnd)..<Int(atsEnd)] }
    /// The tokens of kind `quote`, ascending.
    var quotes: ArraySlice<Int32> { lists[Int(atsEnd)...] }
    /// `NumberParser.parse(at:)` at each of `numbers` (every token where it can return a number is listed).
    var parsed: [ParsedNumber?]

    // The word bits of `StartWordTable` (the first three are also the gates' own bits).
    static let date: UInt16 = 1
    static let duration: UInt16 = 2
    static let time: UInt16 = 4
    /// A word `NumberWords.starts` holds (a number or qualifier may begin there).
    static let numberWord: UInt16 = 8
    /// The first word of a unit written before its number (`UnitConverter.prefixStarts`).
    static let prefixUnit: UInt16 = 16
    /// A vulgar fraction character (`NumberParser.vulgar`).
    static let vulgar: UInt16 = 32
    static let at: UInt16 = 64
    /// `NumberWords.startFlags` has `startsWords` or `startsSign` (a number can begin here, an article
    /// only before a `followsArticle` word).
    static let numberStart: UInt16 = 128
    /// `NumberWords.isArticle` and `followsArticle`.
    static let article: UInt16 = 256
    static let followsArticle: UInt16 = 512
    /// The first word of a qualifier phrase (`NumberRecognizer.qualifiers`), of a one-word one, and the
    /// second word of a longer one.
    static let qualifierFirst: UInt16 = 1024
    static let qualifierAlone: UInt16 = 2048
    static let qualifierSecond: UInt16 = 4096
    /// "the", "in", "a", "an": the words where `DateRecognizer.mayStart` (and for "a"/"an"
    /// `DurationRecognizer.mayStart`) reads the next token; at any other word both hold.
    static let nextGated: UInt16 = 8192
    /// A word either `mayStart` may accept after a `nextGated` word (a superset: a word without this bit
    /// makes both false; one with it is left to them).
    static let dateNext: UInt16 = 16384

    /// The `dateNext` words: what `DateRecognizer.mayStart` accepts after "the" (a day, "next",
    /// "following", an absolute date's start word), after "in" ("a", "an", "few", "several", a number's
    /// start word) and after "a"/"an" (`DateTriggers.articleDateNext`), and what
    /// `DurationRecognizer.mayStart` accepts after "a"/"an" (`DurationRecognizer.articleNext`).
    static var dateNextWords: [UInt64] {
        let W = DateRecognizer.w
        var s = DateTriggers.absoluteStartWords
        s.formUnion([W.day, W.next, W.following, W.a, W.an, W.few, W.several])
        s.formUnion(DateTriggers.numberStartWords)
        s.formUnion(DateTriggers.articleDateNext)
        s.formUnion(DurationRecognizer.articleNext)
        return Array(s)
    }

    /// The gates, each with its bit.
    static let gates: [(TokenGate, UInt16)] = [(DateTriggers.date, date), (DateTriggers.duration, duration), (DateTriggers.time, time)]

    /// The start words for a unit table: the gates' words, the number start words and their flags, the
    /// qualifier words, and its prefix units.
    static func words(prefixStarts: HashSet64) -> StartWordTable {
        var entries: [(words: [UInt64], bits: UInt16)] = gates.map { (Array($0.0.words), $0.1) }
        entries.append((NumberWords.startWords, numberWord))
        entries.append((Array(NumberWords.words(with: NumberWords.startsWords | NumberWords.startsSign)), numberStart))
        entries.append((Array(NumberWords.words(with: NumberWords.isArticle)), article))
        entries.append((Array(NumberWords.words(with: NumberWords.followsArticle)), followsArticle))
        entries.append((NumberRecognizer.qualifiers.map { $0.0[0] }, qualifierFirst))
        entries.append((NumberRecognizer.qualifiers.filter { $0.0.count == 1 }.map { $0.0[0] }, qualifierAlone))
        entries.append((NumberRecognizer.qualifiers.filter { $0.0.count > 1 }.map { $0.0[1] }, qualifierSecond))
        entries.append((Array(prefixStarts), prefixUnit))
        entries.append((NumberParser.vulgar.keys, vulgar))
        entries.append(([LitHash.`at`], at))
        let W = DateRecognizer.w
        entries.append(([W.the, W.in, W.a, W.an], nextGated))
        entries.append((dateNextWords, dateNext))
        return StartWordTable(entries.filter { !$0.words.isEmpty })
    }

    /// Whether `NumberRecognizer.mayMatch` holds at word token `i` whose bits are `wb`, from the bits of it
    /// and of the next word (`next`): a number start (an article only before a number word), a qualifier
    /// (a one-word one, or a longer one whose second word follows: `qualifier` decides), or a prefix unit.
    @inline(__always)
    static func wordMayMatch(_ t: SegmentedText, at i: Int, _ wb: UInt16, next: @autoclosure () -> UInt16) -> Bool {
        if wb & (numberStart | qualifierFirst) != 0 {
            // The next word matters to an article and to a qualifier word that is no qualifier alone.
            let needsNext = wb & article != 0 || wb & (qualifierFirst | qualifierAlone) == qualifierFirst
            let nb = needsNext ? next() : 0
            if wb & numberStart != 0, wb & article == 0 || nb & followsArticle != 0 { return true }
            if wb & qualifierAlone != 0 { return true }
            if wb & qualifierFirst != 0, nb & qualifierSecond != 0, NumberRecognizer.qualifier(t, at: i) != nil { return true }
        }
        return wb & prefixUnit != 0
    }

    /// Per token kind (by raw value, 4 bits each): the gate bits that kind always passes.
    static let kindBits: UInt64 = {
        var k: UInt64 = 0
        for (g, b) in gates {
            for raw in 0..<16 where g.kinds & (UInt16(1) << UInt16(raw)) != 0 { k |= UInt64(b) << UInt64(raw * 4) }
        }
        return k
    }()

    /// Punctuation, quote and dash kinds (one bit per raw value) that no gate accepts by kind: a token of one
    /// of them outside the word table can start something only as a dash or "." before a number.
    static let quietKinds: UInt16 = {
        var k: UInt16 = 0
        for kind in [TokenKind.punct, .quote, .dash] { k |= UInt16(1) << UInt16(kind.rawValue) }
        for (g, _) in gates { k &= ~g.kinds }
        return k
    }()

    /// The gate bits a dash or "." before a number passes (a signed or ".08" number).
    static let signBits: UInt16 = gates.reduce(0) { $0 | ($1.0.signs ? $1.1 : 0) }

    init(_ t: SegmentedText, units: borrowing UnitConverter) {
        var lists: [Int32] = [], parsed: [ParsedNumber?] = []
        self.init(t, units: units, reusing: &lists, &parsed)
    }

    /// `init(_:units:)` in the room of `lists` and `parsed` (taken, left empty; `giveBack` returns them):
    /// an extractor keeps the room from source to source instead of two allocations per source.
    init(_ t: SegmentedText, units: borrowing UnitConverter, reusing listRoom: inout [Int32], _ parsedRoom: inout [ParsedNumber?]) {
        let n = t.tokens.count
        var lists: [Int32] = [], parsed: [ParsedNumber?] = []
        swap(&lists, &listRoom)
        swap(&parsed, &parsedRoom)
        lists.removeAll(keepingCapacity: true)
        parsed.removeAll(keepingCapacity: true)
        // The six lists are written into one scratch buffer (no zero fill), then copied out one after the
        // other into the room.
        // (On the stack when small: a one-sentence text pays no allocation for it.)
        let ends = withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(6 * n, 1)) {
            TokenStarts.scan(t, units: units, into: $0.baseAddress!, lists: &lists)
        }
        (numbersEnd, datesEnd, durationsEnd, timesEnd, atsEnd) = ends
        let nn = Int(ends.0)
        if nn > 0 {
            let p = NumberParser(t)
            parsed.reserveCapacity(nn)
            for k in 0..<nn { parsed.append(p.parse(at: Int(lists[k]))) }
        }
        self.lists = lists
        self.parsed = parsed
    }

    /// Hands the room of the lists back (to `init(_:units:reusing:_:)` for the next text); this value is
    /// left empty.
    mutating func giveBack(_ listRoom: inout [Int32], _ parsedRoom: inout [ParsedNumber?]) {
        swap(&lists, &listRoom)
        swap(&parsed, &parsedRoom)
        lists = []
        parsed = []
    }

    /// The start pass: the six lists written into `scratch` (room for `6 * t.tokens.count`), copied out
    /// together into `lists` (empty), with where each list ends.
    ///
    /// The quote marks go into the list of "at"s, complemented (negative), and are parted from them
    /// after the pass (through the sixth part of the room): a list of its own in the pass costs its loop
    /// more than the marks are worth (one more pointer and count live in it). A token is either an "at"
    /// (a word) or a mark, never both: the two lists fit in the room of one.
    private static func scan(_ t: SegmentedText, units: borrowing UnitConverter, into scratch: UnsafeMutablePointer<Int32>,
                             lists: inout [Int32]) -> (Int32, Int32, Int32, Int32, Int32) {
        let n = t.tokens.count
        let numOut = scratch, dateOut = scratch + n, durOut = scratch + 2 * n, timeOut = scratch + 3 * n
        let atOut = scratch + 4 * n
        var nn = 0, nd = 0, nu = 0, nt = 0, na = 0
        let table = units.startWords
        let kindBits = TokenStarts.kindBits, signBits = TokenStarts.signBits
        let word = TokenKind.word.rawValue, number = TokenKind.number.rawValue, dash = TokenKind.dash.rawValue
        let punct = TokenKind.punct.rawValue, symbol = TokenKind.symbol.rawValue, quote = TokenKind.quote.rawValue
        let quietKinds = TokenStarts.quietKinds
        let gateBits = TokenStarts.date | TokenStarts.duration | TokenStarts.time
        let wordListBits = gateBits | TokenStarts.numberStart | TokenStarts.qualifierFirst | TokenStarts.prefixUnit | TokenStarts.at
        // (A slot's bits with any of these: its word may go on a list, or the slot is shared.)
        let skipMask = wordListBits | StartWordTable.sharedSlot
        t.tokens.withUnsafeBufferPointer { tk in
            t.text.withUnsafeBufferPointer { tx in
                table.slots.withUnsafeBufferPointer { sl in
                    table.keys.withUnsafeBufferPointer { ky in
                        var j = 0
                        while j < n {
                            // Most tokens are words that put nothing on a list: in an empty slot, in the slot of
                            // another word, or with none of `wordListBits`. They are passed over in this tight loop
                            // (a shared slot is left to the full test below).
                            while j < n {
                                let w = tk[j]
                                if w.rawKind != word { break }
                                let s = StartWordTable.slot(w.hash)
                                let b = sl[s]
                                if b & skipMask != 0, b == StartWordTable.sharedSlot || ky[s] == w.hash { break }
                                j &+= 1
                            }
                            if j == n { break }
                            let tok = tk[j]
                            // The word's bits: most tokens fall in an empty slot.
                            let s = StartWordTable.slot(tok.hash)
                            var wb = sl[s]
                            let kind = tok.rawKind
                            if wb != 0 {
                                if wb == StartWordTable.sharedSlot { wb = table.shared(ky[s], tok.hash) }
                                else if ky[s] != tok.hash { wb = 0 }
                            }
                            var g: UInt16
                            // Whether `NumberRecognizer.mayMatch` holds: decided here for words and numbers;
                            // for other tokens a necessary condition (so few pay for the call): a prefix unit, a
                            // vulgar fraction, a comparison sign, or a dash or "." before a number.
                            var mayNumber: Bool
                            // Whether the recognizers' `mayStart` must still be asked (at a word other than
                            // "the", "in", "a" and "an" both hold).
                            var askStart = true
                            if kind == word {
                                // Only these bits put a word on a list (the others matter to the word before it).
                                if wb & wordListBits == 0 { j += 1; continue }
                                g = wb & gateBits
                                if wb & TokenStarts.nextGated != 0 {
                                    let nb = j + 1 < n ? table.bits(tk[j + 1].hash) : 0
                                    // A word after it that no date or duration starts with, or nothing after it.
                                    if j + 1 == n || tk[j + 1].rawKind == word && nb & TokenStarts.dateNext == 0 {
                                        g &= ~TokenStarts.date
                                        if tok.hash == LitHash.`a` || tok.hash == LitHash.`an` { g &= ~TokenStarts.duration }
                                    }
                                    mayNumber = TokenStarts.wordMayMatch(t, at: j, wb, next: nb)
                                } else {
                                    askStart = false
                                    mayNumber = TokenStarts.wordMayMatch(t, at: j, wb, next: j + 1 < n ? table.bits(tk[j + 1].hash) : 0)
                                }
                            } else {
                                // (Every token that is no word comes here: a quote mark is listed first.)
                                if kind == quote { atOut[na] = ~Int32(j); na += 1 }
                                // Punctuation, quotes and dashes outside the table start nothing (no gate passes their
                                // kind), unless a dash or a "." is right before a number (a signed or ".08" number).
                                if wb == 0, quietKinds & (UInt16(1) << UInt16(kind & 15)) != 0,
                                   !(j + 1 < n && tk[j + 1].rawKind == number)
                                    || kind != dash && !(tok.length == 1 && tx[Int(tok.start)] == 0x2E) { j += 1; continue }
                                g = (wb | UInt16(truncatingIfNeeded: kindBits >> UInt64((kind & 15) * 4)) & 15) & gateBits
                                let signed = (kind == dash || tok.length == 1 && tx[Int(tok.start)] == 0x2E) && j + 1 < n
                                    && tk[j + 1].rawKind == number
                                if signed { g |= signBits }
                                // A dash or "." only before a number; a symbol only when a comparison sign, a "."
                                // or a vulgar fraction.
                                if kind == number || wb & (TokenStarts.prefixUnit | TokenStarts.vulgar) != 0 {
                                    mayNumber = true
                                } else if kind == dash || kind == punct {
                                    mayNumber = signed
                                } else if kind == symbol {
                                    let b = tok.length == 1 ? tx[Int(tok.start)] : 0
                                    mayNumber = b == 0x3E || b == 0x3C || b == 0x2E
                                } else {
                                    mayNumber = false
                                }
                            }
                            if g & TokenStarts.date != 0, !askStart || DateRecognizer.mayStart(t, at: j) { dateOut[nd] = Int32(j); nd += 1 }
                            if g & TokenStarts.duration != 0, !askStart || DurationRecognizer.mayStart(t, at: j) { durOut[nu] = Int32(j); nu += 1 }
                            if g & TokenStarts.time != 0 { timeOut[nt] = Int32(j); nt += 1 }
                            if mayNumber, kind == number || kind == word || NumberRecognizer.mayMatch(t, at: j, bits: wb) {
                                numOut[nn] = Int32(j); nn += 1
                            }
                            if wb & TokenStarts.at != 0 { atOut[na] = Int32(j); na += 1 }
                            j += 1
                        }
                    }
                }
            }
        }
        return gather(scratch, n, lists: &lists, counts: (nn, nd, nu, nt, na))
    }

    /// The end of the start pass, kept out of its function (inlined there, it made the pass's loop
    /// dearer by more than it costs: the loop is compiled with fewer values live): the lists moved
    /// together in the scratch buffer, each down to where the one before ends, the "at"s and the quote
    /// marks parted on the way (the marks through the sixth part of the room), and copied out into
    /// `lists`; where each list ends.
    @inline(never)
    private static func gather(_ scratch: UnsafeMutablePointer<Int32>, _ n: Int, lists: inout [Int32],
                               counts: (Int, Int, Int, Int, Int)) -> (Int32, Int32, Int32, Int32, Int32) {
        let (nn, nd, nu, nt, na) = counts
        let dateOut = scratch + n, durOut = scratch + 2 * n, timeOut = scratch + 3 * n, atOut = scratch + 4 * n
        var to = scratch + nn
        func moveDown(_ from: UnsafeMutablePointer<Int32>, _ c: Int) {
            if c > 0 { UnsafeMutableRawPointer(to).copyMemory(from: from, byteCount: c * MemoryLayout<Int32>.stride) }
            to += c
        }
        moveDown(dateOut, nd)
        moveDown(durOut, nu)
        moveDown(timeOut, nt)
        // (`to` is at or below `atOut`: an "at" is written at or below where it is read.)
        let markOut = scratch + 5 * n
        var ats = 0, nq = 0
        for k in 0..<na {
            let v = atOut[k]
            if v >= 0 { to[ats] = v; ats += 1 } else { markOut[nq] = ~v; nq += 1 }
        }
        to += ats
        moveDown(markOut, nq)
        let four = nn + nd + nu + nt
        let total = four + ats + nq
        if total > 0 { lists.append(contentsOf: UnsafeBufferPointer(start: scratch, count: total)) }
        return (Int32(nn), Int32(nn + nd), Int32(nn + nd + nu), Int32(four), Int32(four + ats))
    }
}
