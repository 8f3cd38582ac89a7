import Foundation
import Testing
import CrossCheckCLI
import CrossCheckKit

/// `crosscheck baseline`, `check --baseline`, `check --min-severity`: run in-process on the example cluster.
@Suite struct ReviewWorkflowTests {
    /// Collects what the CLI writes.
    final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var outText = ""
        private var errText = ""
        var out: String { lock.withLock { outText } }
        var err: String { lock.withLock { errText } }
        var output: Output {
            Output(out: { s in self.lock.withLock { self.outText += s } }, err: { s in self.lock.withLock { self.errText += s } })
        }
    }

    static let example = Binary.packageRoot.appendingPathComponent("Examples/lake-varno-ferry").path

    func run(_ args: [String]) -> (code: ExitCode, out: String, err: String) {
        let c = Captured()
        let code = CLI(output: c.output).run(args)
        return (code, c.out, c.err)
    }

    func summary(_ json: String) throws -> JSONValue {
        try #require(try JSONValue.parse(json)["summary"])
    }

    @Test func baselineThenCheckHidesEverythingReviewed() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = dir.appendingPathComponent("baseline.json").path
        let b = run(["baseline", Self.example, "--output", base])
        #expect(b.code == .success, "\(b.err)")
        #expect(b.err.contains(base))
        let baseline = try Baseline.load(path: base)

        let plain = run(["check", Self.example, "--format", "json", "--fail-on", "never"])
        let found = try summary(plain.out)["findings"]?.doubleValue
        #expect(found == Double(baseline.ids.count))

        let filtered = run(["check", Self.example, "--format", "json", "--baseline", base, "--fail-on", "info"])
        #expect(filtered.code == .success, "baselined findings must not fail the run")
        let s = try summary(filtered.out)
        #expect(s["shown"] == .number(0))
        #expect(s["findings"]?.doubleValue == found)
        #expect(s["baselined"]?.doubleValue == found)
        #expect(s["suppressed"]?.doubleValue == found)
        #expect(try JSONValue.parse(filtered.out)["findings"] == .array([]))
    }

    @Test func minSeverityHidesButDoesNotChangeTheExitCode() throws {
        let plain = run(["check", Self.example, "--format", "json", "--fail-on", "never"])
        let info = try #require(try summary(plain.out)["bySeverity"]?["info"]?.doubleValue)
        let hidden = run(["check", Self.example, "--format", "json", "--fail-on", "info", "--min-severity", "error"])
        #expect(try summary(hidden.out)["belowMinSeverity"]?.doubleValue ?? 0 >= info)
        let failed = run(["check", Self.example, "--fail-on", "info"])
        #expect(hidden.code == failed.code)
        if try summary(plain.out)["findings"]?.doubleValue ?? 0 > 0 { #expect(failed.code == .findings) }
    }

    @Test func baselineToStandardOutput() throws {
        let r = run(["baseline", Self.example])
        #expect(r.code == .success)
        let b = try Baseline.parse(r.out, file: "stdout")
        #expect(b.cluster == "lake-varno-ferry")
    }

    @Test func aBaselineOfOtherIdsHidesNothing() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = dir.appendingPathComponent("other.json").path
        try Baseline(entries: [.init(id: "0000000000000000")]).rendered().write(toFile: base, atomically: true, encoding: .utf8)
        let plain = run(["check", Self.example, "--format", "json", "--fail-on", "never"])
        let r = run(["check", Self.example, "--format", "json", "--fail-on", "never", "--baseline", base])
        #expect(try summary(r.out)["suppressed"] == .number(0))
        #expect(try JSONValue.parse(r.out)["findings"] == JSONValue.parse(plain.out)["findings"])
    }

    @Test func missingBaselineIsExit2NamingTheFile() {
        let path = "/nonexistent-dir/reviewed-\(UUID().uuidString).json"
        let r = run(["check", Self.example, "--baseline", path])
        #expect(r.code == .failure)
        #expect(r.err.contains(path) && r.err.contains("baseline"))
        #expect(r.out.isEmpty)
    }

    @Test func malformedBaselineIsExit2NamingTheFile() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("broken.json").path
        try "{\"schemaVersion\": \"1.0\", \"findings\": [".write(toFile: path, atomically: true, encoding: .utf8)
        let r = run(["check", Self.example, "--baseline", path])
        #expect(r.code == .failure)
        #expect(r.err.hasPrefix(path + ":1:"))
        #expect(r.err.contains("not valid JSON"))
    }

    @Test(arguments: ["error", "warning", "info"])
    func minSeverityIsRecordedAndKeepsTotals(level: String) throws {
        let plain = run(["check", Self.example, "--format", "json", "--fail-on", "never"])
        let r = run(["check", Self.example, "--format", "json", "--fail-on", "never", "--min-severity", level])
        #expect(r.code == .success)
        let s = try summary(r.out)
        #expect(s["minSeverity"] == .string(level))
        #expect(s["bySeverity"] == (try summary(plain.out))["bySeverity"])
        let findings = try #require(try JSONValue.parse(r.out)["findings"]?.arrayValue)
        let rank = ["info": 0, "warning": 1, "error": 2]
        #expect(findings.allSatisfy { rank[$0["severity"]?.stringValue ?? ""]! >= rank[level]! })
        #expect(s["shown"]?.doubleValue == Double(findings.count))
    }

    @Test func badMinSeverityIsAUsageError() {
        let r = run(["check", Self.example, "--min-severity", "fatal"])
        #expect(r.code == .failure)
        #expect(r.err.contains("--min-severity must be one of error, warning, info"))
    }

    @Test func helpMentionsTheReviewOptions() {
        #expect(run(["check", "--help"]).out.contains("--baseline FILE"))
        #expect(run(["check", "--help"]).out.contains("--min-severity LEVEL"))
        #expect(run(["baseline", "--help"]).out.contains("Usage: crosscheck baseline"))
        #expect(run(["--help"]).out.contains("crosscheck baseline"))
        #expect(run(["baseline"]).code == .failure)
    }
}
