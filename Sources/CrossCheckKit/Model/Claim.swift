/// One comparable statement extracted from one source by one rule.
public struct Claim: Sendable, Hashable {
    /// "count", "quantity", "date", "time", "duration", "official", "name", "quote", or a user rule's kind.
    public var kind: String
    /// The id of the rule that produced it.
    public var rule: String
    /// What the claim is about, as the rule forms it ("storeys", "visit-gap", a person's canonical name).
    /// Claims with the same kind and key across sources are candidates for one claim group.
    public var key: String
    public var value: ClaimValue
    /// Index of the source in the cluster's `sources`.
    public var source: Int
    /// The claim's surface text in the source's analysis text.
    public var span: TextSpan
    /// Index of the sentence (in the source's segmentation) holding the claim.
    public var sentence: Int
    /// How values compare, from the rule.
    public var compare: CompareSpec
    /// The severity a conflict on this claim gets, from the rule.
    public var severity: Severity
    /// Attributes of the recognition that formed the value (e.g. an official's `titleSurface`, the
    /// title as written); empty when the value came from no recognition.
    public var attributes: Attributes

    public init(kind: String, rule: String, key: String, value: ClaimValue, source: Int, span: TextSpan,
                sentence: Int, compare: CompareSpec = CompareSpec(), severity: Severity = .error,
                attributes: Attributes = [:]) {
        self.kind = kind
        self.rule = rule
        self.key = key
        self.value = value
        self.source = source
        self.span = span
        self.sentence = sentence
        self.compare = compare
        self.severity = severity
        self.attributes = attributes
    }
}
