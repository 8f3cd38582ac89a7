import Testing
import CrossCheckKit

@Suite struct ParallelAnalyzeTests {
    private func engine(_ parallelism: Int) throws -> CrossCheck {
        CrossCheck(rules: try RuleSet.builtin(), parallelism: parallelism)
    }

    @Test func parallelEqualsSequential() throws {
        let cluster = FictionalMillFire.cluster(sources: 23)
        let sequential = try engine(1).analyze(cluster)
        for workers in [2, 4, 64] {
            let parallel = try engine(workers).analyze(cluster)
            #expect(parallel.claims == sequential.claims)
            #expect(parallel.texts.map(\.tokens) == sequential.texts.map(\.tokens))
            #expect(parallel.texts.map(\.sentences) == sequential.texts.map(\.sentences))
            let a = JSONRenderer().render(try engine(workers).report(parallel))
            let b = JSONRenderer().render(try engine(1).report(sequential))
            #expect(a == b)
        }
        // Each source's segmentation lands in its own slot: source i's tokens cover source i's text.
        #expect(sequential.texts.count == cluster.sources.count)
        for (i, text) in sequential.texts.enumerated() {
            #expect(text.text == cluster.sources[i].text)
            #expect(!text.tokens.isEmpty)
        }
    }

    @Test func emptyAndSingleSourceClusters() throws {
        let empty = Cluster(name: "none", sources: [])
        #expect(try engine(4).analyze(empty).texts.isEmpty)
        let one = FictionalMillFire.cluster(sources: 1)
        #expect(try engine(4).analyze(one).texts.map(\.tokens) == (try engine(1).analyze(one).texts.map(\.tokens)))
    }
}
