import Testing
import Foundation
@testable import CrossCheckKit

/// Checks the cleaner on the shared seed cluster, when it is present. Line numbers are found from the
/// files at test time by their shape; no article text is quoted here.
@Suite struct SeedClusterCleaningTests {
    static let dir = SharedData.seedCluster
    static let present = SharedData.seedClusterPresent

    struct File {
        var source: Source
        var lines: [String]

        func excluded(_ line: Int) -> Bool {
            // A line counts as excluded when every non-space byte of it lies in an excluded segment.
            let starts = source.lines.starts
            let start = starts[line - 1]
            let end = line < starts.count ? starts[line] : source.text.count
            return (start..<end).allSatisfy { o in
                let b = source.text[o]
                let nbsp = (b == 0xC2 && o + 1 < end && source.text[o + 1] == 0xA0) || (b == 0xA0 && o > start && source.text[o - 1] == 0xC2)
                return b == 0x20 || b == 0x0A || b == 0x0D || nbsp || source.isExcluded(o)
            }
        }
        func reasons(_ line: Int) -> Set<ExcludedSegment.Reason> {
            let o = source.lines.starts[line - 1] + (lines[line - 1].prefix { $0 == " " }.utf8.count)
            return Set(source.excluded.filter { $0.span.start <= o && o < $0.span.end }.map(\.reason))
        }
        func lineNumbers(where predicate: (String) -> Bool) -> [Int] {
            lines.indices.filter { predicate(lines[$0]) }.map { $0 + 1 }
        }
        var nonBlank: [Int] { lineNumbers { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
        func isProse(_ n: Int) -> Bool {
            let l = lines[n - 1].trimmingCharacters(in: .whitespaces)
            return l.split(separator: " ").count >= 12 && (l.hasSuffix(".") || l.hasSuffix("\"") || l.hasSuffix("”"))
        }
    }

    func load() throws -> [String: File] {
        let cluster = Cleaner().clean(try ClusterLoader().load([Self.dir]))
        var files: [String: File] = [:]
        for s in cluster.sources {
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: s.file)), as: UTF8.self)
            files[String(s.id.prefix(3))] = File(source: s, lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        return files
    }

    @Test(.enabled(if: SeedClusterCleaningTests.present, "needs ../shared/clusters/putin-pyongyang")) func appendedStoryAndRepeatedCaptions() throws {
        let f = try #require(try load()["000"])
        // The appended story starts after the last run of two or more blank lines and runs to the end.
        let blanks = f.lines.indices.filter { $0 >= 2 && f.lines[$0 - 1].trimmingCharacters(in: .whitespaces).isEmpty
            && f.lines[$0 - 2].trimmingCharacters(in: .whitespaces).isEmpty && !f.lines[$0].trimmingCharacters(in: .whitespaces).isEmpty }
        let head = try #require(blanks.last) + 1
        let last = try #require(f.nonBlank.last)
        let off = f.source.excluded.filter { $0.reason == .offTopic }
        #expect(off.count == 1)
        #expect(off.first.map { f.source.location(of: $0.span.start).line } == head)
        #expect(off.first.map { f.source.location(of: $0.span.end - 1).line } == last)
        // Every copy of a line printed more than once is excluded.
        var counts: [String: Int] = [:]
        for l in f.lines where l.count > 20 { counts[l, default: 0] += 1 }
        let repeated = f.lineNumbers { (counts[$0] ?? 0) >= 2 }
        #expect(repeated.count >= 4)
        for n in repeated { let isExcluded = f.excluded(n); #expect(isExcluded, "000 line \(n) not excluded") }
        // Nothing of the story before the appended one is excluded except repeated lines and stray tokens.
        for n in f.nonBlank where n < head && !repeated.contains(n) && f.lines[n - 1].count > 3 {
            let isExcluded = f.excluded(n); #expect(!isExcluded, "000 line \(n) excluded")
        }
    }

    @Test(.enabled(if: SeedClusterCleaningTests.present, "needs ../shared/clusters/putin-pyongyang")) func corpusTagOnTheFirstLine() throws {
        let f = try #require(try load()["001"])
        let tag = f.source.excluded.first { $0.span.start == f.source.lines.starts[0] + 1 }
        #expect(tag.map { f.source.string($0.span).hasPrefix("date 2024-") } == true)
        for n in f.nonBlank where f.isProse(n) && n > 1 { let isExcluded = f.excluded(n); #expect(!isExcluded, "001 line \(n) excluded") }
    }

    @Test(.enabled(if: SeedClusterCleaningTests.present, "needs ../shared/clusters/putin-pyongyang")) func pageClutterTail() throws {
        let f = try #require(try load()["002"])
        let lastProse = try #require(f.nonBlank.last { f.isProse($0) })
        let tail = f.nonBlank.filter { $0 > lastProse }
        #expect(tail.count >= 5)
        #expect(f.lineNumbers { $0.hasPrefix("Leave a Reply") }.allSatisfy { tail.contains($0) })
        for n in tail { let isExcluded = f.excluded(n); #expect(isExcluded, "002 line \(n) not excluded") }
        for n in f.nonBlank where n <= lastProse { let isExcluded = f.excluded(n); #expect(!isExcluded, "002 line \(n) excluded") }
    }

    @Test(.enabled(if: SeedClusterCleaningTests.present, "needs ../shared/clusters/putin-pyongyang")) func blogWithTweetKeepsEverything() throws {
        let f = try #require(try load()["003"])
        #expect(f.source.excluded.isEmpty)
    }

    @Test(.enabled(if: SeedClusterCleaningTests.present, "needs ../shared/clusters/putin-pyongyang")) func mailingListHeaderURLAndFooter() throws {
        let f = try #require(try load()["004"])
        let header = f.lineNumbers { $0.hasPrefix("[") }
        let url = f.lineNumbers { $0.hasPrefix("http") }
        let footer = f.lineNumbers { $0.contains("Pipermail") }
        #expect(header == [1] && url.count == 1 && footer.count == 1)
        for n in header + url + footer { let isExcluded = f.excluded(n); #expect(isExcluded) }
        let kept = f.nonBlank.filter { !(header + url + footer).contains($0) }
        for n in kept { let isExcluded = f.excluded(n); #expect(!isExcluded, "004 line \(n) excluded") }
    }
}
