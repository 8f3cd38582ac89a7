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

    @Test func wordsGetCaseFlagsAndNormalizedHashesWhateverTheirBytes() {
        // ASCII-only words take the fast path; the others (apostrophes, non-ASCII letters) the general one.
        let s = "NATO Nato nATO G7 COP29 A B. ÉCOLE naïve don't O'Brien rock’n’roll USA's"
        let text = Tokenizer().tokenize(Array(s.utf8))
        let seg = SegmentedText(text: Array(s.utf8), tokens: text, sentences: [], paragraphs: [])
        #expect(text.indices.map { seg.string($0) } == ["NATO", "Nato", "nATO", "G7", "COP29", "A", "B", ".", "ÉCOLE", "naïve",
                                                         "don't", "O'Brien", "rock’n’roll", "USA", "'s"])
        for (k, t) in text.enumerated() where t.kind == .word {
            #expect(t.hash == Token.hash(literal: seg.string(k)), "\(seg.string(k))")
        }
        let caps = text.map { ($0.flags.contains(.capitalized), $0.flags.contains(.allCaps)) }
        #expect(caps.map(\.0) == [true, true, false, true, true, true, true, false, true, false, false, true, false, true, false])
        // "ÉCOLE": its ASCII letters are all capitals; "USA's": the "s" scanned with the word counts as lower case.
        #expect(caps.map(\.1) == [true, false, false, false, true, false, false, false, true, false, false, false, false, false, false])
        #expect(text[0].flags.contains(.spaceBefore) && text[1].flags.contains(.spaceBefore) && !text[7].flags.contains(.spaceBefore))
    }

    @Test func sentencesRespectAbbreviations() {
        let text = Segmenter().segment(Array("Mr. Kim met U.S. officials on Jan. 27. He left.".utf8))
        #expect(text.sentences.count == 2)
    }
}
