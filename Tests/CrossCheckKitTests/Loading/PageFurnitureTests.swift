import Testing
@testable import CrossCheckKit

/// Blocks whose class or id names page furniture are dropped from HTML with their content; the story's
/// own blocks are kept whatever else their names say.
@Suite struct PageFurnitureTests {
    /// The analysis text of an HTML page.
    func text(_ html: String) throws -> String {
        let s = try SourceReader.source(id: "h", file: "h.html", bytes: Array(html.utf8), format: .html)
        return String(decoding: s.text, as: UTF8.self)
    }

    @Test func furnitureBlocksAreDroppedWithTheirContent() throws {
        let page = """
            <html><body><div class="topbar"><a href="/weather">Weather: 31C, wind NE 40 km/h</a></div>
            <article><p>Crews fought the fire for 12 hours.</p>
            <section class="newsletter"><p>Get the morning briefing: 6 issues for £6, then £2 a week.</p></section>
            <div class="promo">Subscribe for 99 cents for your first 3 months.</div>
            <div id="related-links"><ul><li>Dam fears ease, 3 June</li></ul></div>
            <p>About 400 homes were evacuated.</p></article></body></html>
            """
        let t = try text(page)
        #expect(t.contains("Crews fought the fire for 12 hours."))
        #expect(t.contains("About 400 homes were evacuated."))
        for clutter in ["40 km/h", "6 issues", "99 cents", "Dam fears"] { #expect(!t.contains(clutter)) }
    }

    @Test func theStorysOwnBlocksAreKept() throws {
        // A name that also says it is the story, a furniture word only inside another word, a "top bar"
        // written apart: kept, kept, dropped.
        let t = try text("""
            <div class="article-promo-body"><p>The bridge reopened on Monday.</p></div>
            <div class="adventure"><p>Hikers returned at noon.</p></div>
            <div class="top-bar">Markets: FTSE 100 up 0.4%</div>
            """)
        #expect(t.contains("The bridge reopened on Monday."))
        #expect(t.contains("Hikers returned at noon."))
        #expect(!t.contains("FTSE"))
    }
}
