/// A cluster after segmenting and extraction: what alignment, comparison and the `claims` command read.
public struct AnalyzedCluster: Sendable {
    public var cluster: Cluster
    /// One per source, same order.
    public var texts: [SegmentedText]
    /// All claims of all sources, ordered by source then position.
    public var claims: [Claim]

    public init(cluster: Cluster, texts: [SegmentedText], claims: [Claim]) {
        self.cluster = cluster
        self.texts = texts
        self.claims = claims
    }

    /// Drops every text's tokens, keeping bytes, sentences and paragraphs (all `evidence(for:)` needs).
    /// Token-level work (extraction, alignment) must be done before; token accessors of the texts
    /// cannot be used after it, so only the engine calls it.
    mutating func releaseTokens() {
        for i in texts.indices { texts[i].tokens = [] }
    }

    /// A claim as evidence: file, line, column, exact surface text (from the original file), value, sentence.
    public func evidence(for claim: Claim) -> Evidence {
        let source = cluster.sources[claim.source]
        let (line, column) = source.location(of: claim.span.start)
        let text = texts[claim.source]
        let sentence = claim.sentence < text.sentences.count ? text.string(span: text.sentences[claim.sentence].span) : ""
        return Evidence(source: source.id, file: source.file, outlet: source.outlet, published: source.published,
                        line: line, column: column, text: source.string(claim.span), value: claim.value,
                        sentence: sentence, rule: claim.rule)
    }
}
