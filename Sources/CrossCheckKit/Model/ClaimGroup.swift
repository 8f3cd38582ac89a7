/// Claims from different sources that alignment decided are about the same thing.
public struct ClaimGroup: Sendable, Hashable {
    public var kind: String
    public var key: String
    /// Indices into `AnalyzedCluster.claims`.
    public var claims: [Int]
    /// How the group was formed ("key", "sentence", "quote-overlap", "person").
    public var basis: String

    public init(kind: String, key: String, claims: [Int], basis: String) {
        self.kind = kind
        self.key = key
        self.claims = claims
        self.basis = basis
    }
}
