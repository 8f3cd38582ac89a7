import Testing
@testable import CrossCheckKit

@Suite struct ClaimListRendererTests {
    @Test func aFieldStaysOnItsLine() {
        // A claim's text may span lines (a title wrapped in hard-wrapped prose): the listing has one line
        // per claim and tab-separated fields.
        #expect(ClaimListRenderer.field("Prime\nMinister Ana Lind") == "Prime Minister Ana Lind")
        #expect(ClaimListRenderer.field("a\r\nb\rc\td") == "a b c d")
        #expect(ClaimListRenderer.field("Zoë Lind") == "Zoë Lind")
    }
}
