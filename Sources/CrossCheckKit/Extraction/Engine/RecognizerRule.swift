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
    /// `mask` is the `startMask` bits of all their recognizers (the table's `ruleStarts` were listed with
    /// it); `resume` is scratch room (one per rule). `cursor` is where the sentence's tokens may begin in
    /// `table.ruleStarts` (0 at the first sentence; left past them for the next sentence, which must come
    /// later in the text).
    static func matches(of rules: [RecognizerRule], mask: UInt64, in table: RecognitionTable, sentence: Range<Int>,
                        cursor: inout Int, resume: inout [Int], into out: inout [RuleMatch]) {
        let lo = sentence.lowerBound, hi = sentence.upperBound
        // Only the tokens where one of the rules' recognizers starts something, not every token: the
        // table listed them for `Program.recognizerRuleMask`, so `mask` must be within it (a wider mask
        // would miss the tokens where only its other recognizers start something).
        let count = table.ruleStartCount
        table.ruleStarts.withUnsafeBufferPointer { listed in
            var k = cursor
            while k < count && Int(listed[k]) < lo { k += 1 }
            guard k < count && Int(listed[k]) < hi else { cursor = k; return }
            // (Reset in place: a few rules, so a loop, not the generic fill of a removed array.)
            if resume.count != rules.count { resume = [Int](repeating: 0, count: rules.count) }
            for j in resume.indices { resume[j] = lo }
            table.startMask.withUnsafeBufferPointer { starts in
                while k < count {
                    let p = Int(listed[k])
                    guard p < hi else { break }
                    k += 1
                    let here = starts[p] & mask
                    guard here != 0 else { continue }
                    // (By index: a rule copied out of the array would retain its arrays.)
                    for j in rules.indices where p >= resume[j] && here & RecognitionTable.bit(rules[j].recognizer) != 0 {
                        if let m = rules[j].match(in: table, at: p, limit: hi) {
                            out.append(m)
                            resume[j] = m.end
                        }
                    }
                }
            }
            cursor = k
        }
    }

    /// `matches(of:mask:in:sentence:cursor:resume:into:)` for one sentence on its own (its tokens found
    /// in `table.ruleStarts` from the start of the list).
    static func matches(of rules: [RecognizerRule], mask: UInt64, in table: RecognitionTable, sentence: Range<Int>,
                        resume: inout [Int], into out: inout [RuleMatch]) {
        var cursor = 0
        matches(of: rules, mask: mask, in: table, sentence: sentence, cursor: &cursor, resume: &resume, into: &out)
    }

    /// The rule's match starting at token `p`: the longest of the recognitions starting there that ends
    /// by `limit` (the first of them in table order when several do), if any.
    /// (Inlined: returned through memory, the optional match cost a generic destroy per call.)
    @inline(__always)
    private func match(in table: RecognitionTable, at p: Int, limit: Int) -> RuleMatch? {
        // Longest first: the first that ends by the limit is the longest that does.
        for e in table.entries(recognizer, at: p) {
            let end = table.end(e)
            guard end <= limit else { continue }
            return RuleMatch(rule: rule, start: p, end: end, pattern: pattern, recognition: table.recognition(e))
        }
        return nil
    }
}
