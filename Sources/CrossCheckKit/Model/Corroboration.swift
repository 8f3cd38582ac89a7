/// A claim with the same (or compatible) value in two or more sources, or a claim only one source makes.
public struct Corroboration: Sendable, Hashable {
    public var kind: String
    public var key: String
    public var rule: String
    /// The agreed value, rendered for display.
    public var value: ClaimValue
    public var claims: [Evidence]

    public init(kind: String, key: String, rule: String, value: ClaimValue, claims: [Evidence]) {
        self.kind = kind
        self.key = key
        self.rule = rule
        self.value = value
        self.claims = claims
    }
}
