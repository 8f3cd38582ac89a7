/// A loaded story cluster: its sources (in a stable order: by file name) and warnings from loading.
public struct Cluster: Sendable {
    /// The cluster's name: the folder's name, or the record's cluster id.
    public var name: String
    public var sources: [Source]
    public var diagnostics: [Diagnostic]

    public init(name: String, sources: [Source], diagnostics: [Diagnostic] = []) {
        self.name = name
        self.sources = sources
        self.diagnostics = diagnostics
    }
}
