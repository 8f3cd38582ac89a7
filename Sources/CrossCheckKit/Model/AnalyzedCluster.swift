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
    /// What the evidence of the claims is read from, one per source and stored claim array (empty when
    /// not made), and per claim the index of its own there (-1: none; its evidence is then made whole).
    private var claimOrigins: [ClaimOrigin] = []
    private var originOfClaim: [Int32] = []

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

    /// Keeps of each claim's attributes only those in `keys` (those comparison reads), so the rest do not
    /// stay alive through alignment and comparison, the check's largest moment. Claims do not change
    /// otherwise; only the engine calls it, on a cluster it consumes.
    mutating func releaseAttributes(keeping keys: [String]) {
        // Only claims that lose something are written, so arrays a caller still shares are not copied
        // when there is nothing to drop.
        let keys = Attributes.Keys(keys)
        for i in claims.indices {
            guard let kept = claims[i].attributes.keeping(keys) else { continue }
            claims.update(at: i) { $0.attributes = kept }
        }
    }

    /// Makes the `ClaimOrigin`s `evidence(at:)` refers to: one per source (per stored claim array), so
    /// evidence holds a reference and an index instead of copies of its text and sentence (the
    /// comparator calls it before making its evidence).
    mutating func shareEvidenceFields() {
        let sources = cluster.sources
        let fields = sources.map { Shared(Evidence.SourceFields(source: $0.id, file: $0.file, outlet: $0.outlet, published: $0.published)) }
        var origins: [ClaimOrigin] = []
        var made = HashMap64()  // (stored array, source) → index in `origins`
        var of: [Int32] = []
        of.reserveCapacity(claims.count)
        for i in claims.indices {
            let s = claims[i].source
            guard sources.indices.contains(s), texts.indices.contains(s) else { of.append(-1); continue }
            let p = claims.position(of: i).part
            let key = UInt64(p) << 32 | UInt64(s)
            if let o = made.get(key) { of.append(o); continue }
            let o = Int32(origins.count)
            made.set(key, o)
            origins.append(ClaimOrigin(fields: fields[s], source: sources[s], text: texts[s].text, sentences: texts[s].sentences,
                                       claims: claims.part(p)))
            of.append(o)
        }
        claimOrigins = origins
        originOfClaim = of
    }

    /// Claim `i` as evidence: a reference to it when `shareEvidenceFields` has run, else `evidence(for:)`.
    func evidence(at i: Int) -> Evidence {
        if originOfClaim.indices.contains(i), originOfClaim[i] >= 0 {
            return Evidence(origin: claimOrigins[Int(originOfClaim[i])], index: claims.position(of: i).offset)
        }
        return evidence(for: claims[i])
    }

    /// A claim as evidence: file, line, column, exact surface text (from the original file), value, sentence.
    public func evidence(for claim: Claim) -> Evidence {
        let source = cluster.sources[claim.source]
        let text = texts[claim.source]
        let sentence = claim.sentence >= 0 && claim.sentence < text.sentences.count ? text.string(span: text.sentences[claim.sentence].span) : ""
        let (line, column) = source.location(of: claim.span.start)
        let origin = Shared(Evidence.SourceFields(source: source.id, file: source.file, outlet: source.outlet, published: source.published))
        return Evidence(origin: origin, line: line, column: column, text: source.string(claim.span), value: claim.value,
                        sentence: sentence, rule: claim.rule)
    }
}
