/// How a source's bytes are turned into analysis text.
public enum SourceFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text (`.txt`): the bytes as they are.
    case text
    /// Markdown (`.md`): its markup removed (`MarkdownConverter`), offsets kept.
    case markdown
    /// HTML (`.html`, `.htm`): tags stripped, block boundaries kept, entities decoded.
    case html

    /// The format for a file name's extension (case-insensitive), or nil when the extension is not a source type.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}
