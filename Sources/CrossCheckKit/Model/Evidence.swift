/// One source's side of a finding or corroboration: where the claim stands and what it says.
///
/// Evidence the comparator makes refers to its claim (the source's shared `ClaimOrigin` and the
/// claim's index there: 16 bytes), and its line, column, surface text and sentence are read from the
/// source when asked for, so a report holding one evidence per claim copies no text. Evidence made
/// with `init`, or changed through a setter, holds its fields in one storage of its own. Either way it
/// behaves as a plain value: equality and hashing compare what the properties return.
public struct Evidence: Sendable, Hashable {
    /// The fields every evidence of one source has in common.
    struct SourceFields: Hashable, Sendable {
        var source: String
        var file: String
        var outlet: String?
        var published: PublishedTime?
    }

    /// All the fields, for evidence that holds them itself.
    struct Fields: Hashable, Sendable {
        var origin: Shared<SourceFields>
        var line: Int
        var column: Int
        var text: String
        var value: ClaimValue
        var sentence: String
        var rule: String
    }

    private enum Storage: Sendable {
        /// Claim `index` of `origin.claims`, read on demand.
        case claim(ClaimOrigin, UInt32)
        case fields(Shared<Fields>)
    }

    private var storage: Storage

    /// Evidence read from claim `index` of `origin.claims` when asked for.
    init(origin: ClaimOrigin, index: Int) {
        storage = .claim(origin, UInt32(index))
    }

    /// Evidence holding its fields, sharing the source fields of other evidence of its source.
    init(origin: Shared<SourceFields>, line: Int, column: Int, text: String, value: ClaimValue, sentence: String, rule: String) {
        storage = .fields(Shared(Fields(origin: origin, line: line, column: column, text: text, value: value, sentence: sentence, rule: rule)))
    }

    public init(source: String, file: String, outlet: String?, published: PublishedTime?, line: Int, column: Int,
                text: String, value: ClaimValue, sentence: String, rule: String) {
        self.init(origin: Shared(SourceFields(source: source, file: file, outlet: outlet, published: published)), line: line, column: column,
                  text: text, value: value, sentence: sentence, rule: rule)
    }

    /// Every field, read from the claim when the evidence refers to one.
    private var fields: Fields {
        switch storage {
        case .fields(let f): return f.value
        case .claim(let origin, _):
            let (line, column) = location
            return Fields(origin: origin.fields, line: line, column: column, text: text, value: value, sentence: sentence, rule: rule)
        }
    }

    /// One field: from the evidence's own storage, or read from its claim.
    @inline(__always)
    private func read<T>(_ stored: (Fields) -> T, fromClaim: (ClaimOrigin, Claim) -> T) -> T {
        switch storage {
        case .fields(let f): return stored(f.value)
        case .claim(let origin, let i): return fromClaim(origin, origin.claims[Int(i)])
        }
    }

    /// Changes one field: the evidence then holds its own storage, so other evidence keeps its values.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var f = fields
        change(&f)
        storage = .fields(Shared(f))
    }

    private var sourceFields: SourceFields {
        read({ $0.origin.value }, fromClaim: { origin, _ in origin.fields.value })
    }

    /// Changes one source field: a new box, so other evidence of the source keeps its value.
    private mutating func updateSource(_ change: (inout SourceFields) -> Void) {
        update { $0.origin = $0.origin.with(change) }
    }

    /// Source id.
    public var source: String {
        get { sourceFields.source }
        set { updateSource { $0.source = newValue } }
    }
    /// The file as given on the command line.
    public var file: String {
        get { sourceFields.file }
        set { updateSource { $0.file = newValue } }
    }
    public var outlet: String? {
        get { sourceFields.outlet }
        set { updateSource { $0.outlet = newValue } }
    }
    public var published: PublishedTime? {
        get { sourceFields.published }
        set { updateSource { $0.published = newValue } }
    }
    /// 1-based line and column in the original file (one lookup for both).
    var location: (line: Int, column: Int) {
        read({ ($0.line, $0.column) }, fromClaim: { origin, c in origin.source.location(of: c.span.start) })
    }
    /// 1-based line in the original file.
    public var line: Int {
        get { location.line }
        set { update { $0.line = newValue } }
    }
    /// 1-based column (Unicode scalars) in the original file.
    public var column: Int {
        get { location.column }
        set { update { $0.column = newValue } }
    }
    /// The exact surface text as it stands in the file.
    public var text: String {
        get { read(\.text, fromClaim: { origin, c in origin.source.string(c.span) }) }
        set { update { $0.text = newValue } }
    }
    public var value: ClaimValue {
        get { read(\.value, fromClaim: { _, c in c.value }) }
        set { update { $0.value = newValue } }
    }
    /// The sentence holding the claim.
    public var sentence: String {
        get { read(\.sentence, fromClaim: { origin, c in origin.sentence(of: c) }) }
        set { update { $0.sentence = newValue } }
    }
    /// The rule that extracted the claim.
    public var rule: String {
        get { read(\.rule, fromClaim: { _, c in c.rule }) }
        set { update { $0.rule = newValue } }
    }

    public static func == (a: Evidence, b: Evidence) -> Bool {
        a.fields == b.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields)
    }
}
