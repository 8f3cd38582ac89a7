import Testing
@testable import CrossCheckKit

/// Markdown to analysis text: markup goes, text and line structure stay, offsets map back.
@Suite struct MarkdownConverterTests {
    /// The converted text, after checking that every emitted byte maps back to the same byte.
    private func converted(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        var out: [UInt8] = []
        var map = OffsetMap.identity
        MarkdownConverter.convert(bytes, range: 0..<bytes.count, into: &out, map: &map)
        for (k, b) in out.enumerated() {
            #expect(bytes[map.original(k)] == b, "byte \(k) of the output does not map back to itself")
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func headingsAndSetextUnderlines() {
        #expect(converted("# Bridge closes after storm #\n\nText.") == "Bridge closes after storm\n\nText.")
        #expect(converted("### Third level") == "Third level")
        // A heading is a block of its own even with no blank line after it (or before it).
        #expect(converted("# Miners trapped as families wait at the pit\nRelatives say they heard nothing.") ==
                "Miners trapped as families wait at the pit\n\nRelatives say they heard nothing.")
        #expect(converted("Relatives say they heard nothing at the pit\n## Rescue goes on") ==
                "Relatives say they heard nothing at the pit\n\nRescue goes on")
        #expect(converted("Harbour reopens\n===============\nBody.") == "Harbour reopens\n\nBody.")
        #expect(converted("Subhead\n---\nBody.") == "Subhead\n\nBody.")
        // Not headings: a hashtag, seven marks.
        #expect(converted("#floods trended") == "#floods trended")
        #expect(converted("####### seven") == "####### seven")
    }

    @Test func emphasisCodeAndEscapes() {
        #expect(converted("The **mayor** said *twice* that ~~nine~~ ten died.") == "The mayor said twice that nine ten died.")
        #expect(converted("__Breaking__: the _Aurora_ sank.") == "Breaking: the Aurora sank.")
        #expect(converted("Use `tide_level` and 2 * 3 rows, snake_case_name stays.") == "Use tide_level and 2 * 3 rows, snake_case_name stays.")
        #expect(converted("Price: \\*not\\* starred, 5\\_000") == "Price: *not* starred, 5_000")
    }

    @Test func linksImagesAndFootnotes() {
        #expect(converted("Read [the council's statement](https://example.org/a_(b)) today.") == "Read the council's statement today.")
        #expect(converted("See [the ruling][1] and [sic] notes.\n\n[1]: https://example.org/ruling") == "See the ruling and [sic] notes.\n\n")
        #expect(converted("![Rescue boats at the pier](img/pier.jpg)\nCaption follows.") == "\nCaption follows.")
        #expect(converted("Storm winds hit 90 km/h.[^2]\n\n[^2]: Measured at the port.") == "Storm winds hit 90 km/h.\n\nMeasured at the port.")
        #expect(converted("Mail <desk@example.org> or see <https://example.org>.") == "Mail desk@example.org or see https://example.org.")
        #expect(converted("Line<br/>break <!-- note --> and <span class=\"x\">span</span>, but 3 < 4 > 2.") == "Linebreak  and span, but 3 < 4 > 2.")
    }

    @Test func markupLookalikesStayText() {
        // A star or underscore between word characters is text; so is a bracketed label that is not a link.
        #expect(converted("Officials counted 5*10 homes and a snake_case_id.") == "Officials counted 5*10 homes and a snake_case_id.")
        #expect(converted("[Update]: U.S. officials said 14 people died.") == "[Update]: U.S. officials said 14 people died.")
        #expect(converted("[1]: https://example.org/a \"Title\"\nText.") == "\nText.")
        // A comment over several lines is dropped whole; the text around it stays.
        #expect(converted("Before <!-- a note\n99 people died\nend of note --> after.\nNext.") == "Before\n\nafter.\nNext.")
    }

    @Test func blocksListsQuotesAndFences() {
        #expect(converted("> \"We will rebuild,\" she said.\n> > nested") == "\"We will rebuild,\" she said.\nnested")
        #expect(converted("- first item\n* second\n+ third\n12. twelfth\n3) third") == "first item\nsecond\nthird\ntwelfth\nthird")
        #expect(converted("Before.\n\n```swift\nlet x = 14\n```\n\nAfter.") == "Before.\n\n\n\n\n\nAfter.")
        #expect(converted("Text.\n\n***\n\n- - -\n\nMore.") == "Text.\n\n\n\n\n\nMore.")
        #expect(converted("| Town | Dead |\n|---|:--:|\n| Orsa | 14 |") == "| Town | Dead |\n\n| Orsa | 14 |")
        // An unclosed inline backtick run is text; CRLF line ends keep their line.
        #expect(converted("a ``b c\r\nd") == "a ``b c\nd")
    }

    @Test func aMarkdownSourceReadsWithoutMarkupAndPointsIntoTheFile() throws {
        let md = "---\noutlet: Test Wire\n---\n# Ferry sinks, **14** dead\n\nThe ferry [Aurora](https://example.org) sank on *Tuesday*.\n"
        let source = try SourceReader.source(id: "a", file: "a.md", bytes: Array(md.utf8), format: .markdown)
        let text = String(decoding: source.text, as: UTF8.self)
        #expect(text.hasSuffix("Ferry sinks, 14 dead\n\nThe ferry Aurora sank on Tuesday.\n"))
        // "Tuesday" in the analysis text is at line 6, column 50 of the file (after "*").
        let offset = source.text.count - "Tuesday.\n".utf8.count
        let (line, column) = source.location(of: offset)
        #expect(line == 6 && column == 50)
        #expect(throws: InputError.self) { try SourceReader.source(id: "b", file: "b.md", bytes: Array("---\n***\n".utf8), format: .markdown) }
    }
}
