/// A rule whose whole pattern is one recognizer call, maybe inside captures (`<person>`,
/// `(?<q> <quote>)`). Its matches in a sentence are exactly the recognizer's recognitions there, taken
/// as the VM takes every rule's matches: leftmost, then longest (the first of equally long ones in the
/// table's order), not overlapping, within the sentence. So they are read straight off the recognition
/// table (`matches`) instead of running a thread per recognition through the VM; the shipped
/// `<person>`, `<official>` and `<quote>` rules make most claims, and this is all their work.
struct RecognizerRule: Sendable {
    var rule: Int
    /// Program index of the recognizer.
    var recognizer: Int
    /// First of the recognizer's three occurrence slots (start, end, recognition index).
    var slot: Int
    /// Capture slots saved before the recognizer (set to the match start), then after it (the end), in
    /// instruction order.
    var savesBefore: [Int]
    var savesAfter: [Int]

    /// The rule's shape in its instructions (its entry to its `match`), if it is saves, one recognizer
    /// this run has, saves, and the match.
    init?(rule: Int, _ instructions: ArraySlice<Instruction>) {
        guard case .match(rule) = instructions.last else { return nil }
        var before: [Int] = [], after: [Int] = []
        var recognizer: (index: Int, slot: Int)?
        for ins in instructions.dropLast() {
            switch ins {
            case .save(let s):
                if recognizer == nil { before.append(s) } else { after.append(s) }
            case .recognizer(let i, let s) where i >= 0 && recognizer == nil:
                recognizer = (i, s)
            default:
                return nil
            }
        }
        guard let recognizer else { return nil }
        self.rule = rule
        self.recognizer = recognizer.index
        self.slot = recognizer.slot
        savesBefore = before
        savesAfter = after
    }

    /// The matches of `rules` in the sentence of tokens `sentence`, appended to `out` in token order.
    /// `mask` is the `startMask` bits of all their recognizers; `resume` is scratch room (one per rule).
    static func matches(of rules: [RecognizerRule], mask: UInt64, in table: RecognitionTable, sentence: Range<Int>,
                        empty: [[Int32]], resume: inout [Int], into out: inout [RuleMatch]) {
        let hi = sentence.upperBound
        resume.removeAll(keepingCapacity: true)
        resume.append(contentsOf: repeatElement(sentence.lowerBound, count: rules.count))
        table.startMask.withUnsafeBufferPointer { starts in
            var p = sentence.lowerBound
            while p < hi {
                let here = starts[p] & mask
                if here != 0 {
                    for (j, d) in rules.enumerated() where p >= resume[j] && here & RecognitionTable.bit(d.recognizer) != 0 {
                        if let m = d.match(in: table, at: p, limit: hi, empty: empty[d.rule]) {
                            out.append(m)
                            resume[j] = m.end
                        }
                    }
                }
                p += 1
            }
        }
    }

    /// The rule's match starting at token `p`: the longest of the recognitions starting there that ends
    /// by `limit` (the first of them in table order when several do), if any.
    private func match(in table: RecognitionTable, at p: Int, limit: Int, empty: [Int32]) -> RuleMatch? {
        // Longest first: the first that ends by the limit is the longest that does.
        for k in table.starting(recognizer, at: p) {
            let end = table.all[recognizer][Int(k)].tokens.upperBound
            guard end <= limit else { continue }
            var captures = empty
            for s in savesBefore { captures[s] = Int32(p) }
            captures[slot] = Int32(p)
            captures[slot + 1] = Int32(end)
            captures[slot + 2] = k
            for s in savesAfter { captures[s] = Int32(end) }
            return RuleMatch(rule: rule, start: p, end: end, captures: captures)
        }
        return nil
    }
}
