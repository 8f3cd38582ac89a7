/// The Markdown report for review (GitHub-flavoured: tables, `~~strike~~`, `<details>`).
///
/// Layout: title and one-line summary, a severity table (found vs listed), the sources, then
/// Conflicts (error), Divergences (warning) and Variants (info), each finding with its message,
/// label, kind, key, rule, id, a per-source table (outlet, value, evidence `file:line:column` and the
/// exact text) and, for quotations, the word-by-word differences; then corroborated claims,
/// single-source claims, excluded segments and diagnostics. Everything here is also in the JSON.
/// Table cells escape `|` and newlines; the output is deterministic.
public struct MarkdownRenderer: ReportRenderer {
    public init() {}
    public var format: String { "markdown" }

    public func render(_ report: Report) -> String {
        String(decoding: renderBytes(report), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes.
    public func renderBytes(_ report: Report) -> [UInt8] {
        var w = MarkdownWriter(report: report)
        w.title()
        w.severityTable()
        w.sources()
        for severity in [Severity.error, .warning, .info] { w.findings(severity) }
        w.corroborated()
        w.singleSource()
        w.excluded()
        w.diagnostics()
        var bytes = w.out
        // The text never holds "\r" (inline text turns line breaks into spaces), so bytes are characters here.
        while bytes.count >= 2 && bytes[bytes.count - 1] == 0x0A && bytes[bytes.count - 2] == 0x0A { bytes.removeLast() }
        return bytes
    }

    /// Section headings per severity, as the report and README use them.
    public static func sectionTitle(_ severity: Severity) -> String {
        switch severity {
        case .error: return "Conflicts (error)"
        case .warning: return "Divergences (warning)"
        case .info: return "Variants (info)"
        }
    }
}
