/// What a batch run did, for the CLI's closing message and exit code.
public struct BatchSummary: Sendable, Hashable {
    /// Clusters checked by this shard (one report line each).
    public var clusters = 0
    /// Sources in those clusters.
    public var sources = 0
    /// Error records written.
    public var errors = 0
    /// Findings per severity over all reports written.
    public var findings: [Severity: Int] = [:]

    public init() {}
}
