import Testing
@testable import CrossCheckKit

/// The start pass lists every quote mark (`TokenStarts.quotes`), and `QuoteSpanFinder` given that list
/// pairs exactly the quotations it pairs from the marks it lists itself (a text with no start pass).
@Suite struct QuoteMarkListTests {
    static let texts = [
        "No quotation here at all, only 5 words and at 10 pm a date on 3 May .",
        "Lena Brandt said: \"It is late.\n\n\"The ferry waits.\n\n\"We will sail,\" she said.\n",
        "Intro line here.\n\nLena Brandt said: \u{201C}It is late.\n\n\u{201C}The ferry waits in the bay.\n\n"
            + "\u{201C}We will sail tonight.\u{201D}\n\nMore text follows here.\n",
        "The leaders\u{2019} plane called it a \u{2018}strategic partnership\u{2019} at \"the summit\" in May.",
        "A stray closing mark\u{201D} and an unclosed \u{201C}quote that runs on\n\nto the next paragraph without one.",
        "'single' and \"double 'nested' marks\" then \u{201C}10 \u{201D} and \"5 \" odd \" count\"\".",
        "\"\"",
        "\"",
    ]

    @Test func theStartPassListsEveryQuoteMark() {
        for s in Self.texts {
            let t = Segmenter().segment(Array(s.utf8))
            let starts = TokenStarts(t, units: .standard)
            #expect(starts.quotes.map(Int.init) == t.tokens.indices.filter { t.tokens[$0].kind == .quote }, "\(s)")
            // The "at"s the marks share their room with are still exactly the "at"s.
            #expect(starts.ats.map(Int.init) == t.tokens.indices.filter { t.isWord($0, LitHash.`at`) }, "\(s)")
        }
    }

    @Test func theFinderPairsTheSameQuotationsFromTheList() {
        for s in Self.texts {
            let t = Segmenter().segment(Array(s.utf8))
            let starts = TokenStarts(t, units: .standard)
            let read = QuoteSpanFinder().find(t)
            let listed = QuoteSpanFinder().find(t, marks: starts.quotes)
            #expect(read.spans == listed.spans, "\(s)")
            #expect(read.pieces == listed.pieces, "\(s)")
        }
        #expect(QuoteSpanFinder().find(Segmenter().segment(Array(Self.texts[1].utf8))).spans.count == 1)
    }
}
