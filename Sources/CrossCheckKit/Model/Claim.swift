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
    public var source: Int {
        get { Int(source32) }
        set { source32 = Int32(newValue) }
    }
    // Source and sentence indices are stored in 32 bits, next to the one-byte severity: a cluster
    // holds about twelve claims per KB of text, so each field's width counts.
    private var source32: Int32
    /// Index of the sentence (in the source's segmentation) holding the claim.
    public var sentence: Int {
        get { Int(sentence32) }
        set { sentence32 = Int32(newValue) }
    }
    private var sentence32: Int32
    /// The severity a conflict on this claim gets, from the rule.
    public var severity: Severity
    /// The claim's surface text in the source's analysis text.
    public var span: TextSpan
    /// How values compare, from the rule (shared with the rule's spec, not a copy).
    public var compare: CompareSpec
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
        self.source32 = Int32(source)
        self.span = span
        self.sentence32 = Int32(sentence)
        self.compare = compare
        self.severity = severity
        self.attributes = attributes
    }
}
