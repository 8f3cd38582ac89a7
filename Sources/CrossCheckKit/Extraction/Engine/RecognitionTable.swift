/// The recognitions of one source, per recognizer of the program, indexed by start token.
/// One row per token for all recognizers together (no array of arrays, so lookups in the VM's inner
/// loop do no reference counting, and one row array whatever the number of recognizers): the
/// recognitions starting at token `t` are entries `rows[t]..<rows[t + 1]`, grouped by recognizer
/// (ascending) and, within a recognizer, longest first; `owner` holds each entry's recognizer, `order`
/// its index into `all[owner]` and `ends` its end token.
struct RecognitionTable: Sendable {
    /// Per recognizer index: every recognition. (Set by `recognize`; the next `begin` clears `startMask`
    /// at these recognitions' starts.) A list a recognizer made in place (`RecognizesInPlace`) stays,
    /// emptied by `begin` with its room kept, for the recognizer's next text: no list is allocated,
    /// grown and freed per text and recognizer. (Between `begin` and `place` the lists from `added` on
    /// are such empty lists, kept for the recognizers still to come.)
    private(set) var all: [[Recognition]]
    /// Per recognizer index: whether `all[i]` was made in place (the table's own list, else the
    /// recognizer's, maybe shared, which `begin` lets go).
    private var madeInPlace: [Bool]
    /// The recognizers added since `begin`.
    private var added = 0
    /// The most room a list keeps from one text to the next (a long article gives a recognizer a few
    /// hundred recognitions).
    private static let keptCapacity = 1024
    private var rows: [Int32]
    private var owner: [Int32]
    private var order: [Int32]
    private var ends: [Int32]
    /// Per token: bit `i` (for recognizer `i` < 63) set when recognizer `i` has a recognition starting
    /// there; bit 63 stands for every recognizer from 63 on. Most tokens start none, and the VM skips
    /// them with one load.
    private(set) var startMask: [UInt64]
    /// The tokens, ascending and each once, where a recognizer of the program's recognizer rules
    /// (`Program.recognizerRuleMask`) has a recognition: the only tokens `RecognizerRule.matches` visits.
    /// The first `ruleStartCount` entries (the array keeps room from earlier texts).
    private(set) var ruleStarts: [Int32]
    private(set) var ruleStartCount = 0

    /// No recognitions and no tokens.
    init() {
        all = []
        madeInPlace = []
        rows = []
        owner = []
        order = []
        ends = []
        startMask = []
        ruleStarts = []
    }

    /// `wanted`: per sentence, the recognizers (as `bit`s) some rule can use there (nil: all everywhere);
    /// each recognizer gets its `TokenScope` in the context.
    init(program: Program, recognizers: [any Recognizer], text: SegmentedText, context: RecognizerContext, wanted: [UInt64]? = nil) {
        self.init()
        fill(program: program, recognizers: recognizers, slots: Self.slots(program: program, recognizers: recognizers),
             text: text, context: context, wanted: wanted)
    }

    /// The recognizers of `recognizers` that recognize in place, and per recognizer its index among
    /// them or -1 (cast once, not per text).
    static func inPlace(_ recognizers: [any Recognizer]) -> InPlaceRecognizers {
        var list: [any RecognizesInPlace] = []
        var index: [Int] = []
        for r in recognizers {
            if let p = r as? any RecognizesInPlace {
                index.append(list.count)
                list.append(p)
            } else {
                index.append(-1)
            }
        }
        return InPlaceRecognizers(list: list, index: index)
    }

    /// Per recognizer of the program: the index in `recognizers` of the one that runs for it, or -1 when
    /// none does (no rule uses it, or none has its name).
    static func slots(program: Program, recognizers: [any Recognizer]) -> [Int] {
        program.recognizerNames.indices.map { i in
            guard program.usesRecognizer[i] else { return -1 }
            return recognizers.firstIndex { $0.name == program.recognizerNames[i] } ?? -1
        }
    }

    /// Makes this the table of `text` in one call, keeping the room of the arrays it held (when no copy
    /// of the table shares them): `begin`, `recognize` for each recognizer, then `place`. (Tests build
    /// tables this way; the extractor calls the three itself, each recognizer over every source of a
    /// batch in turn.) `slots`: `slots(...)`.
    mutating func fill(program: Program, recognizers: [any Recognizer], slots: [Int], text: SegmentedText,
                       context: RecognizerContext, wanted: [UInt64]?) {
        begin()
        var context = context
        let anywhere = Self.anywhere(wanted)
        let inPlace = Self.inPlace(recognizers)
        for (i, slot) in slots.enumerated() {
            recognize(i, slot: slot, of: recognizers, inPlace: inPlace, text: text, context: &context, wanted: wanted, anywhere: anywhere)
        }
        place(program: program, tokenCount: text.tokens.count)
    }

    /// The recognizers wanted in some sentence (every one when `wanted` is nil): one wanted nowhere
    /// would start no match anywhere in its scope, so it is not called at all. For the recognizers
    /// that ignore their `TokenScope` (person, official, quote) this relies on `RecognizerDemand`
    /// being sound: a sentence where some rule could use a recognizer must have its bit
    /// (`RecognizerDemandTests.skippingChangesNoClaim` compares with every recognizer run).
    static func anywhere(_ wanted: [UInt64]?) -> UInt64 {
        guard let wanted else { return ~0 }
        var anywhere: UInt64 = 0
        for m in wanted { anywhere |= m }
        return anywhere
    }

    /// Starts refilling the table: no recognitions yet (the recognizers' come with `recognize`).
    /// The bits the last text set in `startMask` are cleared where they were set (its recognitions'
    /// starts), not by zeroing every token: the array then only changes length (in `place`).
    /// The lists made in place are emptied where they are (their room kept, unless unusually large);
    /// the others are let go.
    mutating func begin() {
        Self.clear(&startMask, at: all)
        for i in all.indices where !all[i].isEmpty {
            if madeInPlace[i] && all[i].capacity <= Self.keptCapacity { all[i].removeAll(keepingCapacity: true) } else { all[i] = [] }
        }
        added = 0
    }

    /// Adds the recognitions of the program's recognizer `i` (the next one: recognizers are added in
    /// program order), found by `recognizers[slot]` (none when `slot` is -1) in its `TokenScope` of
    /// `wanted` (set in `context`, which the recognizer gets), or none when it is wanted nowhere
    /// (`anywhere`). Ranges outside the text are dropped (a copy only when some are: the recognizers'
    /// own arrays are kept as they are). A recognizer that recognizes in place (`inPlace`, from
    /// `inPlace(recognizers)`) appends to the table's list, which `begin` left empty.
    mutating func recognize(_ i: Int, slot: Int, of recognizers: [any Recognizer], inPlace ips: InPlaceRecognizers,
                            text: SegmentedText, context: inout RecognizerContext, wanted: [UInt64]?, anywhere: UInt64) {
        assert(i == added)
        added += 1
        if i == all.count {
            all.append([])
            madeInPlace.append(false)
        }
        guard slot >= 0, anywhere & Self.bit(i) != 0 else { return }
        context.scope = TokenScope(text, masks: wanted, bit: Self.bit(i))
        let n = text.tokens.count
        let k = ips.index[slot]
        if k >= 0 {
            madeInPlace[i] = true
            ips.list[k].recognize(text, context: context, into: &all[i])
            if all[i].contains(where: { Self.outside($0, n) }) { all[i].removeAll(where: { Self.outside($0, n) }) }
            return
        }
        madeInPlace[i] = false
        var found = recognizers[slot].recognize(text, context: context)
        if found.contains(where: { Self.outside($0, n) }) { found = found.filter { !Self.outside($0, n) } }
        all[i] = found
    }

    /// Whether `r` lies outside a text of `n` tokens (or is empty).
    @inline(__always)
    private static func outside(_ r: Recognition, _ n: Int) -> Bool {
        r.tokens.isEmpty || r.tokens.lowerBound < 0 || r.tokens.upperBound > n
    }

    /// Indexes the recognitions added since `begin` by start token, for a text of `tokenCount` tokens.
    mutating func place(program: Program, tokenCount n: Int) {
        // (Lists past the recognizers added, left from a program with more, are let go.)
        if all.count > added {
            all.removeLast(all.count - added)
            madeInPlace.removeLast(madeInPlace.count - added)
        }
        var total = 0
        for found in all { total += found.count }
        // 2. Entries counted per start token, then placed recognizer by recognizer (so grouped by
        // recognizer within a token), each recognizer's in its sorted order. (`rows` has one spare
        // entry at the end: counting two places ahead makes placing leave the row starts, no shift.)
        // (Only `startMask` is read by its count, and it holds zeros at every token now; the private
        // arrays keep any longer room from an earlier text and are not zeroed: a count in `rows` is set
        // where a token's first entry is counted and read only at tokens with one, and `owner`, `order`,
        // `ends` and `ruleStarts` are written before they are read.)
        Self.resize(&startMask, to: n)
        Self.grow(&rows, to: n + 2)
        Self.grow(&owner, to: total)
        Self.grow(&order, to: total)
        Self.grow(&ends, to: total)
        Self.grow(&ruleStarts, to: total)
        let all = self.all
        let ruleMask = program.recognizerRuleMask
        var listed = 0
        rows.withUnsafeMutableBufferPointer { row in
            startMask.withUnsafeMutableBufferPointer { mask in
                for (i, found) in all.enumerated() where !found.isEmpty {
                    let bit = Self.bit(i)
                    for f in found {
                        let s = f.tokens.lowerBound
                        if mask[s] == 0 { row[s + 2] = 0 }
                        row[s + 2] += 1
                        mask[s] |= bit
                    }
                }
                // rows[t + 1] = entries starting before t; placing token t's advances it to the entries
                // starting before t + 1, so rows[t] ends as token t's first entry. The same pass lists the
                // tokens where a rule recognizer starts something (`ruleStarts`, ascending).
                row[0] = 0
                row[1] = 0
                var sum: Int32 = 0
                // (On raw pointers with wrapping arithmetic: the loop runs once per token of every source, and
                // `t + 2` stays within `rows`, which is `n + 2` long.)
                ruleStarts.withUnsafeMutableBufferPointer { rs in
                    guard n > 0 else { return }
                    let masks = UnsafePointer(mask.baseAddress!), counts = row.baseAddress! + 2
                    @inline(__always) func place(_ t: Int) {
                        let m = masks[t]
                        if m != 0 {
                            sum &+= counts[t]
                            if m & ruleMask != 0 { rs[listed] = Int32(truncatingIfNeeded: t); listed &+= 1 }
                        }
                        counts[t] = sum
                    }
                    var t = 0
                    // Four tokens at once where none of them starts a recognition (most tokens start none),
                    // else one.
                    while t &+ 4 <= n {
                        if masks[t] | masks[t &+ 1] | masks[t &+ 2] | masks[t &+ 3] == 0 {
                            (counts[t], counts[t &+ 1], counts[t &+ 2], counts[t &+ 3]) = (sum, sum, sum, sum)
                            t &+= 4
                        } else {
                            place(t)
                            t &+= 1
                        }
                    }
                    while t < n {
                        place(t)
                        t &+= 1
                    }
                }
                owner.withUnsafeMutableBufferPointer { own in
                    order.withUnsafeMutableBufferPointer { ord in
                    ends.withUnsafeMutableBufferPointer { ends in
                        for (i, found) in all.enumerated() where !found.isEmpty {
                            // Longest first at each start, then in the recognizer's order; most
                            // recognizers already return that order, and then no sort is needed.
                            var inOrder = true
                            var k = 1
                            while k < found.count {
                                let x = found[k].tokens, y = found[k - 1].tokens
                                if x.lowerBound < y.lowerBound || (x.lowerBound == y.lowerBound && x.upperBound > y.upperBound) {
                                    inOrder = false
                                    break
                                }
                                k += 1
                            }
                            let sorted: [Int] = inOrder ? [] : found.indices.sorted { a, b in
                                let x = found[a].tokens, y = found[b].tokens
                                if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
                                if x.upperBound != y.upperBound { return x.upperBound > y.upperBound }
                                return a < b
                            }
                            for m in 0..<found.count {
                                let k = inOrder ? m : sorted[m]
                                let s = found[k].tokens.lowerBound
                                let e = Int(row[s + 1])
                                own[e] = Int32(i)
                                ord[e] = Int32(k)
                                ends[e] = Int32(truncatingIfNeeded: found[k].tokens.upperBound)
                                row[s + 1] += 1
                            }
                        }
                    }
                    }
                }
            }
        }
        ruleStartCount = listed
    }

    /// Zeros in `mask` at the start of each of `all`.
    private static func clear(_ mask: inout [UInt64], at all: [[Recognition]]) {
        mask.withUnsafeMutableBufferPointer { m in
            for found in all { for f in found { m[f.tokens.lowerBound] = 0 } }
        }
    }

    /// `array` made `count` long: cut, or lengthened with zeros.
    @inline(__always)
    private static func resize<T: FixedWidthInteger>(_ array: inout [T], to count: Int) {
        let c = array.count
        if c > count { array.removeLast(c - count) } else if c < count { array.append(contentsOf: repeatElement(0, count: count - c)) }
    }

    /// `array` at least `count` long (entries added as zeros, the others as they were).
    @inline(__always)
    private static func grow<T: FixedWidthInteger>(_ array: inout [T], to count: Int) {
        if array.count < count { array.append(contentsOf: repeatElement(0, count: count - array.count)) }
    }

    /// The `startMask` bit of recognizer `i`.
    @inline(__always)
    static func bit(_ i: Int) -> UInt64 { 1 << UInt64(min(i, 63)) }

    /// The entries of recognizer `i` among those starting at token `t`, longest first: read each with
    /// `recognition(_:)` and `end(_:)` (plain loads: no slice of the table's arrays, which would retain them).
    @inline(__always)
    func entries(_ i: Int, at t: Int) -> Range<Int> {
        var a = Int(rows[t])
        let e = Int(rows[t + 1])
        let owner = Int32(i)
        while a < e && self.owner[a] < owner { a += 1 }
        var b = a
        while b < e && self.owner[b] == owner { b += 1 }
        return a..<b
    }

    /// Whether recognizer `i` has a recognition starting at token `t`.
    @inline(__always)
    func starts(_ i: Int, at t: Int) -> Bool {
        !entries(i, at: t).isEmpty
    }

    /// The index into `all[i]` of entry `e` of recognizer `i` (`entries(i, at:)`).
    @inline(__always)
    func recognition(_ e: Int) -> Int32 { order[e] }

    /// The end token of entry `e`'s recognition.
    @inline(__always)
    func end(_ e: Int) -> Int { Int(ends[e]) }
}
