/// One example of a rule: `text` to run the rule on and, for a match example, what the claim must be.
public struct RuleExample: Sendable, Hashable {
    public var text: String
    /// `ClaimValue.display` of the expected claim (match examples).
    public var value: String?
    /// The exact surface text of the expected claim, when given.
    public var match: String?
    /// The expected key, when given.
    public var key: String?
    /// Publication date (ISO) relative dates resolve against.
    public var published: String?
    /// 1-based line of the example in its rule file.
    public var line: Int

    public init(text: String, value: String? = nil, match: String? = nil, key: String? = nil, published: String? = nil, line: Int = 0) {
        self.text = text
        self.value = value
        self.match = match
        self.key = key
        self.published = published
        self.line = line
    }
}
