import Foundation
import Testing

/// The example reports in `Reports/` are what `check` prints for `Examples/` today.
/// Re-record on purpose only: `CROSSCHECK_RECORD=1 swift test --filter GoldenReportTests`
/// (or the two commands in the README), then review the diff.
@Suite struct GoldenReportTests {
    static let cases: [(format: String, file: String)] = [("json", "Reports/lake-varno-ferry.json"), ("markdown", "Reports/lake-varno-ferry.md")]

    @Test(arguments: GoldenReportTests.cases.map(\.format))
    func exampleReportMatchesGolden(format: String) throws {
        let file = Self.cases.first { $0.format == format }!.file
        let r = try Binary.run(["check", "Examples/lake-varno-ferry", "--format", format, "--fail-on", "never"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let url = Binary.packageRoot.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["CROSSCHECK_RECORD"] == "1" {
            try r.stdout.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(r.stdout == golden, "\(file) is out of date: review the change, then re-record with CROSSCHECK_RECORD=1")
    }
}
