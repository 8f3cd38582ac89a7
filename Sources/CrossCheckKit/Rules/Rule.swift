/// One extraction rule from a rule file: a token pattern and how its matches become claims.
public struct Rule: Sendable {
    public var id: String
    public var kind: String
    public var description: String
    /// The pattern as written.
    public var pattern: String
    /// The parsed pattern.
    public var node: PatternNode
    /// A literal key or a template with `$capture` references.
    public var key: String
    public var value: ValueTemplate
    /// A capture whose span is the claim's evidence span (nil: the whole match).
    public var span: String?
    /// A capture naming the person the claim is about (nil: none). When it took part in a match and is
    /// exactly a `<person>` (or `<official>`) recognition, the claim's key is `key of NAME` and the claim
    /// carries the canonical name as its `person` attribute, so alignment can tell people apart.
    public var person: String?
    /// A template describing the subject when `person` names nobody ("a $g aged $n": "a man aged 34"),
    /// nil: none. When every capture it refers to took part in a match (and `person` named nobody), the
    /// claim's key is `key of DESCRIPTION` and the claim carries the description as its `unnamed`
    /// attribute, so two unnamed people's facts ("a 34-year-old man", "a 41-year-old man") are not lined
    /// up as one.
    public var unnamed: String?
    /// A capture naming who a count belongs to when a story gives several parties each one (a party's
    /// seats, a candidate's votes), nil: none. When it took part in a match and names someone (a
    /// `<person>` or `<official>` recognition, or a run of capitalized words), the claim's key is
    /// `key of HOLDER` and the claim carries the name as its `holder` attribute: alignment reads it as it
    /// reads `person`, so two parties' seats are not lined up as one.
    public var holder: String?
    /// Whether the rule claims only what no other rule claims: a match of it inside the match of a rule
    /// that is no fallback, in the same sentence, gives no claim (a catch-all "any length" rule beside the
    /// rules that know what a length is: "10 km north of the city" is quantity.distance's).
    public var fallback: Bool
    /// The ids of the rules this rule gives way to: a match of it lying inside the match of one of them
    /// that gave a claim, in the same sentence, gives no claim (count.counted-noun yields to count.tally,
    /// so "rescued 95 passengers" is 95 rescued, not also 95 passengers, which another source's "the
    /// ferry carried 120 passengers" would contradict). Empty: none. A `fallback` that names none yields
    /// to every other rule.
    public var yieldsTo: [String]
    public var compare: CompareSpec
    public var severity: Severity
    public var examples: RuleExamples
    /// Where the rule is defined (file as given, 1-based line and column of its `{`).
    public var file: String
    public var line: Int
    public var column: Int
    /// Whether the rule comes from the built-in rule files.
    public var builtin: Bool

    public init(id: String, kind: String, description: String, pattern: String, node: PatternNode, key: String,
                value: ValueTemplate = .automatic, span: String? = nil, person: String? = nil, unnamed: String? = nil, holder: String? = nil, fallback: Bool = false, yieldsTo: [String] = [], compare: CompareSpec = CompareSpec(),
                severity: Severity = .error, examples: RuleExamples = RuleExamples(), file: String = "",
                line: Int = 0, column: Int = 0, builtin: Bool = false) {
        self.id = id
        self.kind = kind
        self.description = description
        self.pattern = pattern
        self.node = node
        self.key = key
        self.value = value
        self.span = span
        self.person = person
        self.unnamed = unnamed
        self.holder = holder
        self.fallback = fallback
        self.yieldsTo = yieldsTo
        self.compare = compare
        self.severity = severity
        self.examples = examples
        self.file = file
        self.line = line
        self.column = column
        self.builtin = builtin
    }

    /// The default comparison for a claim kind (see `Rules/README.md`).
    public static func defaultCompare(kind: String) -> CompareSpec {
        switch kind {
        case "count", "quantity": return CompareSpec(mode: .interval)
        case "date", "time", "duration": return CompareSpec(mode: .granularity)
        case "official": return CompareSpec(mode: .synonyms, lexicon: "title")
        case "name": return CompareSpec(mode: .synonyms)
        case "quote": return CompareSpec(mode: .quote)
        default: return CompareSpec(mode: .exact)
        }
    }
}
