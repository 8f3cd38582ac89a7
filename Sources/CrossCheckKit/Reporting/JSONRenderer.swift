/// The JSON report (see `Reports/report.schema.json`). (First version: summary only.)
public struct JSONRenderer: ReportRenderer {
    public init() {}
    public var format: String { "json" }
    public func render(_ report: Report) -> String {
        "{\"cluster\":\"\(report.cluster)\",\"findings\":\(report.findings.count),\"schemaVersion\":\"\(Report.schemaVersion)\"}\n"
    }
}
