/// The numbers a report's summary shows, computed once from a `Report` so every renderer agrees.
///
/// `bySeverity` counts everything found, including findings a baseline or `--min-severity` hid;
/// `shownBySeverity` counts what the report lists.
public struct ReportSummary: Sendable, Hashable {
    public var sources: Int
    /// Claims extracted from all sources.
    public var claims: Int
    /// All findings found, before any filtering.
    public var findings: Int
    public var bySeverity: [Severity: Int]
    /// Findings listed in the report.
    public var shown: Int
    public var shownBySeverity: [Severity: Int]
    public var corroborated: Int
    public var singleSource: Int
    public var excluded: Int
    public var diagnostics: Int
    /// Findings hidden (baseline plus below the minimum severity).
    public var suppressed: Int
    /// Hidden because the baseline lists them.
    public var baselined: Int
    /// Hidden because they are below `minSeverity`.
    public var belowMinSeverity: Int
    public var minSeverity: Severity?

    public init(_ report: Report) {
        sources = report.sources.count
        claims = report.sources.reduce(0) { $0 + $1.claims }
        var shownCounts: [Severity: Int] = [:]
        for s in Severity.allCases { shownCounts[s] = report.count(s) }
        shownBySeverity = shownCounts
        shown = report.findings.count
        var all = shownCounts
        if !report.foundBySeverity.isEmpty {
            for s in Severity.allCases { all[s] = report.foundBySeverity[s] ?? 0 }
        }
        bySeverity = all
        findings = Severity.allCases.reduce(0) { $0 + (all[$1] ?? 0) }
        corroborated = report.corroborated.count
        singleSource = report.singleSource.count
        excluded = report.excluded.count
        diagnostics = report.diagnostics.count
        suppressed = report.suppressed
        baselined = report.baselined
        belowMinSeverity = max(0, report.suppressed - report.baselined)
        minSeverity = report.minSeverity
    }

    /// Found findings of one severity (including hidden ones).
    public func found(_ severity: Severity) -> Int { bySeverity[severity] ?? 0 }
    /// Listed findings of one severity.
    public func listed(_ severity: Severity) -> Int { shownBySeverity[severity] ?? 0 }
}
