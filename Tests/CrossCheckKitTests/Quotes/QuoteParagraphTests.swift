import Testing
@testable import CrossCheckKit

/// A quotation continued over paragraphs (each opening with a quotation mark, the earlier ones left
/// unclosed, as news style has it) is one quote, and says over how many paragraphs it ran.
@Suite struct QuoteParagraphTests {
    private func quotes(_ s: String) -> [Recognition] {
        QuoteRecognizer().recognize(Segmenter().segment(Array(s.utf8)), context: RecognizerExampleHarness.shipped)
    }

    @Test func aQuoteContinuedOverThreeParagraphsIsOneQuote() {
        let straight = quotes("Palace official Lena Brandt said: \"It is late.\n\n\"The ferry waits.\n\n\"We will sail,\" she said.\n")
        #expect(straight.count == 1)
        #expect(straight.first?.value == .quote(text: "It is late. The ferry waits. We will sail,", speaker: "Lena Brandt"))
        #expect(straight.first?.attributes["paragraphs"] == "3")
        #expect(straight.first?.attributes["words"] == "9")
        // Curly marks, and paragraphs before and after (each sentence's paragraph is looked up, not
        // counted from the quote's own start).
        let curly = quotes("Intro line here.\n\nLena Brandt said: \u{201C}It is late.\n\n\u{201C}The ferry waits in the bay.\n\n"
            + "\u{201C}We will sail tonight.\u{201D}\n\nMore text follows here.\n")
        #expect(curly.count == 1)
        #expect(curly.first?.value == .quote(text: "It is late. The ferry waits in the bay. We will sail tonight.", speaker: "Lena Brandt"))
        #expect(curly.first?.attributes["paragraphs"] == "3")
    }
}
