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
    /// The capture slots of every match (`RuleMatch.init(pattern:)`): -1 where unset, the codes for
    /// the match's start, end and recognition where the saves and the recognizer write them.
    var pattern: [Int32]

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
        // The rule's slots are the ones its instructions write (saves and the recognizer's three), written
        // in the order a match writes them.
        let size = (before + after + [recognizer.slot + 2]).max()! + 1
        var pattern = [Int32](repeating: -1, count: size)
        for s in before { pattern[s] = RuleMatch.startCode }
        pattern[recognizer.slot] = RuleMatch.startCode
        pattern[recognizer.slot + 1] = RuleMatch.endCode
        pattern[recognizer.slot + 2] = RuleMatch.recognitionCode
        for s in after { pattern[s] = RuleMatch.endCode }
        self.pattern = pattern
    }

    /// The matches of `rules` in the sentence of tokens `sentence`, appended to `out` in token order.
    /// `mask` is the `startMask` bits of all their recognizers; `resume` is scratch room (one per rule).
    static func matches(of rules: [RecognizerRule], mask: UInt64, in table: RecognitionTable, sentence: Range<Int>,
                        resume: inout [Int], into out: inout [RuleMatch]) {
        let hi = sentence.upperBound
        // (Reset in place: a few rules, so a loop, not the generic fill of a removed array.)
        if resume.count != rules.count { resume = [Int](repeating: 0, count: rules.count) }
        for j in resume.indices { resume[j] = sentence.lowerBound }
        table.startMask.withUnsafeBufferPointer { starts in
            var p = sentence.lowerBound
            while p < hi {
                let here = starts[p] & mask
                if here != 0 {
                    // (By index: a rule copied out of the array would retain its arrays.)
                    for j in rules.indices where p >= resume[j] && here & RecognitionTable.bit(rules[j].recognizer) != 0 {
                        if let m = rules[j].match(in: table, at: p, limit: hi) {
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
    private func match(in table: RecognitionTable, at p: Int, limit: Int) -> RuleMatch? {
        // Longest first: the first that ends by the limit is the longest that does.
        for k in table.starting(recognizer, at: p) {
            let end = table.all[recognizer][Int(k)].tokens.upperBound
            guard end <= limit else { continue }
            return RuleMatch(rule: rule, start: p, end: end, pattern: pattern, recognition: k)
        }
        return nil
    }
}
