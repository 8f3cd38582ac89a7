/// Renders a report in one format. One type per format.
public protocol ReportRenderer: Sendable {
    /// The format's name on the command line ("json", "markdown").
    var format: String { get }
    func render(_ report: Report) -> String
}
