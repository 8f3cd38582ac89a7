import Foundation
import CrossCheckKit

/// `crosscheck check`: the main job.
struct CheckCommand {
    var output: Output

    func run(_ args: [String]) throws -> ExitCode {
        let a = try Arguments(args, valueOptions: EngineOptions.valueOptions.union(["--format", "--output", "--fail-on", "--baseline", "--min-severity"]),
                              flagOptions: EngineOptions.flagOptions)
        if a.flag("--help") || a.flag("-h") { output.out(Help.check); return .success }
        guard !a.positional.isEmpty else { throw UsageError("check needs a folder or files") }
        try OutputGuard.check(output: a.value("--output"), inputs: a.positional + a.all("--rules") + a.all("--baseline"))
        let format = try a.choice("--format", ["markdown", "json"], default: "markdown")
        let failOn = try a.choice("--fail-on", ["error", "warning", "info", "never"], default: "error")
        let engine = try EngineOptions.engine(a)
        let review = try ReviewOptions(a)
        let found = try engine.check(a.positional)
        let (report, failing) = review.apply(to: found)
        let renderer: any ReportRenderer = format == "json" ? JSONRenderer() : MarkdownRenderer()
        // Streamed in pieces (each valid UTF-8), so a large report is never held whole.
        let chunk = 1 << 16
        if let path = a.value("--output") {
            try AtomicWriter.streamData(to: path) { write in renderer.render(report, chunkSize: chunk) { write(Data($0)) } }
        } else {
            renderer.render(report, chunkSize: chunk) { output.out(String(decoding: $0, as: UTF8.self)) }
        }
        guard failOn != "never", let level = Severity(rawValue: failOn) else { return .success }
        return failing.contains { $0.severity >= level } ? .findings : .success
    }
}
