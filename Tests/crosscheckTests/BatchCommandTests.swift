import Foundation
import Testing
import CrossCheckCLI

/// End to end through `CLI.run`: `batch` against `check --format json`, files, shards, bad input.
@Suite struct BatchCommandTests {
    /// A fictional ferry story, told differently by each made-up outlet.
    static func story(_ v: Int) -> String {
        let passengers = [214, 214, 241, 214][v % 4]
        let title = ["Harbour Master", "harbour master", "Port Director", "Harbour Master"][v % 4]
        return """
        Ferry runs aground off Kestrel Point

        KESTREL POINT, May 9 — The ferry Aldora ran aground on Friday with \(passengers) passengers aboard, \
        \(title) Ines Varga said. No one was hurt.

        "The tide was lower than the charts showed," Varga told reporters at 3:15 p.m.

        The 58-metre vessel, built in 1998, was refloated after nearly nine hours. Version \(v).
        """
    }

    final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var outText = ""
        private var errText = ""
        var out: String { lock.lock(); defer { lock.unlock() }; return outText }
        var err: String { lock.lock(); defer { lock.unlock() }; return errText }
        var output: Output {
            Output(out: { s in self.lock.lock(); self.outText += s; self.lock.unlock() },
                   err: { s in self.lock.lock(); self.errText += s; self.lock.unlock() })
        }
    }

    private func run(_ args: [String]) -> (code: ExitCode, out: String, err: String) {
        let c = Captured()
        let code = CLI(output: c.output).run(args)
        return (code, c.out, c.err)
    }

    private func object(_ text: String) -> NSDictionary? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary
    }

    private func jsonLine(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Two cluster folders of fictional sources in a fresh temporary folder.
    private func makeClusters() throws -> (root: URL, clusters: [(name: String, dir: String, files: [String])]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("batch-cli-\(UUID().uuidString)")
        var clusters: [(String, String, [String])] = []
        for (name, count) in [("ferry-north", 4), ("ferry-south", 3)] {
            let dir = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            var files: [String] = []
            for i in 0..<count {
                let file = dir.appendingPathComponent("outlet-\(i).txt").path
                try Self.story(name == "ferry-north" ? i : i + 1).write(toFile: file, atomically: true, encoding: .utf8)
                files.append(file)
            }
            clusters.append((name, dir.path, files))
        }
        return (root, clusters)
    }

    @Test func batchReportsEqualSingleClusterCheckReports() throws {
        let (root, clusters) = try makeClusters()
        defer { try? FileManager.default.removeItem(at: root) }
        var records: [String] = []
        for c in clusters {
            for file in c.files {
                records.append(jsonLine(["cluster": c.name, "source": URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent,
                                         "file": file, "text": try String(contentsOfFile: file, encoding: .utf8)]))
            }
        }
        let input = root.appendingPathComponent("input.jsonl").path
        try (records.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)

        let batch = run(["batch", input])
        #expect(batch.code == .success)
        let lines = batch.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines.count == 2)
        #expect(batch.err.contains("2 clusters, 7 sources, 0 bad records"))
        for (line, c) in zip(lines, clusters) {
            let check = run(["check", "--format", "json", "--fail-on", "never", c.dir])
            #expect(check.code == .success)
            #expect(object(line) != nil)
            #expect(object(line) == object(check.out), "\(c.name)")
        }

        // The same through folder records, standard input replaced by --output to a file.
        let folders = root.appendingPathComponent("folders.jsonl").path
        try clusters.map { jsonLine(["folder": $0.dir]) }.joined(separator: "\n").write(toFile: folders, atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("out.jsonl").path
        #expect(run(["batch", folders, "--output", out]).code == .success)
        let written = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(written.map(object) == lines.map(object))
    }

    @Test func shardedRunsMergeToTheUnshardedRun() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("batch-shard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        var records: [String] = []
        for c in 0..<10 {
            for s in 0..<3 { records.append(jsonLine(["cluster": "ferry-\(c)", "source": "s\(s)", "text": Self.story(c + s)])) }
        }
        records.insert("{broken", at: 7)
        let input = root.appendingPathComponent("in.jsonl").path
        try records.joined(separator: "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let whole = run(["batch", input]).out.split(separator: "\n").map(String.init)
        #expect(whole.count == 11)
        var merged: [String] = []
        for k in 0..<3 {
            let part = run(["batch", input, "--shard", "\(k)/3"])
            #expect(part.code == .success)
            merged += part.out.split(separator: "\n").map(String.init)
        }
        #expect(merged.sorted() == whole.sorted())
    }

    @Test func usageAndInputErrors() throws {
        #expect(run(["batch", "--shard", "3/3", "-"]).code == .failure)
        #expect(run(["batch", "--shard", "x"]).code == .failure)
        #expect(run(["batch", "a.jsonl", "b.jsonl"]).code == .failure)
        let missing = run(["batch", "/no/such/input.jsonl"])
        #expect(missing.code == .failure && missing.err.contains("/no/such/input.jsonl"))
        let folder = run(["batch", FileManager.default.temporaryDirectory.path])
        #expect(folder.code == .failure && folder.err.contains("folder"))
        let help = run(["batch", "--help"])
        #expect(help.code == .success && help.out.contains("--shard K/N"))
    }
}
