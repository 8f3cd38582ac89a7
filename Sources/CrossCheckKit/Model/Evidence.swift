/// One source's side of a finding or corroboration: where the claim stands and what it says.
///
/// The source's fields (id, file, outlet, published) are kept in one storage shared by all evidence
/// of that source (a report holds about one evidence per claim); setting one puts a new storage in
/// place (`Shared`), so they behave as plain values.
public struct Evidence: Sendable, Hashable {
    /// The fields every evidence of one source has in common.
    struct SourceFields: Hashable, Sendable {
        var source: String
        var file: String
        var outlet: String?
        var published: PublishedTime?
    }

    private var origin: Shared<SourceFields>

    /// Changes one source field: a new box, so other evidence of the source keeps its value.
    private mutating func update(_ change: (inout SourceFields) -> Void) {
        var fields = origin.value
        change(&fields)
        origin = Shared(fields)
    }

    /// Source id.
    public var source: String {
        get { origin.value.source }
        set { update { $0.source = newValue } }
    }
    /// The file as given on the command line.
    public var file: String {
        get { origin.value.file }
        set { update { $0.file = newValue } }
    }
    public var outlet: String? {
        get { origin.value.outlet }
        set { update { $0.outlet = newValue } }
    }
    public var published: PublishedTime? {
        get { origin.value.published }
        set { update { $0.published = newValue } }
    }
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
        self.init(origin: Shared(SourceFields(source: source, file: file, outlet: outlet, published: published)), line: line, column: column,
                  text: text, value: value, sentence: sentence, rule: rule)
    }

    /// Evidence sharing the source fields of other evidence of its source.
    init(origin: Shared<SourceFields>, line: Int, column: Int, text: String, value: ClaimValue, sentence: String, rule: String) {
        self.origin = origin
        self.line = line
        self.column = column
        self.text = text
        self.value = value
        self.sentence = sentence
        self.rule = rule
    }

    public static func == (a: Evidence, b: Evidence) -> Bool {
        a.origin == b.origin && a.line == b.line && a.column == b.column && a.text == b.text && a.value == b.value
            && a.sentence == b.sentence && a.rule == b.rule
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(origin)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(text)
        hasher.combine(value)
        hasher.combine(sentence)
        hasher.combine(rule)
    }
}
