import Testing
import Foundation
@testable import CrossCheckKit

@Suite struct BadInputTests {
    typealias F = LoadingFixtures

    func error(_ paths: [String], loader: ClusterLoader = ClusterLoader()) -> InputError? {
        do { _ = try loader.load(paths); return nil } catch let e as InputError { return e } catch { return nil }
    }

    @Test func missingPathThrowsNamingIt() throws {
        let e = try #require(error(["/nonexistent/crosscheck/cluster"]))
        #expect(e.diagnostics.first?.file == "/nonexistent/crosscheck/cluster")
        #expect(e.description.contains("no such file or folder"))
    }

    @Test func emptyFileIsSkippedWithAWarningWhenOthersRemain() throws {
        let dir = try F.folder(["a.txt": F.article(1), "b.txt": F.article(2), "c.txt": F.text(" \n\n  \n")])
        let cluster = try ClusterLoader().load([dir])
        #expect(cluster.sources.map(\.id) == ["a", "b"])
        let w = try #require(cluster.diagnostics.first)
        #expect(w.level == .warning && w.file.hasSuffix("c.txt") && w.message.contains("empty"))
    }

    @Test func binaryFilesAreSkipped() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let controls: [UInt8] = (0..<64).map { UInt8($0 % 8 + 1) }
        let dir = try F.folder(["a.txt": F.article(1), "b.txt": F.article(2), "image.txt": png, "ctl.md": controls])
        let cluster = try ClusterLoader().load([dir])
        #expect(cluster.sources.map(\.id) == ["a", "b"])
        #expect(cluster.diagnostics.count == 2)
        #expect(cluster.diagnostics.allSatisfy { $0.level == .warning && $0.message.contains("binary") })
        #expect(cluster.diagnostics.contains { $0.file.hasSuffix("image.txt") && $0.message.contains("NUL byte at offset 8") })
        #expect(cluster.diagnostics.contains { $0.file.hasSuffix("ctl.md") })
    }

    @Test func fewerThanTwoUsableSourcesThrowsWithTheCount() throws {
        let one = try F.folder(["a.txt": F.article(1), "b.txt": []])
        let e = try #require(error([one]))
        #expect(e.description.contains("found 1 usable source (of 2 files)"))
        #expect(e.diagnostics.contains { $0.file.hasSuffix("b.txt") && $0.message.contains("empty") })
        let none = try F.folder(["notes.json": F.text("{}")])
        #expect(try #require(error([none])).description.contains("found no .txt, .md or .html files"))
        #expect(try #require(error([one + "/a.txt"])).description.contains("found 1 usable source"))
    }

    @Test func malformedManifestIsAnErrorNamingIt() throws {
        let dir = try F.folder(["a.txt": F.article(1), "b.txt": F.article(2), "cluster.json": F.text("{\n  \"sources\": [\n    {\"file\": \"a.txt\",,}\n  ]\n}\n")])
        let e = try #require(error([dir]))
        let d = try #require(e.diagnostics.first)
        #expect(d.file.hasSuffix("cluster.json"))
        #expect(d.message.contains("malformed cluster.json"))
        let badDate = try F.folder(["a.txt": F.article(1), "b.txt": F.article(2),
                                    "cluster.json": F.text(#"{"sources": [{"file": "a.txt", "outlet": "X", "published": "June 19"}]}"#)])
        let e2 = try #require(error([badDate]))
        #expect(e2.description.contains("sources[0].published"))
        let noSources = try F.folder(["a.txt": F.article(1), "b.txt": F.article(2), "cluster.json": F.text(#"{"story": "x"}"#)])
        #expect(try #require(error([noSources])).description.contains("sources"))
    }

    @Test func malformedFrontMatterNamesFileAndLine() throws {
        let unclosed = F.text("---\noutlet: Example\npublished: 2025-03-04\n")
        let prose = F.text("---\noutlet: Example\n\nThe viaduct reopened on Tuesday.\n")
        let badDate = F.text("---\noutlet: Example\npublished: next Tuesday\n---\nText.\n")
        let badLine = F.text("---\noutlet: Example\nthis line has no key\n---\nText.\n")
        let dir = try F.folder(["a.txt": F.article(1), "b.txt": F.article(2), "c.txt": unclosed, "d.txt": badDate, "e.md": badLine, "f.txt": prose])
        let cluster = try ClusterLoader().load([dir])
        #expect(cluster.sources.map(\.id) == ["a", "b"])
        let byFile = Dictionary(uniqueKeysWithValues: cluster.diagnostics.map { (($0.file as NSString).lastPathComponent, $0) })
        #expect(byFile["c.txt"]?.line == 1 && byFile["c.txt"]?.message.contains("never closed") == true)
        #expect(byFile["d.txt"]?.line == 3 && byFile["d.txt"]?.message.contains("next Tuesday") == true)
        #expect(byFile["f.txt"]?.line == 4 && byFile["f.txt"]?.message.contains("closing `---`") == true)
        #expect(byFile["e.md"]?.line == 3 && byFile["e.md"]?.message.contains("front matter") == true)
        #expect(byFile.values.allSatisfy { $0.description.contains($0.file + ":\($0.line!)") })
    }

    @Test func invalidUTF8IsReplacedAndReportedWithOffsetAndMappingStaysRight() throws {
        // "Caf\xE9 opened." then a second line: the bad byte is at offset 3.
        let bytes: [UInt8] = F.text("Caf") + [0xE9] + F.text(" opened.\nThe viaduct \u{2014} reopened") + [0xE2, 0x80] + F.text(" on Tuesday.\n")
        let dir = try F.folder(["a.txt": F.article(1), "b.txt": bytes])
        let cluster = try ClusterLoader().load([dir])
        let b = cluster.sources[1]
        let text = String(decoding: b.text, as: UTF8.self)
        #expect(text == "Caf\u{FFFD} opened.\nThe viaduct \u{2014} reopened\u{FFFD} on Tuesday.\n")
        let w = try #require(b.diagnostics.first)
        #expect(w.level == .warning && w.message.contains("byte offset 3") && w.file.hasSuffix("b.txt"))
        #expect(w.line == 1 && w.column == 4)
        // Offsets after each replacement still map to the right place in the original file.
        let on = text.utf8.distance(from: text.utf8.startIndex, to: try #require(text.range(of: "on Tuesday")).lowerBound)
        #expect(b.origin.original(on) == bytes.count - 12)
        #expect(b.location(of: on) == (2, 25)) // the two bad bytes count as one column, like the one U+FFFD shown
        let opened = text.utf8.distance(from: text.utf8.startIndex, to: try #require(text.range(of: "opened")).lowerBound)
        #expect(b.location(of: opened) == (1, 6))
    }

    @Test func oversizedFilesAreRefusedWithTheLimitAndHowToRaiseIt() throws {
        let big = [UInt8](repeating: 0x61, count: 5000)
        let dir = try F.folder(["a.txt": F.article(1), "b.txt": F.article(2), "huge.txt": big])
        let cluster = try ClusterLoader(maxFileBytes: 4096).load([dir])
        #expect(cluster.sources.count == 2)
        let w = try #require(cluster.diagnostics.first)
        #expect(w.file.hasSuffix("huge.txt"))
        #expect(w.message.contains("5000 bytes") && w.message.contains("4096 bytes (4 KiB)") && w.message.contains("--max-file-size"))
        #expect(ClusterLoader().maxFileBytes == 256 << 20)
        #expect(throws: InputError.self) { try SourceReader.source(id: "x", file: "x", bytes: big, format: .text, maxFileBytes: 10) }
        #expect(throws: InputError.self) { try ClusterLoader(maxFileBytes: 10).load([dir]) }
    }

    @Test func inputsAreNeverModified() throws {
        let files: [String: [UInt8]] = ["a.html": F.text("<p>Tom &amp; Ann</p>"), "b.txt": F.text("---\noutlet: X\n---\nBody text here.\n"),
                                        "c.txt": [0x41, 0xFF, 0x42, 0x0A]]
        let dir = try F.folder(files)
        let before = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        _ = Cleaner().clean(try ClusterLoader().load([dir]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == before)
        for (name, bytes) in files {
            #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))) == bytes)
        }
    }

    @Test func utf8RepairFollowsMaximalSubparts() {
        func repaired(_ bytes: [UInt8]) -> (String, Int?, Int) {
            let r = UTF8Repair(bytes)
            return (String(decoding: r.bytes, as: UTF8.self), r.firstBadOffset, r.replacements)
        }
        #expect(repaired(F.text("plain “curly” é 😀")) == ("plain “curly” é 😀", nil, 0))
        #expect(repaired([0x61, 0xE0, 0x80, 0x80, 0x62]) == ("a\u{FFFD}\u{FFFD}\u{FFFD}b", 1, 3))   // overlong
        #expect(repaired([0x61, 0xED, 0xA0, 0x80]) == ("a\u{FFFD}\u{FFFD}\u{FFFD}", 1, 3))          // surrogate
        #expect(repaired([0xF0, 0x9F, 0x98, 0x61]) == ("\u{FFFD}a", 0, 1))                           // truncated 4-byte
        #expect(repaired([0xF4, 0x90, 0x80, 0x80]) == ("\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}", 0, 4))  // above U+10FFFF
    }

    @Test func htmlWithInvalidUTF8KeepsOffsetsRight() throws {
        let bytes: [UInt8] = F.text("<p>Caf") + [0xE9] + F.text(" &amp; bar</p>\n<p>Second ") + [0xFF] + F.text(" paragraph here.</p>")
        let s = try SourceReader.source(id: "h", file: "h.html", bytes: bytes, format: .html)
        let text = String(decoding: s.text, as: UTF8.self)
        #expect(text == "Caf\u{FFFD} & bar\n\nSecond \u{FFFD} paragraph here.")
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: try #require(text.range(of: "paragraph")).lowerBound)
        #expect(s.location(of: offset) == (2, 13))
        let bar = text.utf8.distance(from: text.utf8.startIndex, to: try #require(text.range(of: "bar")).lowerBound)
        #expect(s.origin.original(bar) == 14)
        #expect(s.diagnostics.first?.message.contains("byte offset 6") == true)
    }
}
