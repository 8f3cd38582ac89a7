/// One source's side of a finding or corroboration: where the claim stands and what it says.
public struct Evidence: Sendable, Hashable {
    /// Source id.
    public var source: String
    /// The file as given on the command line.
    public var file: String
    public var outlet: String?
    public var published: PublishedTime?
    /// 1-based line and column in the original file.
    public var line: Int
    public var column: Int
    /// The exact surface text as it stands in the file.
    public var text: String
    public var value: ClaimValue
    /// The sentence holding the claim.
    public var sentence: String
    /// The rule that extracted the claim.
    public var rule: String

    public init(source: String, file: String, outlet: String?, published: PublishedTime?, line: Int, column: Int,
                text: String, value: ClaimValue, sentence: String, rule: String) {
        self.source = source
        self.file = file
        self.outlet = outlet
        self.published = published
        self.line = line
        self.column = column
        self.text = text
        self.value = value
        self.sentence = sentence
        self.rule = rule
    }
}
