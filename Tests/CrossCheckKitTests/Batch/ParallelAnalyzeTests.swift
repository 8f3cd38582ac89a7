import Testing
@testable import CrossCheckKit

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
            #expect(parallel.texts.map(\.sentences) == sequential.texts.map(\.sentences))
            #expect(parallel.features == sequential.features)
            let a = JSONRenderer().render(try engine(workers).report(parallel))
            let b = JSONRenderer().render(try engine(1).report(sequential))
            #expect(a == b)
        }
        // Each source's segmentation lands in its own slot: source i's tokens cover source i's text.
        #expect(sequential.texts.count == cluster.sources.count)
        for (i, text) in sequential.texts.enumerated() {
            #expect(text.text == cluster.sources[i].text)
            #expect(!text.sentences.isEmpty)
            #expect(text.tokens.isEmpty)  // dropped once the source's alignment features are taken
        }
    }

    /// What `analyze` keeps for alignment per source (tokens dropped) is what an analyzed cluster built
    /// from full segmentations computes, so alignment is the same either way.
    @Test func alignmentFeaturesMatchTheTokens() throws {
        let cluster = FictionalMillFire.cluster(sources: 9)
        for workers in [1, 3] {
            let analyzed = try engine(workers).analyze(cluster)
            let rebuilt = AnalyzedCluster(cluster: cluster, texts: cluster.sources.map { Segmenter().segment($0) },
                                          claims: Array(analyzed.claims))
            #expect(rebuilt.features == analyzed.features)
            #expect(rebuilt.features.contains { !$0.context(ofClaim: 0).isEmpty || !$0.sentenceWords(0).isEmpty })
            #expect(rebuilt.frequencies.weights(sources: 9).weights.sorted() == analyzed.frequencies.weights(sources: 9).weights.sorted())
            #expect(Aligner().align(rebuilt) == Aligner().align(analyzed))
        }
    }

    @Test func emptyAndSingleSourceClusters() throws {
        let empty = Cluster(name: "none", sources: [])
        #expect(try engine(4).analyze(empty).texts.isEmpty)
        let one = FictionalMillFire.cluster(sources: 1)
        #expect(try engine(4).analyze(one).features == (try engine(1).analyze(one).features))
        #expect(try engine(4).analyze(one).claims == (try engine(1).analyze(one).claims))
    }
}
