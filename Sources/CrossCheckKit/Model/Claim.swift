/// One comparable statement extracted from one source by one rule.
public struct Claim: Sendable, Hashable {
    /// What every claim of one rule has alike: kept behind one shared reference (`Shared`), so a claim
    /// pays 8 bytes for them instead of 41. `CrossCheck.analyze` makes the claims of one rule share one
    /// storage (`shareRuleFields`); setting one of these properties puts a new storage in place, so
    /// claims behave as plain values.
    struct RuleFields: Hashable, Sendable {
        var kind: String
        var rule: String
        var compare: CompareSpec
        var severity: Severity
    }

    private var ruleFields: Shared<RuleFields>

    /// Changes one rule field: a new box, so other claims of the rule keep their value.
    private mutating func update(_ change: (inout RuleFields) -> Void) {
        ruleFields = ruleFields.with(change)
    }

    /// "count", "quantity", "date", "time", "duration", "official", "name", "quote", or a user rule's kind.
    public var kind: String {
        get { ruleFields.value.kind }
        set { update { $0.kind = newValue } }
    }
    /// The id of the rule that produced it.
    public var rule: String {
        get { ruleFields.value.rule }
        set { update { $0.rule = newValue } }
    }
    /// What the claim is about, as the rule forms it ("storeys", "visit-gap", a person's canonical name).
    /// Claims with the same kind and key across sources are candidates for one claim group.
    public var key: String
    /// Index of the source in the cluster's `sources`.
    public var source: Int {
        get { Int(source32) }
        set { source32 = Int32(newValue) }
    }
    // Source and sentence indices are stored in 32 bits: a cluster holds about ten claims per KB of
    // text, so each field's width counts.
    private var source32: Int32
    /// Index of the sentence (in the source's segmentation) holding the claim.
    public var sentence: Int {
        get { Int(sentence32) }
        set { sentence32 = Int32(newValue) }
    }
    private var sentence32: Int32
    /// The severity a conflict on this claim gets, from the rule.
    public var severity: Severity {
        get { ruleFields.value.severity }
        set { update { $0.severity = newValue } }
    }
    /// The claim's surface text in the source's analysis text.
    public var span: TextSpan
    /// How values compare, from the rule.
    public var compare: CompareSpec {
        get { ruleFields.value.compare }
        set { update { $0.compare = newValue } }
    }
    /// Attributes of the recognition that formed the value (e.g. an official's `titleSurface`, the
    /// title as written); empty when the value came from no recognition.
    public var attributes: Attributes
    // The value last: fields of 4 bytes fill the gaps before it, so the claim has no padding inside.
    public var value: ClaimValue

    public init(kind: String, rule: String, key: String, value: ClaimValue, source: Int, span: TextSpan,
                sentence: Int, compare: CompareSpec = CompareSpec(), severity: Severity = .error,
                attributes: Attributes = [:]) {
        self.init(fields: Shared(RuleFields(kind: kind, rule: rule, compare: compare, severity: severity)), key: key,
                  value: value, source: source, span: span, sentence: sentence, attributes: attributes)
    }

    /// A claim holding `fields` (one box for every claim of a rule, made once per extractor: no box per claim).
    init(fields: Shared<RuleFields>, key: String, value: ClaimValue, source: Int, span: TextSpan, sentence: Int,
         attributes: Attributes) {
        self.ruleFields = fields
        self.key = key
        self.value = value
        self.source32 = Int32(source)
        self.span = span
        self.sentence32 = Int32(sentence)
        self.attributes = attributes
    }

    /// Keeps of the attributes only those in `keys`.
    mutating func keepAttributes(_ keys: Attributes.Keys) {
        if !attributes.isEmpty, let kept = attributes.keeping(keys) { attributes = kept }
    }

    /// Takes the rule fields' storage from `shared` when an earlier claim of the same rule id put equal
    /// fields there (else puts its own there), so the claims of one rule hold one storage.
    mutating func shareRuleFields(_ shared: inout [String: Shared<RuleFields>]) {
        let id = ruleFields.value.rule
        if let box = shared[id] {
            if box !== ruleFields && box.value == ruleFields.value { ruleFields = box }
        } else {
            shared[id] = ruleFields
        }
    }
}
