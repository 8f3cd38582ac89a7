import Testing
@testable import CrossCheckKit

/// Extracting a batch of sources stage by stage (`Extractor.extract(batch:scratch:)`) gives each source
/// exactly the claims `extract` gives it alone, whatever the batch size and the sources beside it.
@Suite struct BatchExtractionTests {
    typealias Item = (source: Source, index: Int, text: SegmentedText)

    /// Varied sources: generated text with other publication dates (or none), an empty text, a source
    /// with no claims, a one-sentence source, and a hand-built text whose sentences are out of order
    /// (repaired before extraction; its claims name the caller's sentences).
    static func items() -> [Item] {
        let dates = [PublishedTime(iso: "2024-06-19T08:00:00Z"), nil, PublishedTime(iso: "2023-01-02T23:30:00Z"),
                     PublishedTime(iso: "2024-02-29T12:00:00Z")]
        var texts = (0..<14).map { RecognizerDemandTests.soup(seed: UInt64($0 + 7), sentences: 1 + $0 % 6) }
        texts.insert("", at: 2)
        texts.insert("Nothing here makes a claim at all.", at: 6)
        texts.insert("The mayor said 40 people came to the pier on Monday, 3 June 2024, at 6 a.m.", at: 9)
        var items: [Item] = texts.enumerated().map { i, text in
            let source = Source(id: "s\(i)", file: "s\(i).txt", published: dates[i % dates.count], text: text)
            return (source, i, Segmenter().segment(source))
        }
        let hand = HandBuiltTextTests.segmented
        let s = hand.sentences
        let shuffled = SegmentedText(text: hand.text, tokens: hand.tokens, sentences: [s[2], s[0], s[1]], paragraphs: [0..<3])
        items.insert((HandBuiltTextTests.source, items.count, shuffled), at: 4)
        return items
    }

    @Test func batchesEqualSourceBySource() throws {
        let extractor = Extractor(rules: try RuleSet.builtin())
        let items = Self.items()
        let alone = items.map { extractor.extract($0.source, index: $0.index, text: $0.text) }
        #expect(alone.contains { $0.isEmpty })
        #expect(alone.reduce(0) { $0 + $1.count } > 20)
        #expect(!alone[4].isEmpty)  // the hand-built text
        // One scratch for every batch size and every batch: its rooms serve batch after batch.
        let scratch = ExtractionScratch()
        for size in 1...items.count {
            var claims: [[Claim]] = []
            for start in stride(from: 0, to: items.count, by: size) {
                claims += extractor.extract(batch: Array(items[start..<min(start + size, items.count)]), scratch: scratch)
            }
            #expect(claims == alone, "batches of \(size)")
        }
        // And source by source on the scratch batches used.
        for (k, item) in items.enumerated() {
            #expect(extractor.extract(item.source, index: item.index, text: item.text, scratch: scratch) == alone[k])
        }
        #expect(extractor.extract(batch: [], scratch: scratch).isEmpty)
    }

    /// Rules without people or numbers, and no rules at all: the stages they skip change nothing.
    @Test func otherRuleSets() throws {
        let body = "{ id: \"n\", kind: \"count\", description: \"t\", pattern: \"(?<v> <number>) people\", value: \"{v}\", examples: { match: [ { text: \"5 people\", value: \"5\" } ], noMatch: [ \"y\" ] } },"
        let small = try RuleSet.parse(files: [("n.json5", "{ version: 1, rules: [ \(body) ] }")])
        let items = Self.items()
        for extractor in [Extractor(rules: small), Extractor(rules: RuleSet(rules: [], lexicons: Lexicons()))] {
            let alone = items.map { extractor.extract($0.source, index: $0.index, text: $0.text) }
            #expect(extractor.extract(batch: items, scratch: ExtractionScratch()) == alone)
        }
    }

    /// Batches are consecutive, cover every source once, and hold at most `batchLimit` sources and
    /// bytes (a larger source alone).
    @Test func batchesOfSources() {
        let sizes = [10, 70_000, 5, 5, 40_000, 30_000] + Array(repeating: 100, count: 40)
        let sources = sizes.enumerated().map { i, n in Source(id: "s\(i)", file: "s\(i).txt", text: String(repeating: "a", count: n)) }
        let batches = Extractor.batches(of: sources)
        #expect(batches.first?.lowerBound == 0)
        #expect(batches.last?.upperBound == sources.count)
        for (a, b) in zip(batches, batches.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        for b in batches {
            #expect(!b.isEmpty && b.count <= Extractor.batchLimit.sources)
            let bytes = b.reduce(0) { $0 + sizes[$1] }
            #expect(bytes <= Extractor.batchLimit.bytes || b.count == 1)
        }
        #expect(batches.prefix(2) == [0..<1, 1..<2])
        #expect(Extractor.batches(of: []).isEmpty)
    }
}
