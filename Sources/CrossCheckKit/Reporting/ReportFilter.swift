/// The review workflow's filter: hides findings already reviewed (their id is in a baseline) and
/// findings below a minimum severity, while the report's summary keeps counting everything found.
///
/// Filters compose: applying a baseline filter and then a severity filter gives the same report as
/// one filter with both, and `Report.foundBySeverity` always keeps the counts from before the first.
public struct ReportFilter: Sendable, Hashable {
    public var baseline: Baseline?
    public var minSeverity: Severity?

    public init(baseline: Baseline? = nil, minSeverity: Severity? = nil) {
        self.baseline = baseline
        self.minSeverity = minSeverity
    }

    public func apply(_ report: Report) -> Report {
        var r = report
        if r.foundBySeverity.isEmpty {
            for s in Severity.allCases { r.foundBySeverity[s] = report.count(s) }
        }
        var kept: [Finding] = []
        var baselined = 0
        var below = 0
        for f in report.findings {
            if let baseline, baseline.contains(f) {
                baselined += 1
            } else if let minSeverity, f.severity < minSeverity {
                below += 1
            } else {
                kept.append(f)
            }
        }
        r.findings = kept
        r.baselined += baselined
        r.suppressed += baselined + below
        if let minSeverity { r.minSeverity = max(minSeverity, r.minSeverity ?? minSeverity) }
        return r
    }
}
