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
        for round in 0..<2 {
            for (i, text) in texts.enumerated() {
                let source = Source(id: "s\(i)", file: "s\(i).txt", published: PublishedTime(iso: "2024-06-19T08:00:00Z"), text: text)
                let segmented = Segmenter().segment(source)
                // Round 0 alternates the extractors on the scratch source by source; round 1 keeps one.
                for e in round == 0 ? extractors : [extractors[i % 2]] {
                    let fresh = e.extract(source, index: i, text: segmented)
                    #expect(e.extract(source, index: i, text: segmented, scratch: scratch) == fresh)
                    claims += fresh.count
                }
            }
        }
        #expect(claims > 20)
    }
}
