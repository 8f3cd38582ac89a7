import Dispatch
import Foundation
import Testing
import CrossCheckKit

@Suite struct BatchRunnerTests {
    /// One JSON Lines record for source `i` of a fictional cluster.
    static func record(cluster: String, source i: Int, variant: Int? = nil) -> String {
        let object: [String: Any] = [
            "cluster": cluster, "source": "outlet-\(i)", "outlet": "Outlet \(i)",
            "published": "2031-03-0\(4 + i % 2)", "file": "outlet-\(i).txt",
            "text": FictionalMillFire.text(variant: variant ?? i),
        ]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    private func run(_ input: String, shard: Shard = .all) throws -> (lines: [String], summary: BatchSummary) {
        let runner = BatchRunner(engine: CrossCheck(rules: try RuleSet.builtin()), shard: shard)
        var reader = LineReader(bytes: Array(input.utf8))
        var lines: [String] = []
        let summary = runner.run(&reader) { lines.append($0) }
        return (lines, summary)
    }

    private func object(_ line: String) -> NSDictionary? {
        try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary
    }

    @Test func oneReportLinePerClusterEqualToTheSingleClusterReport() throws {
        let input = ((0..<5).map { Self.record(cluster: "north", source: $0) }
            + (0..<3).map { Self.record(cluster: "south", source: $0, variant: $0 + 2) }).joined(separator: "\n") + "\n"
        let (lines, summary) = try run(input)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasSuffix("\n") && $0.dropLast().firstIndex(of: "\n") == nil })
        #expect(summary.clusters == 2 && summary.sources == 8 && summary.errors == 0)
        let engine = CrossCheck(rules: try RuleSet.builtin())
        for (line, (name, sources)) in zip(lines, [("north", Array(0..<5)), ("south", Array(0..<3))]) {
            let cluster = Cluster(name: name, sources: sources.map { i in
                var s = FictionalMillFire.cluster(sources: 5).sources[i]
                s.text = Array(FictionalMillFire.text(variant: name == "south" ? i + 2 : i).utf8)
                s.lines = LineIndex(s.text)
                return s
            })
            let expected = JSONRenderer().render(engine.report(engine.analyze(Cleaner().clean(cluster))))
            #expect(object(line) == object(expected))
            #expect(object(line)?["cluster"] as? String == name)
        }
    }

    @Test func badRecordsBecomeErrorRecordsAndTheRestGoOn() throws {
        let input = [
            Self.record(cluster: "north", source: 0),
            "{ this is not json",
            #"{"cluster": "north", "source": "empty", "text": "  \n "}"#,
            #"{"cluster": "north", "text": "no source id"}"#,
            "",
            Self.record(cluster: "north", source: 1),
            #"{"cluster": "north", "source": "outlet-1", "text": "a duplicate id"}"#,
            #"{"cluster": "north", "source": "bad-date", "text": "Text.", "published": "last Tuesday"}"#,
            #"[1, 2, 3]"#,
            Self.record(cluster: "south", source: 2),
            Self.record(cluster: "south", source: 3),
        ].joined(separator: "\n")
        let (lines, summary) = try run(input)
        let objects = lines.compactMap(object)
        #expect(objects.count == lines.count)
        let errors = objects.filter { $0["error"] != nil }
        #expect(errors.map { $0["line"] as? Int } == [2, 3, 4, 7, 8, 9])
        #expect(errors.map { $0["cluster"] as? String } == [nil, "north", "north", "north", "north", nil])
        #expect((errors[1]["error"] as? String)?.contains("empty 'text'") == true)
        #expect((errors[2]["error"] as? String)?.contains("'source'") == true)
        #expect((errors[3]["error"] as? String)?.contains("duplicate source") == true)
        #expect((errors[4]["error"] as? String)?.contains("published") == true)
        let reports = objects.filter { $0["error"] == nil }
        #expect(reports.map { $0["cluster"] as? String } == ["north", "south"])
        #expect(summary.errors == 6 && summary.clusters == 2 && summary.sources == 4)
    }

    @Test func aClusterThatReappearsIsAnErrorNotASecondReport() throws {
        let input = [
            Self.record(cluster: "a", source: 0), Self.record(cluster: "a", source: 1),
            Self.record(cluster: "b", source: 0), Self.record(cluster: "b", source: 1),
            Self.record(cluster: "a", source: 2), Self.record(cluster: "a", source: 3),
            Self.record(cluster: "c", source: 0), Self.record(cluster: "c", source: 1),
        ].joined(separator: "\n")
        let objects = try run(input).lines.compactMap(object)
        #expect(objects.map { $0["cluster"] as? String } == ["a", "b", "a", "c"])
        #expect(objects[2]["line"] as? Int == 5)
        #expect((objects[2]["error"] as? String)?.contains("lines 5-6") == true)
        #expect(objects.filter { $0["error"] != nil }.count == 1)
    }

    @Test func aClusterNeedsTwoUsableSourcesAndRecordsGoThroughTheSourceReader() throws {
        let html = #"{"cluster": "web", "source": "page", "format": "html", "text": "<html><body><p>The mill employed <b>300</b> people.</p><script>var x = 1;</script></body></html>"}"#
        let input = [
            Self.record(cluster: "lonely", source: 0),
            #"{"cluster": "lonely", "source": "blank", "text": ""}"#,
            Self.record(cluster: "web", source: 1),
            html,
            #"{"cluster": "web", "source": "odd", "format": "pdf", "text": "x"}"#,
        ].joined(separator: "\n")
        let (lines, summary) = try run(input)
        let objects = lines.compactMap(object)
        #expect(objects.count == 4)
        #expect(objects[0]["cluster"] as? String == "lonely" && objects[0]["line"] as? Int == 2)
        #expect(objects[1]["cluster"] as? String == "lonely" && objects[1]["line"] as? Int == 1)
        #expect((objects[1]["error"] as? String)?.contains("at least two") == true)
        #expect(objects[2]["line"] as? Int == 5 && (objects[2]["error"] as? String)?.contains("'format'") == true)
        #expect(objects[3]["cluster"] as? String == "web" && objects[3]["error"] == nil)
        #expect(summary.clusters == 1 && summary.errors == 3)
        // The HTML record was converted to text: no markup or script in what the report quotes.
        #expect(!lines[3].contains("var x") && !lines[3].contains("<b>"))
        let record = try BatchRecord.parse(Array(html.utf8), line: 4)
        guard case .source(let source) = record.content else { Issue.record("not a source record"); return }
        let text = String(decoding: source.text, as: UTF8.self)
        #expect(text.contains("The mill employed 300 people."))
        #expect(!text.contains("<") && !text.contains("var x"))
    }

    @Test func mergedShardsEqualTheUnshardedRun() throws {
        var records: [String] = []
        for c in 0..<12 {
            for s in 0..<(2 + c % 3) { records.append(Self.record(cluster: "story-\(c)", source: s, variant: s + c)) }
            if c == 4 { records.append("not json at all") }
            if c == 7 { records.append(#"{"cluster": "story-7", "source": "x", "text": ""}"#) }
        }
        records.append(Self.record(cluster: "story-3", source: 9)) // reappears: an error record
        let input = records.joined(separator: "\n")
        let whole = try run(input).lines
        #expect(whole.count == 12 + 3)
        for n in 2...4 {
            var merged: [String] = []
            var nonEmpty = 0
            for k in 0..<n {
                let part = try run(input, shard: Shard(index: k, count: n)!).lines
                if !part.isEmpty { nonEmpty += 1 }
                merged += part
            }
            #expect(nonEmpty >= 2, "shards \(n): the clusters should spread over several shards")
            #expect(sortedByCluster(merged) == sortedByCluster(whole), "shards \(n)")
        }
    }

    /// The order the README gives for comparing runs: by cluster id, then by line.
    private func sortedByCluster(_ lines: [String]) -> [String] {
        lines.sorted { a, b in
            let ca = object(a)?["cluster"] as? String ?? "", cb = object(b)?["cluster"] as? String ?? ""
            return ca != cb ? ca < cb : a < b
        }
    }

    @Test func reportsAClusterBeforeReadingTheRestOfTheInput() throws {
        // A pipe fed by another thread: the rest of the input is written only after the first
        // cluster's report came out (or after a timeout, in which case the test fails).
        let pipe = Pipe()
        let firstReport = DispatchSemaphore(value: 0)
        let writer = pipe.fileHandleForWriting
        let head = [Self.record(cluster: "a", source: 0), Self.record(cluster: "a", source: 1),
                    Self.record(cluster: "b", source: 0)].joined(separator: "\n") + "\n"
        let tail = Self.record(cluster: "b", source: 1) + "\n"
        let done = DispatchSemaphore(value: 0)
        let flag = TimeoutFlag()
        DispatchQueue.global().async {
            writer.write(Data(head.utf8))
            if firstReport.wait(timeout: .now() + 20) == .timedOut { flag.set() }
            writer.write(Data(tail.utf8))
            try? writer.close()
            done.signal()
        }
        var reader = LineReader(handle: pipe.fileHandleForReading, chunkSize: 256)
        var lines: [String] = []
        let runner = BatchRunner(engine: CrossCheck(rules: try RuleSet.builtin()))
        _ = runner.run(&reader) { line in
            lines.append(line)
            if lines.count == 1 { firstReport.signal() }
        }
        done.wait()
        #expect(!flag.value, "the first cluster was only reported after the whole input was read")
        #expect(lines.compactMap { object($0)?["cluster"] as? String } == ["a", "b"])
    }

    @Test func folderRecordsAreClusters() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("batch-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<3 {
            try FictionalMillFire.text(variant: i).write(to: dir.appendingPathComponent("outlet-\(i).txt"), atomically: true, encoding: .utf8)
        }
        let input = #"{"folder": "\#(dir.path)"}"# + "\n" + #"{"folder": "/no/such/folder", "cluster": "ghost"}"#
        let objects = try run(input).lines.compactMap(object)
        #expect(objects.count == 2)
        let engine = CrossCheck(rules: try RuleSet.builtin())
        let expected = JSONRenderer().render(try engine.check([dir.path]))
        #expect(objects[0] == object(expected))
        #expect(objects[1]["cluster"] as? String == "ghost" && objects[1]["line"] as? Int == 2 && objects[1]["error"] != nil)
    }
}

/// Set from the writer thread when it gave up waiting.
private final class TimeoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flagged = false
    func set() { lock.lock(); flagged = true; lock.unlock() }
    var value: Bool { lock.lock(); defer { lock.unlock() }; return flagged }
}
