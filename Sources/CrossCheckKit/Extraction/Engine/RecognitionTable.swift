/// The recognitions of one source, per recognizer of the program, indexed by start token.
struct RecognitionTable: Sendable {
    /// Per recognizer index: every recognition.
    var all: [[Recognition]]
    /// Per recognizer index: start token → indices into `all`, longest first.
    var byStart: [[Int: [Int]]]

    init(program: Program, recognizers: [any Recognizer], text: SegmentedText, context: RecognizerContext) {
        var all: [[Recognition]] = []
        var byStart: [[Int: [Int]]] = []
        for (i, name) in program.recognizerNames.enumerated() {
            guard program.usesRecognizer[i], let r = recognizers.first(where: { $0.name == name }) else {
                all.append([])
                byStart.append([:])
                continue
            }
            let found = r.recognize(text, context: context).filter { !$0.tokens.isEmpty && $0.tokens.upperBound <= text.tokens.count }
            var index: [Int: [Int]] = [:]
            for (k, rec) in found.enumerated() { index[rec.tokens.lowerBound, default: []].append(k) }
            for key in index.keys {
                index[key]!.sort { found[$0].tokens.upperBound != found[$1].tokens.upperBound ? found[$0].tokens.upperBound > found[$1].tokens.upperBound : $0 < $1 }
            }
            all.append(found)
            byStart.append(index)
        }
        self.all = all
        self.byStart = byStart
    }

    /// Whether recognizer `i` has a recognition starting at token `t`.
    @inline(__always)
    func starts(_ i: Int, at t: Int) -> Bool { byStart[i][t] != nil }
}
