import CrossCheckKit

/// The review-workflow options of `check`: `--baseline FILE` hides findings already reviewed (by stable id),
/// `--min-severity LEVEL` hides findings below LEVEL. The report's summary still counts everything.
/// `--fail-on` judges the findings the baseline leaves (a reviewed finding no longer fails CI), whatever
/// `--min-severity` hides from view.
struct ReviewOptions {
    var baseline: Baseline?
    var minSeverity: Severity?

    /// Reads the options; the baseline file is loaded here, before any text is checked, so a missing or
    /// malformed baseline stops the run (exit 2) with a message naming the file.
    init(_ a: Arguments) throws {
        if let path = a.value("--baseline") { baseline = try Baseline.load(path: path) }
        if a.value("--min-severity") != nil {
            minSeverity = Severity(rawValue: try a.choice("--min-severity", ["error", "warning", "info"], default: "info"))
        }
    }

    /// The report to render, and the findings `--fail-on` looks at.
    func apply(to report: Report) -> (report: Report, failing: [Finding]) {
        let afterBaseline = ReportFilter(baseline: baseline).apply(report)
        return (ReportFilter(minSeverity: minSeverity).apply(afterBaseline), afterBaseline.findings)
    }
}
