import Testing
@testable import CrossCheckKit

/// Rules that are one recognizer call are matched off the recognition table (`RecognizerRule`), not by
/// the VM: their matches must be exactly those the VM finds, on any recognitions, however they overlap.
@Suite struct RecognizerRuleTests {
    /// Recognitions at fixed token ranges (any overlap, repeats, ranges across a sentence end), for
    /// comparing the two matchers; the value numbers each range so a wrong pick shows.
    struct RangesRecognizer: Recognizer {
        var name = "span"
        var ranges: [Range<Int>]
        var examples: [RecognizerExample] { [] }
        func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
            ranges.enumerated().map { Recognition(tokens: $0.element, value: .text("r\($0.offset)")) }
        }
    }

    /// SplitMix64: the same cases on every run.
    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D4_9BB1_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }

    private func rules(_ patterns: [String]) throws -> RuleSet {
        let body = patterns.enumerated().map { k, p in
            "{ id: \"r\(k)\", kind: \"count\", description: \"t\", pattern: \(RuleTestSupport.quoted(p)), examples: { match: [ { text: \"x\", value: \"x\" } ], noMatch: [ \"y\" ] } },"
        }.joined(separator: "\n")
        return try RuleSet.parse(files: [("t.json5", "{ version: 1, rules: [ \(body) ] }")], recognizers: ["span"])
    }

    private struct Found: Hashable { var rule, start, end: Int; var captures: [Int32] }

    @Test func shapesAreRecognized() throws {
        let set = try rules(["<span>", "(?<a> <span>)", "(?<a> (?<b> <span>))", "<span> x", "<span> <span>?", "(<span>)+", "^ <span>"])
        let program = Program(rules: set.rules, recognizerNames: ["span"], lexicons: set.lexicons)
        #expect(program.recognizerRules.map(\.rule) == [0, 1, 2])
        #expect(program.runsInVM == [false, false, false, true, true, true, true])
        // A recognizer this run lacks never matches: not a recognizer rule (the VM finds nothing).
        let none = Program(rules: set.rules, recognizerNames: ["other"], lexicons: set.lexicons)
        #expect(none.recognizerRules.isEmpty)
    }

    @Test func sameMatchesAsTheVM() throws {
        let set = try rules(["<span>", "(?<a> <span>)", "(?<a> (?<b> <span>))"])
        let words = ["alpha", "beta", "gamma", "delta", "x"]
        var random = Random(state: 7)
        var total = 0
        for _ in 0..<300 {
            var text = ""
            for k in 0..<(8 + random.next(30)) {
                text += (k == 0 ? "" : " ") + words[random.next(words.count)]
                if random.next(9) == 0 { text += "." }
            }
            text += "."
            let source = Source(id: "s", file: "s.txt", text: text)
            let seg = Segmenter().segment(source)
            let n = seg.tokens.count
            var ranges: [Range<Int>] = []
            for _ in 0..<random.next(2 * n) {
                let s = random.next(n)
                let e = min(n, s + 1 + random.next(5))
                ranges.append(s..<e)
                if random.next(6) == 0 { ranges.append(s..<e) }  // the same range twice
            }
            let recognizer = RangesRecognizer(ranges: ranges)
            let direct = Program(rules: set.rules, recognizerNames: ["span"], lexicons: set.lexicons)
            var parts = ProgramParts(rules: set.rules, recognizerNames: ["span"], lexicons: set.lexicons)
            parts.recognizerRules = []
            parts.recognizerRuleMask = 0
            parts.runsInVM = Array(repeating: true, count: set.rules.count)
            let forced = Program(parts)
            let table = RecognitionTable(program: direct, recognizers: [recognizer], text: seg, context: RecognizerContext())
            var vm = PikeVM(program: forced)
            var resume: [Int] = []
            for sentence in seg.sentences where !sentence.tokens.isEmpty {
                var out: [RuleMatch] = []
                RecognizerRule.matches(of: direct.recognizerRules, mask: direct.recognizerRuleMask, in: table,
                                       sentence: sentence.tokens, resume: &resume, into: &out)
                let mine = Set(out.map { Found(rule: $0.rule, start: $0.start, end: $0.end, captures: $0.captures) })
                let theirs = Set(vm.run(sentence.tokens, text: seg, recognitions: table).map { Found(rule: $0.rule, start: $0.start, end: $0.end, captures: $0.captures) })
                #expect(out.count == mine.count)
                #expect(mine == theirs, "\(text) \(ranges) sentence \(sentence.tokens)")
                total += mine.count
            }
        }
        #expect(total > 1000)
    }
}
