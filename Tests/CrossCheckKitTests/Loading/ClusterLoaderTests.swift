import Testing
import Foundation
@testable import CrossCheckKit

@Suite struct ClusterLoaderTests {
    let metadata = LoadingFixtures.path("metadata")

    @Test func folderLoadsSourceFilesSortedAndIgnoresTheRest() throws {
        let cluster = try ClusterLoader().load([metadata])
        #expect(cluster.name == "metadata")
        #expect(cluster.sources.map(\.id) == ["alpha", "beta", "gamma"])
        #expect(cluster.sources.allSatisfy { !$0.file.contains(".hidden") && !$0.file.contains("sub/") })
        #expect(cluster.diagnostics.isEmpty)
    }

    @Test func listOfFilesLoadsInTheGivenOrder() throws {
        let cluster = try ClusterLoader().load([metadata + "/gamma.html", metadata + "/alpha.txt"])
        #expect(cluster.sources.map(\.id) == ["gamma", "alpha"])
        #expect(cluster.sources[0].file == metadata + "/gamma.html")
    }

    @Test func manifestGivesMetadata() throws {
        let alpha = try ClusterLoader().load([metadata]).sources[0]
        #expect(alpha.outlet == "Calder Evening Post")
        #expect(alpha.published == PublishedTime(date: CalendarDate(year: 2025, month: 3, day: 4), minuteOfDay: 18 * 60 + 30))
        #expect(alpha.url == "https://example.org/alpha")
        #expect(alpha.excluded.isEmpty)
    }

    @Test func frontMatterWinsOverManifestAndIsExcluded() throws {
        let beta = try ClusterLoader().load([metadata]).sources[1]
        #expect(beta.outlet == "Harbour Weekly")
        #expect(beta.published == PublishedTime(date: CalendarDate(year: 2025, month: 3, day: 5)))
        #expect(beta.url == "https://example.org/beta")
        #expect(beta.excluded.count == 1)
        let fm = try #require(beta.excluded.first)
        #expect(fm.reason == .frontMatter)
        #expect(fm.span.start == 0)
        #expect(beta.string(fm.span).hasSuffix("---\n"))
        #expect(beta.location(of: fm.span.end).line == 7)
        // The body is still there, without its Markdown heading mark, and still points into the file.
        #expect(beta.string(TextSpan(start: fm.span.end, end: beta.text.count)).hasPrefix("Viaduct open again"))
        #expect(beta.location(of: fm.span.end) == (7, 3))
    }

    @Test func fileNameIsTheFallbackOutlet() throws {
        let gamma = try ClusterLoader().load([metadata]).sources[2]
        #expect(gamma.outlet == "gamma")
        #expect(gamma.published == nil)
        #expect(gamma.url == nil)
    }

    @Test func htmlIsStrippedWithBlocksKeptAndEntitiesDecoded() throws {
        let gamma = try ClusterLoader().load([metadata]).sources[2]
        let text = String(decoding: gamma.text, as: UTF8.self)
        #expect(text.hasPrefix("Viaduct reopens — at last\n\n"))
        #expect(text.contains("Engineer Tomas Reyno said the steel was “sound for another century” & the deck had been resurfaced."))
        #expect(text.contains("first hour’s traffic…\nCafé owners cheered."))
        for dropped in ["Gamma News", "Home", "color: red", "not text", "Advertisement", "©", "<", ">", "&"] where dropped != "&" {
            #expect(!text.contains(dropped), "\(dropped) should be dropped")
        }
        #expect(!text.contains("&mdash;") && !text.contains("&amp;"))
    }

    @Test func htmlOffsetsMapBackToOriginalLineAndColumn() throws {
        let gamma = try ClusterLoader().load([metadata]).sources[2]
        let original = try String(contentsOfFile: metadata + "/gamma.html", encoding: .utf8)
        let originalLines = original.split(separator: "\n", omittingEmptySubsequences: false)
        for word in ["Engineer", "resurfaced", "vehicles", "owners", "reopens", "century"] {
            let analysis = String(decoding: gamma.text, as: UTF8.self)
            let range = try #require(analysis.range(of: word))
            let offset = analysis.utf8.distance(from: analysis.utf8.startIndex, to: range.lowerBound)
            let (line, column) = gamma.location(of: offset)
            let lineText = originalLines[line - 1]
            let found = try #require(lineText.range(of: word), "\(word) not on line \(line)")
            #expect(lineText.unicodeScalars.distance(from: lineText.unicodeScalars.startIndex, to: found.lowerBound) + 1 == column, "\(word)")
        }
        // A decoded entity maps to its reference: "“" → the "&ldquo;" on line 8.
        let analysis = String(decoding: gamma.text, as: UTF8.self)
        let quote = try #require(analysis.range(of: "“sound"))
        let offset = analysis.utf8.distance(from: analysis.utf8.startIndex, to: quote.lowerBound)
        let (line, column) = gamma.location(of: offset)
        #expect(line == 8)
        #expect(originalLines[7].dropFirst(column - 1).hasPrefix("&ldquo;sound"))
    }

    @Test func sourceReaderBuildsSourcesFromBytes() throws {
        let html = LoadingFixtures.text("<p>Alpha &amp; beta</p><nav>menu</nav><p>Gamma</p>")
        let s = try SourceReader.source(id: "rec-1", file: "batch.jsonl#1", bytes: html, format: .html, outlet: "Wire",
                                        published: PublishedTime(iso: "2025-03-04"), url: "https://example.org/r1")
        #expect(String(decoding: s.text, as: UTF8.self) == "Alpha & beta\n\nGamma")
        #expect(s.outlet == "Wire" && s.url == "https://example.org/r1" && s.published?.iso == "2025-03-04")
        #expect(s.location(of: 14) == (1, 42)) // "Gamma" at byte 41 of the original
        let txt = try SourceReader.source(id: "rec-2", file: "batch.jsonl#2", bytes: LoadingFixtures.text("Plain text."), format: .text)
        #expect(txt.outlet == "rec-2")
        #expect(SourceFormat(fileName: "a.HTM") == .html && SourceFormat(fileName: "b.markdown") == .markdown && SourceFormat(fileName: "c.json") == nil)
    }

    @Test func duplicateIDsAreMadeUnique() throws {
        let dir = try LoadingFixtures.folder(["story.txt": LoadingFixtures.article(1), "story.md": LoadingFixtures.article(2)])
        let cluster = try ClusterLoader().load([dir])
        #expect(cluster.sources.map(\.id) == ["story", "story.txt"])
    }

    @Test func entitiesAndTagsEdgeCases() throws {
        var out: [UInt8] = []
        var map = OffsetMap.identity
        let html = LoadingFixtures.text("a < b &unknown; &#65;&#x42;&#146;<!-- <p>hidden</p> --><SCRIPT>x</SCRIPT><div>c</div><nav><nav>in</nav>still</nav>d<figure><img src='x.jpg'><figcaption>A caption (AGENCY/Name)</figcaption></figure>")
        HTMLConverter.convert(html, range: 0..<html.count, into: &out, map: &map)
        #expect(String(decoding: out, as: UTF8.self) == "a < b &unknown; AB’\n\nc\n\nd")
    }

    @Test func htmlWithFrontMatterKeepsTheBlockAndMapsTheBody() throws {
        let html = "---\noutlet: Harbour Herald\npublished: 2025-03-04T09:15\n---\n<html><body>\n<p>The viaduct &amp; ramp reopened.</p>\n</body></html>\n"
        let s = try SourceReader.source(id: "hh", file: "hh.html", bytes: LoadingFixtures.text(html), format: .html)
        #expect(s.outlet == "Harbour Herald" && s.published?.iso == "2025-03-04T09:15")
        let fm = try #require(s.excluded.first)
        #expect(fm.reason == .frontMatter && s.string(fm.span).hasPrefix("---\noutlet"))
        let text = String(decoding: s.text, as: UTF8.self)
        #expect(text.hasSuffix("The viaduct & ramp reopened."))
        let ramp = text.utf8.distance(from: text.utf8.startIndex, to: try #require(text.range(of: "ramp")).lowerBound)
        #expect(s.location(of: ramp) == (6, 22))
    }
}
