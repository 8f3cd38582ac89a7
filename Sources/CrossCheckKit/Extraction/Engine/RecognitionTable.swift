/// The recognitions of one source, per recognizer of the program, indexed by start token.
/// Rows are flattened into two integer arrays (no array of arrays, so lookups in the VM's inner loop
/// do no reference counting): the recognitions of recognizer `i` starting at token `t` are
/// `order[rows[base[i] + t]..<rows[base[i] + t + 1]]`, indices into `all[i]`, longest first.
struct RecognitionTable: Sendable {
    /// Per recognizer index: every recognition.
    var all: [[Recognition]]
    /// Per recognizer: where its rows begin in `rows`, or -1 when it found nothing (or is unused).
    private var base: [Int]
    private var rows: [Int32]
    private var order: [Int32]
    /// Per token: bit `i` (for recognizer `i` < 63) set when recognizer `i` has a recognition starting
    /// there; bit 63 stands for every recognizer from 63 on. Most tokens start none, and the VM skips
    /// them with one load.
    private(set) var startMask: [UInt64]

    init(program: Program, recognizers: [any Recognizer], text: SegmentedText, context: RecognizerContext) {
        let n = text.tokens.count
        // 1. Every recognizer the program uses, in program order; ranges outside the text are dropped
        // (a copy only when some are: the recognizers' own arrays are kept as they are).
        var all: [[Recognition]] = []
        all.reserveCapacity(program.recognizerNames.count)
        var used = 0, total = 0
        for (i, name) in program.recognizerNames.enumerated() {
            guard program.usesRecognizer[i], let r = recognizers.first(where: { $0.name == name }) else {
                all.append([])
                continue
            }
            var found = r.recognize(text, context: context)
            if found.contains(where: { $0.tokens.isEmpty || $0.tokens.lowerBound < 0 || $0.tokens.upperBound > n }) {
                found = found.filter { !$0.tokens.isEmpty && $0.tokens.lowerBound >= 0 && $0.tokens.upperBound <= n }
            }
            if !found.isEmpty { used += 1; total += found.count }
            all.append(found)
        }
        // 2. The rows of the recognizers that found something, in one allocation: per token, a count
        // of the recognitions starting there, then running sums offset by the recognizer's start in `order`.
        var base = [Int](repeating: -1, count: all.count)
        var order: [Int32] = []
        order.reserveCapacity(total)
        var startMask = [UInt64](repeating: 0, count: n)
        let width = n + 1
        let rows = [Int32](unsafeUninitializedCapacity: used * width) { r, count in
            startMask.withUnsafeMutableBufferPointer { mask in
                var b = 0
                for (i, found) in all.enumerated() where !found.isEmpty {
                    base[i] = b
                    let row = r.baseAddress! + b
                    row.initialize(repeating: 0, count: width)
                    let bit = Self.bit(i)
                    // Longest first at each start, then in the recognizer's order; most recognizers
                    // already return that order, and then no sort is needed.
                    var inOrder = true
                    var previous = found[0].tokens
                    for (k, f) in found.enumerated() {
                        let x = f.tokens
                        row[x.lowerBound + 1] += 1
                        mask[x.lowerBound] |= bit
                        if k > 0 && (x.lowerBound < previous.lowerBound
                                     || (x.lowerBound == previous.lowerBound && x.upperBound > previous.upperBound)) {
                            inOrder = false
                        }
                        previous = x
                    }
                    var sum = Int32(order.count)
                    row[0] = sum
                    var t = 1
                    while t < width {
                        sum += row[t]
                        row[t] = sum
                        t += 1
                    }
                    if inOrder {
                        order.append(contentsOf: 0..<Int32(found.count))
                    } else {
                        let sorted = found.indices.sorted { a, b in
                            let x = found[a].tokens, y = found[b].tokens
                            if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
                            if x.upperBound != y.upperBound { return x.upperBound > y.upperBound }
                            return a < b
                        }
                        order.append(contentsOf: sorted.lazy.map { Int32($0) })
                    }
                    b += width
                }
                count = b
            }
        }
        self.all = all
        self.base = base
        self.rows = rows
        self.order = order
        self.startMask = startMask
    }

    /// The `startMask` bit of recognizer `i`.
    @inline(__always)
    static func bit(_ i: Int) -> UInt64 { 1 << UInt64(min(i, 63)) }

    /// Whether recognizer `i` has a recognition starting at token `t`.
    @inline(__always)
    func starts(_ i: Int, at t: Int) -> Bool {
        let b = base[i]
        return b >= 0 && rows[b + t + 1] > rows[b + t]
    }

    /// Indices (into `all[i]`) of the recognitions of recognizer `i` starting at token `t`, longest first.
    @inline(__always)
    func starting(_ i: Int, at t: Int) -> ArraySlice<Int32> {
        let b = base[i]
        guard b >= 0 else { return [] }
        return order[Int(rows[b + t])..<Int(rows[b + t + 1])]
    }
}
