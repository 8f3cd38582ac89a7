/// One outlet's version of the story, loaded and cleaned.
///
/// `text` is the analysis text (UTF-8): for `.txt`/`.md` the file's bytes as they are (front matter
/// included, marked excluded); for `.html` the text left after tags are stripped. `origin` maps every
/// analysis offset back to a byte offset of the original file, and `lines` turns that into line/column.
public struct Source: Sendable {
    /// Stable id: the file name without extension (or the id from a JSONL record).
    public var id: String
    /// The path as given on the command line (or record reference).
    public var file: String
    public var outlet: String?
    public var published: PublishedTime?
    public var url: String?
    /// Analysis text, UTF-8 (invalid bytes replaced by U+FFFD).
    public var text: [UInt8]
    /// Analysis offset → original byte offset.
    public var origin: OffsetMap
    /// Line starts of the original file.
    public var lines: LineIndex
    /// Ranges of `text` excluded from extraction (front matter, clutter, repeated lines, off-topic blocks).
    public var excluded: [ExcludedSegment]
    /// Problems found while loading this source (invalid UTF-8, ...).
    public var diagnostics: [Diagnostic]

    public init(id: String, file: String, outlet: String? = nil, published: PublishedTime? = nil, url: String? = nil,
                text: [UInt8], origin: OffsetMap = .identity, lines: LineIndex, excluded: [ExcludedSegment] = [],
                diagnostics: [Diagnostic] = []) {
        self.id = id
        self.file = file
        self.outlet = outlet
        self.published = published
        self.url = url
        self.text = text
        self.origin = origin
        self.lines = lines
        self.excluded = excluded
        self.diagnostics = diagnostics
    }

    /// Convenience for plain text held in memory (tests, JSONL records): identity offsets.
    public init(id: String, file: String, outlet: String? = nil, published: PublishedTime? = nil, text: String) {
        let bytes = Array(text.utf8)
        self.init(id: id, file: file, outlet: outlet, published: published, text: bytes, lines: LineIndex(bytes))
    }

    /// The analysis text of a span, as a String.
    public func string(_ span: TextSpan) -> String {
        String(decoding: text[max(0, span.start)..<min(text.count, span.end)], as: UTF8.self)
    }

    /// 1-based line and column (column in Unicode scalars) in the original file of an analysis offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        lines.location(ofByte: origin.original(offset))
    }

    /// Whether an analysis offset falls in an excluded segment.
    public func isExcluded(_ offset: Int) -> Bool {
        excluded.contains { $0.span.start <= offset && offset < $0.span.end }
    }
}
