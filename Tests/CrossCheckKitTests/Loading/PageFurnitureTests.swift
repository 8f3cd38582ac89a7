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

    @Test func aWrapperNamingTheStoryOrALayoutIsKept() throws {
        // Any name of the element that says story or layout keeps it, whatever its other names say; an
        // inline link with a social class is part of its sentence.
        let t = try text("""
            <div id="page" class="container layout--with-sidebar"><article>
            <div class="story-body share-tools"><p>About 40 homes were destroyed, according to <a class="social-link" href="/x">Dana Holt</a>, the fire chief.</p></div>
            <div class="article__body ad-free"><p>Crews worked through the night.</p></div>
            <h1 class="headline-banner">Wildfire reaches the coast</h1>
            </article></div>
            """)
        for kept in ["About 40 homes were destroyed, according to Dana Holt, the fire chief.", "Crews worked through the night.", "Wildfire reaches the coast"] {
            #expect(t.contains(kept))
        }
    }

    @Test func aTagWrittenInsideAScriptDoesNotHoldAFurnitureBlockOpen() throws {
        let t = try text("""
            <div class="l-page"><article><p>Fire crews arrived at 9 a.m.</p>
            <div class="ad-slot"><script>document.write('<div class="adunit">');</script><!-- <div> --></div>
            <p>Police said 2 officers were injured.</p></article></div>
            """)
        #expect(t.contains("Police said 2 officers were injured."))
        #expect(!t.contains("adunit"))
    }

    /// A furniture block the page leaves unclosed ends where its parent does (an article, main, section or
    /// body), and a paragraph at the next block, so it does not take the rest of the story with it.
    @Test func anUnclosedFurnitureBlockEndsWithItsParent() throws {
        let t = try text("""
            <div class="page"><article><p>Fire crews arrived at 9 a.m.</p>
            <div class="promo">Subscribe for 99 cents
            <p>Police said 2 officers were injured.</p>
            <section><p>Inside the section: 40 homes.</p></section>
            <p>Water was cut to 300 homes.</p></article>
            <div class="story"><p>The fire was out by 6 p.m.</p></div></div>
            """)
        #expect(!t.contains("99 cents"))
        // Inside the unclosed block (a browser nests them so too), up to the article's end: dropped.
        #expect(!t.contains("2 officers"))
        #expect(!t.contains("40 homes"))
        #expect(!t.contains("300 homes"))
        // After its parent: kept (before, the first `</div>` after the article ended the block).
        #expect(t.contains("The fire was out by 6 p.m."))
        let p = try text("""
            <article><p>Fire crews arrived at 9 a.m.</p><p class="newsletter">Sign up: 6 issues for £6
            <p>Police said 2 officers were injured.</p></article>
            """)
        #expect(!p.contains("6 issues"))
        #expect(p.contains("Police said 2 officers were injured."))
        let d = try text("<div><p>Crews arrived at 9 a.m.</p><div><p class='promo'>Subscribe for 99 cents</div><p>Water was cut to 300 homes.</p></div>")
        #expect(!d.contains("99 cents"))
        #expect(d.contains("Water was cut to 300 homes."))
    }
}
