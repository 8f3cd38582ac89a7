/// An excluded segment as the report lists it: which source, which lines, why, and how it begins.
public struct ExcludedEntry: Sendable, Hashable {
    public var source: String
    public var file: String
    public var startLine: Int
    public var endLine: Int
    public var reason: ExcludedSegment.Reason
    public var detail: String
    /// The first words of the segment, so a reviewer recognizes it.
    public var preview: String

    public init(source: String, file: String, startLine: Int, endLine: Int, reason: ExcludedSegment.Reason,
                detail: String, preview: String) {
        self.source = source
        self.file = file
        self.startLine = startLine
        self.endLine = endLine
        self.reason = reason
        self.detail = detail
        self.preview = preview
    }
}
