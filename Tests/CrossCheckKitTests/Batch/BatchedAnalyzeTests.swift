import Testing
@testable import CrossCheckKit

/// `CrossCheck.analyze` extracts batches of sources (`Extractor.batches(of:)`): its claims are each
/// source's claims extracted alone, and its report the same at any parallelism.
@Suite struct BatchedAnalyzeTests {
    @Test func analyzeEqualsSourceBySource() throws {
        let rules = try RuleSet.builtin()
        // More sources than a batch holds, so several batches, of different sizes: long sources among
        // short ones.
        let sources = FictionalMillFire.cluster(sources: 60).sources.enumerated().map { i, s in
            let text = String(decoding: s.text, as: UTF8.self)
            return Source(id: s.id, file: s.file, outlet: s.outlet, published: s.published,
                          text: [3, 17, 30].contains(i) ? Array(repeating: text, count: 40).joined(separator: "\n\n") : text)
        }
        let cluster = Cluster(name: "batched", sources: sources)
        #expect(Extractor.batches(of: sources).count >= 4)
        let extractor = Extractor(rules: rules)
        let alone = sources.enumerated().flatMap { i, s in extractor.extract(s, index: i, text: extractor.segmenter.segment(s)) }
        #expect(alone.count > 100)
        var reports: [String] = []
        for parallelism in [1, 2] {
            let engine = CrossCheck(rules: rules, parallelism: parallelism)
            let analyzed = engine.analyze(cluster)
            #expect(Array(analyzed.claims) == alone)
            reports.append(JSONRenderer().render(engine.report(analyzed)))
        }
        #expect(reports[0] == reports[1])
    }
}
