import Testing
@testable import CrossCheckKit

@Suite struct RuleTesterTests {
    typealias S = RuleTestSupport

    @Test func reportsTheFailingExampleAndWhatWasProduced() throws {
        let file = """
        { version: 1, rules: [
          { id: "troops", kind: "count", description: "d", pattern: "(?<n> <number>) troops", value: { quantity: "$n", of: "troops" },
            examples: {
              match: [ { text: "5 troops came", value: "5 (troops)", match: "5 troops" },
                       { text: "6 troops came", value: "7 (troops)" } ],
              noMatch: [ "troops 5", "8 troops" ] } },
        ] }
        """
        let results = RuleTester(rules: try S.ruleSet(file), recognizers: S.recognizers).run()
        #expect(results.count == 1)
        let r = try #require(results.first)
        #expect(!r.passed)
        #expect(r.examples == 4)
        #expect(r.failures.map(\.isMatch) == [true, false])
        #expect(r.failures.first?.message == "expected value '7 (troops)' from \"6 troops came\"; produced '6 (troops)' «6 troops» (key 'troops')")
        #expect(r.failures.last?.message == "expected no claim from \"8 troops\"; produced '8 (troops)' «8 troops» (key 'troops')")
        #expect(r.failures.first?.example.line == 5)
    }

    @Test func aMatchRefusedForItsDimensionSaysSo() throws {
        // The rule matched, but its value requires a length: the failure names what was refused and why.
        let file = """
        { version: 1, rules: [
          { id: "crest", kind: "quantity", description: "d", pattern: "peaked at (?<q> <number>)", value: { quantity: "$q", dimension: "length" },
            examples: { match: [ { text: "It peaked at 11%.", value: "11 percent" } ], noMatch: [ "x" ] } },
        ] }
        """
        let r = try #require(RuleTester(rules: try RuleSet.parse(files: [("t.json5", file)])).run().first)
        #expect(r.failures.first?.message == "expected value '11 percent' from \"It peaked at 11%.\"; produced nothing; refused '11 percent' «peaked at 11%» (key 'crest'), not of dimension 'length'")
    }

    @Test func surfaceTextAndKeyAreCheckedWhenGiven() throws {
        let file = """
        { version: 1, rules: [
          { id: "gap", kind: "duration", description: "d", pattern: "(?<n> <number>) years", key: "gap",
            examples: { match: [ { text: "after 24 years", value: "24", match: "24 years", key: "gap" },
                                 { text: "after 24 years", value: "24", match: "24" },
                                 { text: "after 24 years", value: "24", key: "other" } ],
                        noMatch: [ "years" ] } },
        ] }
        """
        let r = try #require(RuleTester(rules: try S.ruleSet(file), recognizers: S.recognizers).run().first)
        #expect(r.failures.count == 2)
    }

    @Test func publishedDateReachesRecognizers() throws {
        struct PublishedEcho: Recognizer {
            var name = "date"
            var examples: [RecognizerExample] { [] }
            func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
                guard let p = context.published else { return [] }
                return text.tokens.indices.filter { text.token($0, is: "today") }.map { Recognition(tokens: $0..<($0 + 1), value: .date(p.date)) }
            }
        }
        let file = """
        { version: 1, rules: [
          { id: "d", kind: "date", description: "d", pattern: "<date>",
            examples: { match: [ { text: "It happened today.", value: "2024-06-19", published: "2024-06-19" } ], noMatch: [ "It happened today." ] } },
        ] }
        """
        let set = try RuleSet.parse(files: [("t.json5", file)], recognizers: ["date"])
        let r = try #require(RuleTester(rules: set, recognizers: [PublishedEcho()]).run().first)
        #expect(r.passed, "\(r.failures.map(\.message))")
    }
}
