/// A cluster after segmenting and extraction: what alignment, comparison and the `claims` command read.
///
/// Built by `CrossCheck.analyze`, its texts keep bytes, sentences and paragraphs but no tokens: what
/// alignment needs of the tokens is computed from them per source right after extraction (the tokens,
/// about three times the text, are a cluster's largest data). Built with `init`, it computes the same
/// from the texts given and keeps their tokens.
public struct AnalyzedCluster: Sendable {
    public var cluster: Cluster
    /// One per source, same order.
    public var texts: [SegmentedText]
    /// All claims of all sources, ordered by source then position.
    public private(set) var claims: ClaimList
    /// What alignment reads of each source's tokens, same order as `texts`.
    private(set) var features: [AlignmentFeatures]
    /// Sentence frequencies of the words of every text.
    private(set) var frequencies: WordFrequencies
    /// The text of every sentence holding a claim, per source (empty when not made): one String per
    /// sentence, shared by the evidence of all its claims instead of a copy in each.
    private var sentenceTexts: [[String]] = []
    /// Per source, the fields all its evidence shares (empty when not made).
    private var evidenceOrigins: [Shared<Evidence.SourceFields>] = []

    /// An analyzed cluster from texts with their tokens (tests, tools): alignment features are computed here.
    public init(cluster: Cluster, texts: [SegmentedText], claims: [Claim]) {
        var perSource = [[Claim]](repeating: [], count: texts.count)
        for c in claims where perSource.indices.contains(c.source) { perSource[c.source].append(c) }
        var frequencies = WordFrequencies()
        for text in texts { frequencies.add(text) }
        self.init(cluster: cluster, texts: texts, claims: ClaimList(claims),
                  features: texts.indices.map { AlignmentFeatures(text: texts[$0], claims: perSource[$0]) },
                  frequencies: frequencies)
    }

    init(cluster: Cluster, texts: [SegmentedText], claims: ClaimList, features: [AlignmentFeatures], frequencies: WordFrequencies) {
        self.cluster = cluster
        self.texts = texts
        self.claims = claims
        self.features = features
        self.frequencies = frequencies
    }

    /// Drops every text's tokens, keeping bytes, sentences and paragraphs (all `evidence(for:)` needs).
    /// Token-level work (extraction, alignment) must be done before; token accessors of the texts
    /// cannot be used after it, so only the engine calls it.
    mutating func releaseTokens() {
        for i in texts.indices where !texts[i].tokens.isEmpty { texts[i].tokens = [] }
    }

    /// Makes one String per sentence holding a claim and one set of source fields per source, which
    /// `evidence(for:)` then shares instead of making them for every evidence (the comparator calls
    /// it before making its evidence).
    mutating func shareEvidenceFields() {
        evidenceOrigins = cluster.sources.map { Shared(Evidence.SourceFields(source: $0.id, file: $0.file, outlet: $0.outlet, published: $0.published)) }
        var shared = texts.map { [String](repeating: "", count: $0.sentences.count) }
        var made = texts.map { [Bool](repeating: false, count: $0.sentences.count) }
        for c in claims where shared.indices.contains(c.source) && shared[c.source].indices.contains(c.sentence) && !made[c.source][c.sentence] {
            let text = texts[c.source]
            shared[c.source][c.sentence] = text.string(span: text.sentences[c.sentence].span)
            made[c.source][c.sentence] = true
        }
        sentenceTexts = shared
    }

    /// A claim as evidence: file, line, column, exact surface text (from the original file), value, sentence.
    public func evidence(for claim: Claim) -> Evidence {
        let source = cluster.sources[claim.source]
        let sentence: String
        if sentenceTexts.indices.contains(claim.source) && sentenceTexts[claim.source].indices.contains(claim.sentence) {
            sentence = sentenceTexts[claim.source][claim.sentence]
        } else {
            let text = texts[claim.source]
            sentence = claim.sentence < text.sentences.count ? text.string(span: text.sentences[claim.sentence].span) : ""
        }
        let (line, column) = source.location(of: claim.span.start)
        let origin = evidenceOrigins.indices.contains(claim.source) ? evidenceOrigins[claim.source]
            : Shared(Evidence.SourceFields(source: source.id, file: source.file, outlet: source.outlet, published: source.published))
        return Evidence(origin: origin, line: line, column: column, text: source.string(claim.span), value: claim.value,
                        sentence: sentence, rule: claim.rule)
    }
}
