/// The Markdown report for review. (First version: title only.)
public struct MarkdownRenderer: ReportRenderer {
    public init() {}
    public var format: String { "markdown" }
    public func render(_ report: Report) -> String {
        "# crosscheck report: \(report.cluster)\n"
    }
}
