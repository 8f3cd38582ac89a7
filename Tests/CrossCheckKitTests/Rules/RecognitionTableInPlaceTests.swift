import Testing
@testable import CrossCheckKit

/// A table whose recognizers append in place (`RecognizesInPlace`) keeps each one's list from text to
/// text, emptied by `begin`: refilled across texts, and across programs of more and fewer recognizers,
/// it must hold exactly the lists a fresh table of plain recognizers holds, and a copy of the table
/// taken before a refill must keep its recognitions.
@Suite struct RecognitionTableInPlaceTests {
    /// Appends fixed ranges, as `.text` values.
    struct InPlace: RecognizesInPlace {
        var name: String
        var ranges: [Range<Int>]
        var examples: [RecognizerExample] { [] }
        func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
            recognizedList(text, context: context)
        }
        func recognize(_ text: SegmentedText, context: RecognizerContext, into out: inout [Recognition]) {
            for (k, r) in ranges.enumerated() { out.append(Recognition(tokens: r, value: .text("\(name)\(k)"))) }
        }
    }

    /// Returns the same recognitions as `InPlace`, in a list of its own.
    struct Plain: Recognizer {
        var name: String
        var ranges: [Range<Int>]
        var examples: [RecognizerExample] { [] }
        func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
            ranges.enumerated().map { Recognition(tokens: $0.element, value: .text("\(name)\($0.offset)")) }
        }
    }

    /// A program with one rule per recognizer name (`<name>`), so each runs.
    private func program(_ names: [String]) throws -> Program {
        let body = names.enumerated().map { k, n in
            "{ id: \"r\(k)\", kind: \"count\", description: \"t\", pattern: \(RuleTestSupport.quoted("<\(n)>")), examples: { match: [ { text: \"x\", value: \"x\" } ], noMatch: [ \"y\" ] } },"
        }.joined(separator: "\n")
        let set = try RuleSet.parse(files: [("t.json5", "{ version: 1, rules: [ \(body) ] }")], recognizers: Set(names))
        return Program(rules: set.rules, recognizerNames: names, lexicons: set.lexicons)
    }

    @Test func keptListsReadAsFresh() throws {
        let names = ["a", "b", "c", "d"]
        let programs = try (1...names.count).map { try program(Array(names.prefix($0))) }
        var random = RecognizerRuleTests.Random(state: 7)
        var reused = RecognitionTable()
        var compared = 0
        for round in 0..<300 {
            let program = programs[random.next(programs.count)]
            var text = ""
            let length = 1 + random.next(round % 2 == 0 ? 60 : 8)
            for k in 0..<length { text += (k == 0 ? "" : " ") + "w\(random.next(5))" }
            let seg = Segmenter().segment(Source(id: "s", file: "s.txt", text: text))
            let n = seg.tokens.count
            var mixed: [any Recognizer] = [], plain: [any Recognizer] = []
            for name in program.recognizerNames {
                var ranges: [Range<Int>] = []
                for _ in 0..<random.next(n + 3) {
                    let s = random.next(n)
                    ranges.append(s..<min(n, s + 1 + random.next(3)))
                }
                // Most append in place; some return their own list (which the table must not empty later).
                mixed.append(random.next(3) == 0 ? Plain(name: name, ranges: ranges) as any Recognizer : InPlace(name: name, ranges: ranges))
                plain.append(Plain(name: name, ranges: ranges))
            }
            // A copy of the last text's table, and its lists copied element by element.
            let last = reused
            let lastLists = last.all.map { $0.map { $0 } }
            let fresh = RecognitionTable(program: program, recognizers: plain, text: seg, context: RecognizerContext())
            reused.fill(program: program, recognizers: mixed, slots: RecognitionTable.slots(program: program, recognizers: mixed),
                        text: seg, context: RecognizerContext(), wanted: nil)
            #expect(reused.all == fresh.all, "round \(round)")
            #expect(reused.startMask == fresh.startMask, "round \(round)")
            #expect(last.all == lastLists, "round \(round)")
            compared += fresh.all.reduce(0) { $0 + $1.count }
        }
        #expect(compared > 1000)
    }
}
