/// The recognitions of one source, per recognizer of the program, indexed by start token
/// (compressed rows: the recognitions starting at token t are `order[rowStart[t]..<rowStart[t+1]]`,
/// longest first).
struct RecognitionTable: Sendable {
    /// Per recognizer index: every recognition.
    var all: [[Recognition]]
    private var rowStart: [[Int32]]
    private var order: [[Int32]]

    init(program: Program, recognizers: [any Recognizer], text: SegmentedText, context: RecognizerContext) {
        let n = text.tokens.count
        all = []
        rowStart = []
        order = []
        for (i, name) in program.recognizerNames.enumerated() {
            guard program.usesRecognizer[i], let r = recognizers.first(where: { $0.name == name }) else {
                all.append([])
                rowStart.append([])
                order.append([])
                continue
            }
            let found = r.recognize(text, context: context).filter { !$0.tokens.isEmpty && $0.tokens.lowerBound >= 0 && $0.tokens.upperBound <= n }
            let sorted = found.indices.sorted { a, b in
                let x = found[a].tokens, y = found[b].tokens
                if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
                if x.upperBound != y.upperBound { return x.upperBound > y.upperBound }
                return a < b
            }
            var rows = Array(repeating: Int32(0), count: n + 1)
            for k in found { rows[k.tokens.lowerBound + 1] += 1 }
            for t in 0..<n { rows[t + 1] += rows[t] }
            all.append(found)
            rowStart.append(rows)
            order.append(sorted.map { Int32($0) })
        }
    }

    /// Whether recognizer `i` has a recognition starting at token `t`.
    @inline(__always)
    func starts(_ i: Int, at t: Int) -> Bool {
        let rows = rowStart[i]
        return !rows.isEmpty && rows[t + 1] > rows[t]
    }

    /// Indices (into `all[i]`) of the recognitions of recognizer `i` starting at token `t`, longest first.
    @inline(__always)
    func starting(_ i: Int, at t: Int) -> ArraySlice<Int32> {
        let rows = rowStart[i]
        guard !rows.isEmpty else { return [] }
        return order[i][Int(rows[t])..<Int(rows[t + 1])]
    }
}
