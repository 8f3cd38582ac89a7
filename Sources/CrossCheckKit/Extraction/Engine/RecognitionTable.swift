/// The recognitions of one source, per recognizer of the program, indexed by start token.
/// One row per token for all recognizers together (no array of arrays, so lookups in the VM's inner
/// loop do no reference counting, and one row array whatever the number of recognizers): the
/// recognitions starting at token `t` are entries `rows[t]..<rows[t + 1]`, grouped by recognizer
/// (ascending) and, within a recognizer, longest first; `owner` holds each entry's recognizer and
/// `order` its index into `all[owner]`.
struct RecognitionTable: Sendable {
    /// Per recognizer index: every recognition.
    var all: [[Recognition]]
    private var rows: [Int32]
    private var owner: [Int32]
    private var order: [Int32]
    /// Per token: bit `i` (for recognizer `i` < 63) set when recognizer `i` has a recognition starting
    /// there; bit 63 stands for every recognizer from 63 on. Most tokens start none, and the VM skips
    /// them with one load.
    private(set) var startMask: [UInt64]

    /// No recognitions and no tokens.
    init() {
        all = []
        rows = []
        owner = []
        order = []
        startMask = []
    }

    /// `wanted`: per sentence, the recognizers (as `bit`s) some rule can use there (nil: all everywhere);
    /// each recognizer gets its `TokenScope` in the context.
    init(program: Program, recognizers: [any Recognizer], text: SegmentedText, context: RecognizerContext, wanted: [UInt64]? = nil) {
        self.init()
        fill(program: program, recognizers: recognizers, slots: Self.slots(program: program, recognizers: recognizers),
             text: text, context: context, wanted: wanted)
    }

    /// Per recognizer of the program: the index in `recognizers` of the one that runs for it, or -1 when
    /// none does (no rule uses it, or none has its name).
    static func slots(program: Program, recognizers: [any Recognizer]) -> [Int] {
        program.recognizerNames.indices.map { i in
            guard program.usesRecognizer[i] else { return -1 }
            return recognizers.firstIndex { $0.name == program.recognizerNames[i] } ?? -1
        }
    }

    /// Makes this the table of `text`, keeping the room of the arrays it held (when no copy of the
    /// table shares them): an extractor refills one table source after source. `slots`: `slots(...)`.
    mutating func fill(program: Program, recognizers: [any Recognizer], slots: [Int], text: SegmentedText,
                       context: RecognizerContext, wanted: [UInt64]?) {
        let n = text.tokens.count
        var context = context
        // 1. Every recognizer the program uses, in program order; ranges outside the text are dropped
        // (a copy only when some are: the recognizers' own arrays are kept as they are).
        all.removeAll(keepingCapacity: true)
        var total = 0
        // The recognizers wanted in some sentence (every one when `wanted` is nil): one wanted nowhere
        // would start no match anywhere in its scope, so it is not called at all.
        var anywhere: UInt64 = wanted == nil ? ~0 : 0
        if let wanted { for m in wanted { anywhere |= m } }
        for (i, slot) in slots.enumerated() {
            guard slot >= 0, anywhere & Self.bit(i) != 0 else {
                all.append([])
                continue
            }
            context.scope = TokenScope(text, masks: wanted, bit: Self.bit(i))
            var found = recognizers[slot].recognize(text, context: context)
            if found.contains(where: { $0.tokens.isEmpty || $0.tokens.lowerBound < 0 || $0.tokens.upperBound > n }) {
                found = found.filter { !$0.tokens.isEmpty && $0.tokens.lowerBound >= 0 && $0.tokens.upperBound <= n }
            }
            total += found.count
            all.append(found)
        }
        // 2. Entries counted per start token, then placed recognizer by recognizer (so grouped by
        // recognizer within a token), each recognizer's in its sorted order. (`rows` has one spare
        // entry at the end: counting two places ahead makes placing leave the row starts, no shift.)
        Self.reset(&rows, count: n + 2)
        Self.reset(&owner, count: total)
        Self.reset(&order, count: total)
        Self.reset(&startMask, count: n)
        let all = self.all
        rows.withUnsafeMutableBufferPointer { row in
            startMask.withUnsafeMutableBufferPointer { mask in
                for (i, found) in all.enumerated() where !found.isEmpty {
                    let bit = Self.bit(i)
                    for f in found {
                        row[f.tokens.lowerBound + 2] += 1
                        mask[f.tokens.lowerBound] |= bit
                    }
                }
                // rows[t + 1] = entries starting before t; placing token t's advances it to the entries
                // starting before t + 1, so rows[t] ends as token t's first entry.
                // (A running sum through a pointer: rows[0] and rows[1] are 0.)
                var sum: Int32 = 0
                var q = row.baseAddress! + 2
                let last = row.baseAddress! + (n + 2)
                while q < last { sum &+= q.pointee; q.pointee = sum; q += 1 }
                owner.withUnsafeMutableBufferPointer { own in
                    order.withUnsafeMutableBufferPointer { ord in
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
                                row[s + 1] += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// `array` made `count` zeros, in its own room when it has enough.
    private static func reset<T: FixedWidthInteger>(_ array: inout [T], count: Int) {
        array.removeAll(keepingCapacity: true)
        array.append(contentsOf: repeatElement(0, count: count))
    }

    /// The `startMask` bit of recognizer `i`.
    @inline(__always)
    static func bit(_ i: Int) -> UInt64 { 1 << UInt64(min(i, 63)) }

    /// The entries of recognizer `i` among those starting at token `t`.
    @inline(__always)
    private func entries(_ i: Int, at t: Int) -> Range<Int> {
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

    /// Indices (into `all[i]`) of the recognitions of recognizer `i` starting at token `t`, longest first.
    @inline(__always)
    func starting(_ i: Int, at t: Int) -> ArraySlice<Int32> {
        order[entries(i, at: t)]
    }
}
