/// Everything a check found, ready for any renderer. Renderers add nothing that is not here.
public struct Report: Sendable, Hashable {
    public static let schemaVersion = "1.0"

    /// The cluster's name (folder name, or as given).
    public var cluster: String
    public var sources: [SourceInfo]
    /// Sorted: severity (error first), then kind, key, id.
    public var findings: [Finding]
    /// Claims with the same value in two or more sources.
    public var corroborated: [Corroboration]
    /// Claims only one source makes (nothing to compare them with).
    public var singleSource: [Corroboration]
    public var excluded: [ExcludedEntry]
    /// Warnings about inputs (a bad file among good ones, invalid UTF-8, ...).
    public var diagnostics: [Diagnostic]
    /// Findings hidden by `--baseline` or `--min-severity`; the summary still counts them.
    public var suppressed: Int
    /// Findings per severity over everything found, before `ReportFilter` hid any (the summary's
    /// `bySeverity`). Empty when nothing was filtered: then `findings` is everything.
    public var foundBySeverity: [Severity: Int] = [:]
    /// Of `suppressed`, how many were hidden because their id is in the baseline (the rest were below `minSeverity`).
    public var baselined: Int = 0
    /// The lowest severity shown (`--min-severity`), when one was set.
    public var minSeverity: Severity? = nil

    public init(cluster: String, sources: [SourceInfo], findings: [Finding], corroborated: [Corroboration],
                singleSource: [Corroboration], excluded: [ExcludedEntry], diagnostics: [Diagnostic], suppressed: Int = 0) {
        self.cluster = cluster
        self.sources = sources
        self.findings = findings
        self.corroborated = corroborated
        self.singleSource = singleSource
        self.excluded = excluded
        self.diagnostics = diagnostics
        self.suppressed = suppressed
    }

    /// Findings per severity, over all findings found (including suppressed ones is the caller's job).
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}
