import Testing
@testable import CrossCheckKit

/// One `ExtractionScratch` serves source after source, and extractors with other rules, without
/// changing a claim.
@Suite struct ExtractionScratchTests {
    @Test func reusedScratchChangesNoClaim() throws {
        let body = "{ id: \"n\", kind: \"count\", description: \"t\", pattern: \"(?<v> <number>) people\", value: \"{v}\", examples: { match: [ { text: \"5 people\", value: \"5\" } ], noMatch: [ \"y\" ] } },"
        let small = try RuleSet.parse(files: [("n.json5", "{ version: 1, rules: [ \(body) ] }")])
        let extractors = [Extractor(rules: try RuleSet.builtin()), Extractor(rules: small)]
        var texts = (0..<12).map { RecognizerDemandTests.soup(seed: UInt64($0 + 1), sentences: 1 + $0 % 5) }
        texts.insert("", at: 3)
        texts.insert("The mayor said 40 people came to the pier on Monday, 3 June 2024, at 6 a.m.", at: 5)
        let scratch = ExtractionScratch()
        var claims = 0
        func check(_ e: Extractor, _ i: Int, _ text: String) {
            let source = Source(id: "s\(i)", file: "s\(i).txt", published: PublishedTime(iso: "2024-06-19T08:00:00Z"), text: text)
            let segmented = Segmenter().segment(source)
            let fresh = e.extract(source, index: i, text: segmented)
            #expect(e.extract(source, index: i, text: segmented, scratch: scratch) == fresh)
            claims += fresh.count
        }
        // Alternating the extractors source by source: the scratch's VM is rebuilt at every switch.
        for (i, text) in texts.enumerated() {
            for e in extractors { check(e, i, text) }
        }
        // One extractor for every source, then the other: one VM (its marks, arena, candidates and
        // rule flags) serves source after source.
        for e in extractors {
            for (i, text) in texts.enumerated() { check(e, i, text) }
        }
        #expect(claims > 20)
    }
}
