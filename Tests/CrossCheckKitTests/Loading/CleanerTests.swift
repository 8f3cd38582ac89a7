import Testing
import Foundation
@testable import CrossCheckKit

@Suite struct CleanerTests {
    let cluster: Cluster

    init() throws {
        cluster = Cleaner().clean(try ClusterLoader().load([LoadingFixtures.path("cleaning")]))
    }

    /// (first line, last line, reason) of every excluded segment of a source.
    func exclusions(_ id: String) -> [String] {
        guard let s = cluster.sources.first(where: { $0.id == id }) else { return ["missing \(id)"] }
        return s.excluded.map { e in
            "\(s.location(of: e.span.start).line)-\(s.location(of: e.span.end - 1).line) \(e.reason.rawValue)"
        }
    }

    @Test func repeatedCaptionsStrayTokensAndAppendedStory() {
        #expect(exclusions("a_tribune") == ["3-3 repeated-line", "4-4 repeated-line", "5-5 clutter", "21-30 off-topic"])
        let a = cluster.sources[0]
        let off = a.excluded.last!
        #expect(a.string(off.span).hasPrefix("Glassblowers Guild"))
        #expect(off.detail.contains("off-topic"))
    }

    @Test func corpusTagCaptionCreditAndPageTail() {
        #expect(exclusions("b_courier") == ["1-1 clutter", "1-1 clutter", "13-13 clutter", "15-15 clutter", "17-17 clutter",
                                            "19-19 clutter", "21-21 clutter", "23-23 clutter"])
        let b = cluster.sources[1]
        #expect(b.string(b.excluded[0].span) == "date 2025-03-04 ")
        #expect(b.location(of: b.excluded[0].span.start) == (1, 2))
        #expect(b.excluded[1].detail.contains("caption"))
    }

    @Test func mailingListHeaderURLAndArchiveFooterButNotAUniqueQuote() {
        #expect(exclusions("c_list") == ["1-1 clutter", "5-5 clutter", "21-21 clutter"])
    }

    @Test func cleanHTMLKeepsEverything() {
        #expect(exclusions("d_herald") == [])
    }

    @Test func excludedTextIsNotTokenized() {
        let a = Segmenter().segment(cluster.sources[0])
        let words = Set(a.tokens.indices.map { a.normalized($0) })
        #expect(!words.contains("glassblowers") && !words.contains("tt") && words.contains("viaduct"))
        // Every excluded segment has a one-line detail.
        #expect(cluster.sources.allSatisfy { $0.excluded.allSatisfy { !$0.detail.isEmpty && !$0.detail.contains("\n") } })
    }

    @Test func lexiconMatchesWholeWordsOfShortLinesOnly() {
        #expect(ClutterLexicon.clutterPhrase("related news") == "related news")
        #expect(ClutterLexicon.clutterPhrase("share") == "share")
        #expect(ClutterLexicon.clutterPhrase("shares in the port fell.") == nil)
        #expect(ClutterLexicon.clutterPhrase("back to topography") == nil)
        #expect(ClutterLexicon.clutterPhrase("copyright 2025 example media") == "copyright")
    }

    @Test func singleSourceOrOnTopicClustersAreLeftAlone() throws {
        let dir = try LoadingFixtures.folder(["a.txt": LoadingFixtures.article(1), "b.txt": LoadingFixtures.article(2)])
        let c = Cleaner().clean(try ClusterLoader().load([dir]))
        #expect(c.sources.allSatisfy { $0.excluded.isEmpty })
    }

    @Test func aLowOverlapSectionWithinTheStoryIsKeptWhenShort() throws {
        // A heading and one paragraph of new vocabulary inside an article are not a separate story.
        let main = "The Larkspur Viaduct reopened on Tuesday after repairs to the steel beams and the deck.\n\n"
            + "Mayor Ilse Varga said the viaduct would carry buses and trucks over the harbour again.\n\n"
        let a = main + "Oyster memories\n\nMy grandmother sold oysters under those arches, said fishmonger Pella Quist.\n\n"
            + "Engineers said the viaduct steel beams would last a century.\n"
        let b = main + "The council said the repairs of the viaduct cost 48 million crowns.\n"
        let dir = try LoadingFixtures.folder(["a.txt": LoadingFixtures.text(a), "b.txt": LoadingFixtures.text(b)])
        let c = Cleaner().clean(try ClusterLoader().load([dir]))
        #expect(c.sources.allSatisfy { $0.excluded.isEmpty })
    }

    @Test func anAppendedStoryAfterSubheadedSectionsIsCutAtItsHeadline() throws {
        let story = "The Larkspur Viaduct reopened on Tuesday after repairs to the steel beams and the deck, the mayor said.\n\n"
            + "Mayor Ilse Varga said the viaduct would carry buses and trucks over the harbour again from Wednesday.\n\n"
            + "The repairs of the viaduct cost 48 million crowns, the council said, and replaced the corroded steel beams.\n\n"
        let traffic = "Traffic returns\n\nBuses crossed the viaduct to the harbour within an hour, the transport office said.\n\n"
            + "Engineers said the steel beams of the viaduct would last a century after the repairs.\n\n"
        let other = "Orchard Growers Count Frost Losses\n\nApple growers in the northern valleys counted blossoms lost to a late frost.\n\n"
            + "Cooperatives asked the agriculture ministry for emergency loans to replant damaged orchards.\n\n"
            + "Pickers warned that cider presses could stand idle through autumn without fresh fruit.\n"
        let a = story + traffic + other
        let b = story + "The council said the repairs of the viaduct cost 48 million crowns and the buses returned.\n"
        let dir = try LoadingFixtures.folder(["a.txt": LoadingFixtures.text(a), "b.txt": LoadingFixtures.text(b)])
        let c = Cleaner().clean(try ClusterLoader().load([dir]))
        let src = c.sources[0]
        #expect(src.excluded.count == 1)
        let off = try #require(src.excluded.first)
        #expect(off.reason == .offTopic)
        #expect(src.string(off.span).hasPrefix("Orchard Growers"))
        #expect(off.span.end == src.text.count - 1)
        #expect(c.sources[1].excluded.isEmpty)
    }

    @Test func anAppendedItemAfterBlankLinesIsFoundWithoutAHeadline() throws {
        let story = "The Larkspur Viaduct reopened on Tuesday after repairs to the steel beams and the deck, the mayor said.\n\n"
            + "Mayor Ilse Varga said the viaduct would carry buses and trucks over the harbour again from Wednesday.\n\n"
            + "The repairs of the viaduct cost 48 million crowns, the council said, and replaced the corroded steel beams.\n\n"
            + "Engineer Tomas Reyno said the viaduct deck and beams would carry harbour traffic for another century.\n"
        let other = "Apple growers in the northern valleys counted blossoms lost to a late frost this spring.\n"
            + "Cooperatives asked the agriculture ministry for emergency loans to replant damaged orchards.\n"
            + "Pickers warned that cider presses could stand idle through autumn without fresh fruit.\n"
            + "Beekeepers moved hives south to orchards that escaped the frost.\n"
        let dir = try LoadingFixtures.folder(["a.txt": LoadingFixtures.text(story + "\n\n\n" + other),
                                              "b.txt": LoadingFixtures.text(story)])
        let c = Cleaner().clean(try ClusterLoader().load([dir]))
        let src = c.sources[0]
        #expect(src.excluded.map(\.reason) == [.offTopic])
        #expect(src.excluded.first.map { src.string($0.span).hasPrefix("Apple growers") } == true)
        // Without the blank lines the item is not split off: no boundary, no exclusion.
        let glued = try LoadingFixtures.folder(["a.txt": LoadingFixtures.text(story + other), "b.txt": LoadingFixtures.text(story)])
        #expect(Cleaner().clean(try ClusterLoader().load([glued])).sources[0].excluded.isEmpty)
    }

    @Test func markdownImagesAreDroppedWithTheirAltText() throws {
        let md = "# Viaduct open\n\n![Buses on the viaduct](https://example.org/bus.jpg)\n\nThe Larkspur Viaduct reopened on Tuesday.\n"
        let dir = try LoadingFixtures.folder(["a.md": LoadingFixtures.text(md), "b.txt": LoadingFixtures.article(2)])
        let a = Cleaner().clean(try ClusterLoader().load([dir])).sources[0]
        let text = String(decoding: a.text, as: UTF8.self)
        #expect(!text.contains("Buses") && !text.contains("#") && text.contains("The Larkspur Viaduct reopened on Tuesday."))
        #expect(a.excluded.isEmpty)
        // The same image line in a plain-text file is markup the cleaner excludes, at its line.
        let plain = try LoadingFixtures.folder(["a.txt": LoadingFixtures.text(md), "b.txt": LoadingFixtures.article(2)])
        let p = Cleaner().clean(try ClusterLoader().load([plain])).sources[0]
        #expect(p.excluded.map(\.reason) == [.markup])
        #expect(p.excluded.first.map { p.location(of: $0.span.start) } ?? (0, 0) == (3, 1))
    }

    @Test func aTeaserLineIsClutterAtAnyLength() {
        let teaser = "Read more: How the valley's volunteer crews trained for a season like this one — and why 3,000 residents signed up."
        let prose = "Residents can read more about the evacuation plan on the county's website, where 3,000 people have registered."
        let text = Array((teaser + "\n\n" + prose + "\n\nRelated: Crews battle a second blaze\n").utf8)
        let lines = TextLine.lines(of: text, skipping: [])
        let out = ClutterDetector().detect(text, lines: lines)
        #expect(out.map(\.span) == [lines[0].span, lines[2].span])
        #expect(out.allSatisfy { $0.reason == .clutter })
    }

    @Test func aWrappedTeaserTakesItsLinesToTheEndOfItsSentence() {
        let text = Array("Read more: How the valley's crews trained for this season, and why\n20,000 people signed up.\nCrews said 300 homes were saved.\n".utf8)
        let lines = TextLine.lines(of: text, skipping: [])
        let out = ClutterDetector().detect(text, lines: lines)
        #expect(out.map(\.span) == [lines[0].span, lines[1].span])
        // A heading's next line that opens with a capital is a line of its own: the story goes on.
        let heading = Array("Related: Flood defences\nThe river rose 3 metres on Monday.\n".utf8)
        let headingLines = TextLine.lines(of: heading, skipping: [])
        #expect(ClutterDetector().detect(heading, lines: headingLines).map(\.span) == [headingLines[0].span])
    }
}
