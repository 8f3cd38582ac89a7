import Testing
@testable import CrossCheckKit

/// Text without sentence punctuation is cut into bounded sentences, so later per-sentence work stays linear.
@Suite struct SentenceLengthTests {
    @Test func runOnTextIsCutIntoBoundedSentences() {
        let text = String(repeating: "the council met and voted again ", count: 300)
        let segmented = Segmenter().segment(Array(text.utf8))
        #expect(segmented.tokens.count == 1800)
        #expect(segmented.sentences.count == 9)
        #expect(segmented.sentences.allSatisfy { $0.tokens.count <= Segmenter.maxSentenceTokens })
        #expect(segmented.sentences.map(\.tokens.count).reduce(0, +) == segmented.tokens.count)
    }

    @Test func ordinarySentencesAreNotCut() {
        let sentence = "The council met on Monday and voted to close the old bridge for repairs. "
        let segmented = Segmenter().segment(Array(String(repeating: sentence, count: 20).utf8))
        #expect(segmented.sentences.count == 20)
    }
}
