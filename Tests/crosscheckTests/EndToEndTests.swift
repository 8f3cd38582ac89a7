import Foundation
import Testing

/// Runs the built binary the way users do: the README commands, exit codes, bad inputs, determinism.
@Suite struct EndToEndTests {
    let example = "Examples/lake-varno-ferry"

    @Test func readmeCommandRunsOnTheExample() throws {
        let r = try Binary.run(["check", example])
        #expect(r.status == 0 || r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("lake-varno-ferry"))
    }

    @Test func twoRunsAreByteIdentical() throws {
        let a = try Binary.run(["check", example, "--format", "json"])
        let b = try Binary.run(["check", example, "--format", "json"])
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
        let m1 = try Binary.run(["check", example])
        let m2 = try Binary.run(["check", example])
        #expect(m1.stdout == m2.stdout)
    }

    @Test func outputFileIsWrittenAndInputsUntouched() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try snapshot(of: Binary.packageRoot.appendingPathComponent(example))
        let out = dir.appendingPathComponent("report.json").path
        let r = try Binary.run(["check", example, "--format", "json", "--output", out, "--fail-on", "never"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.isEmpty)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.hasPrefix("{"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "report.json" }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        #expect(try snapshot(of: Binary.packageRoot.appendingPathComponent(example)) == before)
    }

    @Test func outputReplacesAnExistingFile() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.md").path
        try "old report".write(toFile: out, atomically: true, encoding: .utf8)
        let r = try Binary.run(["check", example, "--output", out, "--fail-on", "never"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.contains("lake-varno-ferry"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.md"])
    }

    @Test func outputOverAnInputIsRefused() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.txt").path, b = dir.appendingPathComponent("b.txt").path
        let story = "The Harbour Board said on Monday that 14 ferries would run. Director Ines Volk said the quay was ready."
        try story.write(toFile: a, atomically: true, encoding: .utf8)
        try story.replacingOccurrences(of: "14", with: "15").write(toFile: b, atomically: true, encoding: .utf8)
        // One of the input files: refused, and the file is left as it was.
        let r1 = try Binary.run(["check", a, b, "--output", a])
        #expect(r1.status == 2)
        #expect(r1.stderr.contains("is one of the inputs"), "stderr: \(r1.stderr)")
        #expect(try String(contentsOfFile: a, encoding: .utf8) == story)
        // The same file reached through a different spelling of the path.
        let r2 = try Binary.run(["check", a, b, "--output", dir.appendingPathComponent("./sub/../b.txt").path])
        #expect(r2.status == 2)
        // A source-type file inside an input folder would be read as a source next time: refused.
        let r3 = try Binary.run(["check", dir.path, "--output", dir.appendingPathComponent("report.md").path])
        #expect(r3.status == 2)
        #expect(r3.stderr.contains("inside the input folder"), "stderr: \(r3.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.txt", "b.txt"])
        // A JSON report beside the sources is not read as a source: allowed.
        let r4 = try Binary.run(["check", dir.path, "--format", "json", "--output", dir.appendingPathComponent("report.json").path, "--fail-on", "never"])
        #expect(r4.status == 0, "stderr: \(r4.stderr)")
    }

    @Test func missingPathIsAnInputError() throws {
        let r = try Binary.run(["check", "no/such/folder"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no/such/folder"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Binary.run(["check"]).status == 2)
        #expect(try Binary.run(["check", example, "--format", "yaml"]).status == 2)
        #expect(try Binary.run(["check", example, "--bogus"]).status == 2)
        #expect(try Binary.run(["frobnicate"]).status == 2)
        let help = try Binary.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--fail-on"))
    }

    @Test func aFolderWithOneSourceIsRefused() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "The mayor opened the 40-metre bridge on Monday.".write(to: dir.appendingPathComponent("only.txt"), atomically: true, encoding: .utf8)
        let r = try Binary.run(["check", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains(dir.path) || r.stderr.contains("only.txt"))
    }

    @Test func maxFileSizeRefusesLargeFilesAndNamesTheLimit() throws {
        let r = try Binary.run(["check", example, "--max-file-size", "1K"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--max-file-size"))
        #expect(r.stderr.contains("03-valley-herald.html"))
        #expect(try Binary.run(["check", example, "--max-file-size", "lots"]).status == 2)
        #expect(try Binary.run(["check", example, "--max-file-size", "1M", "--fail-on", "never"]).status == 0)
    }

    @Test func claimsListsEveryClaimAsTextAndJSON() throws {
        let text = try Binary.run(["claims", example])
        #expect(text.status == 0)
        #expect(text.stdout.contains("## 02-northern-wire"))
        #expect(text.stdout.contains("212 passengers"))
        let json = try Binary.run(["claims", example, "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let sources = object?["sources"] as? [[String: Any]]
        #expect(sources?.count == 4)
        let claims = sources?.flatMap { ($0["claims"] as? [[String: Any]]) ?? [] } ?? []
        #expect(claims.contains { ($0["text"] as? String)?.contains("221 passengers") == true && $0["kind"] as? String == "count" })
    }

    /// File name → contents, for checking that a run modified nothing.
    private func snapshot(of dir: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            result[name] = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path)
        }
        return result
    }
}
