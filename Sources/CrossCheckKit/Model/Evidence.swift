/// One source's side of a finding or corroboration: where the claim stands and what it says.
///
/// The source's fields (id, file, outlet, published) are kept in one storage shared by all evidence
/// of that source (a report holds about one evidence per claim); setting one copies the storage first
/// when it is shared, so they behave as plain values.
public struct Evidence: Sendable, Hashable {
    /// The fields every evidence of one source has in common.
    final class SourceFields: Sendable {
        let source: String
        let file: String
        let outlet: String?
        let published: PublishedTime?

        init(source: String, file: String, outlet: String?, published: PublishedTime?) {
            self.source = source
            self.file = file
            self.outlet = outlet
            self.published = published
        }
    }

    private var origin: SourceFields

    /// Source id.
    public var source: String {
        get { origin.source }
        set { origin = SourceFields(source: newValue, file: file, outlet: outlet, published: published) }
    }
    /// The file as given on the command line.
    public var file: String {
        get { origin.file }
        set { origin = SourceFields(source: source, file: newValue, outlet: outlet, published: published) }
    }
    public var outlet: String? {
        get { origin.outlet }
        set { origin = SourceFields(source: source, file: file, outlet: newValue, published: published) }
    }
    public var published: PublishedTime? {
        get { origin.published }
        set { origin = SourceFields(source: source, file: file, outlet: outlet, published: newValue) }
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
        self.init(origin: SourceFields(source: source, file: file, outlet: outlet, published: published), line: line, column: column,
                  text: text, value: value, sentence: sentence, rule: rule)
    }

    /// Evidence sharing the source fields of other evidence of its source.
    init(origin: SourceFields, line: Int, column: Int, text: String, value: ClaimValue, sentence: String, rule: String) {
        self.origin = origin
        self.line = line
        self.column = column
        self.text = text
        self.value = value
        self.sentence = sentence
        self.rule = rule
    }

    public static func == (a: Evidence, b: Evidence) -> Bool {
        (a.origin === b.origin || (a.source == b.source && a.file == b.file && a.outlet == b.outlet && a.published == b.published))
            && a.line == b.line && a.column == b.column && a.text == b.text && a.value == b.value
            && a.sentence == b.sentence && a.rule == b.rule
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(file)
        hasher.combine(outlet)
        hasher.combine(published)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(text)
        hasher.combine(value)
        hasher.combine(sentence)
        hasher.combine(rule)
    }
}
