import Testing
@testable import CrossCheckKit

/// A table refilled text after text (its room kept, `startMask` cleared where the last
/// text set it, `rows` not zeroed) must read exactly as a fresh table of the same text, and the
/// recognizer-rule matches found with one cursor across the sentences must be those found sentence by
/// sentence from the start of the list.
@Suite struct RecognitionTableRefillTests {
    struct Ranges: Recognizer {
        var name: String
        var ranges: [Range<Int>]
        var examples: [RecognizerExample] { [] }
        func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
            ranges.enumerated().map { Recognition(tokens: $0.element, value: .text("\(name)\($0.offset)")) }
        }
    }

    private struct Found: Hashable { var rule, start, end: Int; var captures: [Int32] }

    @Test func refilledTableReadsAsFresh() throws {
        let body = ["<a>", "(?<x> <b>)", "<a> <b>", "x <c>", "<c>"].enumerated().map { k, p in
            "{ id: \"r\(k)\", kind: \"count\", description: \"t\", pattern: \(RuleTestSupport.quoted(p)), examples: { match: [ { text: \"x\", value: \"x\" } ], noMatch: [ \"y\" ] } },"
        }.joined(separator: "\n")
        let set = try RuleSet.parse(files: [("t.json5", "{ version: 1, rules: [ \(body) ] }")], recognizers: ["a", "b", "c"])
        let program = Program(rules: set.rules, recognizerNames: ["a", "b", "c"], lexicons: set.lexicons)
        #expect(!program.recognizerRules.isEmpty)
        var random = RecognizerRuleTests.Random(state: 99)
        let words = ["alpha", "beta", "x", "gamma"]
        var reused = RecognitionTable()
        var checked = 0
        for round in 0..<400 {
            var text = ""
            // Long and short texts in turn, so the kept room is longer or shorter than the text.
            let length = round % 3 == 0 ? 1 + random.next(120) : 1 + random.next(12)
            for k in 0..<length {
                text += (k == 0 ? "" : " ") + words[random.next(words.count)]
                if random.next(7) == 0 { text += "." }
            }
            let seg = Segmenter().segment(Source(id: "s", file: "s.txt", text: text))
            let n = seg.tokens.count
            var recognizers: [any Recognizer] = []
            for name in ["a", "b", "c"] {
                var ranges: [Range<Int>] = []
                for _ in 0..<random.next(n + 2) {
                    let s = random.next(n)
                    ranges.append(s..<min(n, s + 1 + random.next(4)))
                }
                if random.next(4) == 0 { ranges.reverse() }  // out of order: the table sorts
                recognizers.append(Ranges(name: name, ranges: ranges))
            }
            if random.next(5) == 0 { recognizers.swapAt(0, 2) }  // slots other than the program's order
            let fresh = RecognitionTable(program: program, recognizers: recognizers, text: seg, context: RecognizerContext())
            reused.fill(program: program, recognizers: recognizers, slots: RecognitionTable.slots(program: program, recognizers: recognizers),
                        text: seg, context: RecognizerContext(), wanted: nil)
            #expect(reused.all == fresh.all)
            #expect(reused.startMask == fresh.startMask, "round \(round)")
            #expect(reused.ruleStartCount == fresh.ruleStartCount)
            #expect(Array(reused.ruleStarts.prefix(reused.ruleStartCount)) == Array(fresh.ruleStarts.prefix(fresh.ruleStartCount)))
            for i in 0..<3 {
                for t in 0..<n {
                    // Each entry: its recognition and its end, which must be that recognition's end.
                    func listed(_ table: RecognitionTable) -> [[Int]] {
                        table.entries(i, at: t).map { e in
                            let k = Int(table.recognition(e))
                            #expect(table.end(e) == table.all[i][k].tokens.upperBound && table.all[i][k].tokens.lowerBound == t)
                            return [k, table.end(e)]
                        }
                    }
                    #expect(listed(reused) == listed(fresh), "round \(round) recognizer \(i) token \(t)")
                    checked += reused.entries(i, at: t).count
                }
            }
            // One cursor across the sentences == each sentence from the start of the list.
            var cursor = 0
            var resumeA: [Int] = [], resumeB: [Int] = []
            for sentence in seg.sentences where !sentence.tokens.isEmpty {
                var a: [RuleMatch] = [], b: [RuleMatch] = []
                RecognizerRule.matches(of: program.recognizerRules, mask: program.recognizerRuleMask, in: reused,
                                       sentence: sentence.tokens, cursor: &cursor, resume: &resumeA, into: &a)
                RecognizerRule.matches(of: program.recognizerRules, mask: program.recognizerRuleMask, in: fresh,
                                       sentence: sentence.tokens, resume: &resumeB, into: &b)
                #expect(a.map { Found(rule: $0.rule, start: $0.start, end: $0.end, captures: $0.captures) }
                        == b.map { Found(rule: $0.rule, start: $0.start, end: $0.end, captures: $0.captures) })
            }
        }
        #expect(checked > 1000)
    }
}
