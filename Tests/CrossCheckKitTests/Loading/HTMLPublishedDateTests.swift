import Testing
@testable import CrossCheckKit

/// A saved page's publication date from its own metadata, and the warning for a source left without one.
@Suite struct HTMLPublishedDateTests {
    static func published(_ html: String, given: PublishedTime? = nil) throws -> PublishedTime? {
        try SourceReader.source(id: "p", file: "p.html", bytes: Array(html.utf8), format: .html, published: given).published
    }

    static func day(_ y: Int, _ m: Int, _ d: Int, _ minute: Int? = nil) -> PublishedTime {
        PublishedTime(date: CalendarDate(year: y, month: m, day: d), minuteOfDay: minute)
    }

    static let body = "<body><p>The fire began on Sunday afternoon near Highway 49.</p></body></html>"

    static let pages: [(String, PublishedTime?)] = [
        // Open Graph, with the time of day kept as written (the outlet's local time) and its offset dropped.
        ("<html><head><meta property=\"article:published_time\" content=\"2026-07-15T10:24:00+02:00\"></head>" + body, day(2026, 7, 15, 624)),
        // schema.org microdata, on a meta or a time element; attribute names and values in any case.
        ("<html><head><META ItemProp='datePublished' CONTENT='2026-07-14'></head>" + body, day(2026, 7, 14)),
        ("<html><body><time itemprop=\"datePublished\" datetime=\"2026-07-13T08:00\">July 13</time><p>Text.</p></body></html>", day(2026, 7, 13, 480)),
        // JSON-LD.
        ("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\" : \"2026-07-12T23:05:00Z\"}</script></head>" + body, day(2026, 7, 12, 1385)),
        // A common meta name.
        ("<html><head><meta name=\"DC.date.issued\" content=\"2026-07-11\"></head>" + body, day(2026, 7, 11)),
        // Open Graph wins over a meta name and JSON-LD, whatever their order.
        ("<html><head><meta name=\"date\" content=\"2026-01-01\"><script type=\"application/ld+json\">{\"datePublished\": \"2026-02-02\"}</script>"
            + "<meta property=\"article:published_time\" content=\"2026-03-03\"></head>" + body, day(2026, 3, 3)),
        // Not read: a plain or pubdate time element (comments, embedded posts, sidebars), a modified date, a
        // value that is no date, a comment, a script that is not JSON-LD, JSON-LD giving two dates (a list of
        // related stories), a CMS's empty date.
        ("<html><body><time datetime=\"2026-07-09\">9 July</time><p>Text.</p></body></html>", nil),
        ("<html><body><aside><time pubdate datetime=\"2025-09-01\">1 Sept</time></aside><p>Text.</p></body></html>", nil),
        ("<html><head><!-- <meta property=\"article:published_time\" content=\"2020-01-01\"> --></head>" + body, nil),
        ("<html><head><script>var cfg = {\"datePublished\": \"2019-03-03\"};</script></head>" + body, nil),
        ("<html><head><script type=\"application/ld+json\">{\"@type\": \"ItemList\", \"itemListElement\": [{\"datePublished\": \"2026-01-09\"}]}</script>"
            + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2026-07-12\"}</script></head>" + body, nil),
        ("<html><head><meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\"></head>" + body, nil),
        ("<html><head><meta property=\"article:modified_time\" content=\"2026-07-08\"></head>" + body, nil),
        ("<html><head><meta property=\"article:published_time\" content=\"July 15, 2026\"></head>" + body, nil),
        ("<html><head><script>var x = {\"datePublished\": 42};</script></head>" + body, nil),
    ]

    @Test(arguments: pages.indices)
    func readsThePageDate(_ k: Int) throws {
        let (html, expected) = Self.pages[k]
        #expect(try Self.published(html) == expected)
    }

    @Test func theManifestOrRecordWinsOverThePage() throws {
        let html = "<html><head><meta property=\"article:published_time\" content=\"2026-07-15\"></head>" + Self.body
        #expect(try Self.published(html, given: Self.day(2026, 7, 16)) == Self.day(2026, 7, 16))
    }

    @Test func aSourceWithoutADateIsWarnedAbout() throws {
        let undated = try SourceReader.source(id: "u", file: "u.txt", bytes: Array("The fire began on Sunday.".utf8), format: .text)
        let warning = try #require(undated.diagnostics.first)
        #expect(warning.level == .warning && warning.file == "u.txt" && warning.message.hasPrefix("no publication date"))
        let dated = try SourceReader.source(id: "d", file: "d.txt", bytes: Array("The fire began on Sunday.".utf8), format: .text,
                                            published: Self.day(2026, 7, 15))
        #expect(dated.diagnostics.isEmpty)
        let page = try SourceReader.source(id: "h", file: "h.html", bytes: Array(Self.pages[0].0.utf8), format: .html)
        #expect(page.diagnostics.isEmpty)
    }
}
