/// Renders a report in one format. One type per format.
public protocol ReportRenderer: Sendable {
    /// The format's name on the command line ("json", "markdown").
    var format: String { get }
    func render(_ report: Report) -> String
    /// `render` as UTF-8 bytes (what a file or pipe receives); renderers that build bytes directly
    /// skip the `String`.
    func renderBytes(_ report: Report) -> [UInt8]
    /// `renderBytes` handed to `emit` in pieces of about `chunkSize` bytes, each valid UTF-8 on its own;
    /// renderers that can stream never hold the whole text.
    func render(_ report: Report, chunkSize: Int, to emit: ([UInt8]) -> Void)
}

extension ReportRenderer {
    public func renderBytes(_ report: Report) -> [UInt8] { Array(render(report).utf8) }
    public func render(_ report: Report, chunkSize: Int, to emit: ([UInt8]) -> Void) { emit(renderBytes(report)) }
}
