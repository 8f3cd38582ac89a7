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
        all = []
        base = []
        rows = []
        order = []
        startMask = Array(repeating: 0, count: n)
        for (i, name) in program.recognizerNames.enumerated() {
            guard program.usesRecognizer[i], let r = recognizers.first(where: { $0.name == name }) else {
                all.append([])
                base.append(-1)
                continue
            }
            let found = r.recognize(text, context: context).filter { !$0.tokens.isEmpty && $0.tokens.lowerBound >= 0 && $0.tokens.upperBound <= n }
            all.append(found)
            guard !found.isEmpty else {
                base.append(-1)
                continue
            }
            let sorted = found.indices.sorted { a, b in
                let x = found[a].tokens, y = found[b].tokens
                if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
                if x.upperBound != y.upperBound { return x.upperBound > y.upperBound }
                return a < b
            }
            let b = rows.count
            base.append(b)
            rows.append(contentsOf: repeatElement(Int32(order.count), count: n + 1))
            let bit: UInt64 = 1 << UInt64(min(i, 63))
            for k in found {
                rows[b + k.tokens.lowerBound + 1] += 1
                startMask[k.tokens.lowerBound] |= bit
            }
            for t in 0..<n { rows[b + t + 1] += rows[b + t] - Int32(order.count) }
            order.append(contentsOf: sorted.lazy.map { Int32($0) })
        }
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
