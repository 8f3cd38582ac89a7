import Testing
@testable import CrossCheckKit

@Suite struct TokenizerTests {
    func tokens(_ s: String) -> [String] {
        let text = Segmenter().segment(Array(s.utf8))
        return text.tokens.indices.map { text.string($0) }
    }

    @Test func splitsHyphensPossessivesAndKeepsNumbers() {
        #expect(tokens("the 101-story hotel") == ["the", "101", "-", "story", "hotel"])
        #expect(tokens("Russia’s policies") == ["Russia", "’s", "policies"])
        #expect(tokens("13,500 and 1.5 and 80%-90%") == ["13,500", "and", "1.5", "and", "80", "%", "-", "90", "%"])
        #expect(tokens("June 19th, 2024") == ["June", "19th", ",", "2024"])
    }

    @Test func sentencesRespectAbbreviations() {
        let text = Segmenter().segment(Array("Mr. Kim met U.S. officials on Jan. 27. He left.".utf8))
        #expect(text.sentences.count == 2)
    }
}
