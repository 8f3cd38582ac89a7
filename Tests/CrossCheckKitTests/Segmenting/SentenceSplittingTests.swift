import Testing
@testable import CrossCheckKit

/// The sentence splitter's corpus: each text with the sentences it must give.
@Suite struct SentenceSplittingTests {
    static let corpus: [(String, [String])] = [
        ("Mr. Kim met U.S. officials on Jan. 27. He left.", ["Mr. Kim met U.S. officials on Jan. 27.", "He left."]),
        ("The U.N. Security Council met. It voted.", ["The U.N. Security Council met.", "It voted."]),
        ("She moved to the U.S. The move was sudden.", ["She moved to the U.S.", "The move was sudden."]),
        ("Gen. Smith arrived at No. 2 Downing St. on Monday.", ["Gen. Smith arrived at No. 2 Downing St. on Monday."]),
        ("He said no. Then he left.", ["He said no.", "Then he left."]),
        ("John F. Kennedy spoke. Lee H. Oswald listened.", ["John F. Kennedy spoke.", "Lee H. Oswald listened."]),
        ("The talks lasted 2.5 hours. They ended at 3 p.m. on Friday.", ["The talks lasted 2.5 hours.", "They ended at 3 p.m. on Friday."]),
        ("\"We will win,\" he said. \"They will lose.\"", ["\"We will win,\" he said.", "\"They will lose.\""]),
        ("Is it true? Yes. It is!", ["Is it true?", "Yes.", "It is!"]),
        ("Wait... what happened? Nobody knew.", ["Wait... what happened?", "Nobody knew."]),
        ("Wait… what happened?", ["Wait… what happened?"]),
        ("The firm, Acme Inc., grew. It hired.", ["The firm, Acme Inc., grew.", "It hired."]),
        ("He works at Acme Inc. The firm grew.", ["He works at Acme Inc.", "The firm grew."]),
        ("Prices rose (by 5%). Then they fell.", ["Prices rose (by 5%).", "Then they fell."]),
        ("He arrived on Sept. 11 at noon. Nobody waited.", ["He arrived on Sept. 11 at noon.", "Nobody waited."]),
        ("I saw it in Oct. Then I left.", ["I saw it in Oct.", "Then I left."]),
        ("Kim Jong Un (2-R) attended. Putin smiled.", ["Kim Jong Un (2-R) attended.", "Putin smiled."]),
        ("“I am ready.” He left.", ["“I am ready.”", "He left."]),
        ("He said: ‘Go.’ She went.", ["He said: ‘Go.’", "She went."]),
        ("Mt. Paektu is high. Fig. 3 shows it. Vol. 2 is out.", ["Mt. Paektu is high.", "Fig. 3 shows it.", "Vol. 2 is out."]),
        ("The U.S.-led bloc and the e.g. clause stayed. Dr. Ilse Varga, Ph.D., spoke.",
         ["The U.S.-led bloc and the e.g. clause stayed.", "Dr. Ilse Varga, Ph.D., spoke."]),
        ("He met Mr Kim. Mr Putin left.", ["He met Mr Kim.", "Mr Putin left."]),
        ("The vote was 5-4. St. Louis voted last.", ["The vote was 5-4.", "St. Louis voted last."]),
        ("Viaduct Reopens After Repairs\n\nThe viaduct reopened.", ["Viaduct Reopens After Repairs", "The viaduct reopened."]),
        ("Viaduct Reopens After Repairs\nThe viaduct reopened.", ["Viaduct Reopens After Repairs", "The viaduct reopened."]),
        ("The mayor of the harbour city met on Tuesday morning with\nTomas Reyno and other engineers.",
         ["The mayor of the harbour city met on Tuesday morning with\nTomas Reyno and other engineers."]),
        ("The council said the repairs\nwould last a century.", ["The council said the repairs\nwould last a century."]),
        ("— Jan Holm (@janholm) June 18, 2024\nThe effects will last.", ["— Jan Holm (@janholm) June 18, 2024", "The effects will last."]),
        ("SEOUL -- The mayor spoke. She left.", ["SEOUL -- The mayor spoke.", "She left."]),
        ("It cost $1.5 million. That is 13,500 crowns each.", ["It cost $1.5 million.", "That is 13,500 crowns each."]),
    ]

    func sentences(_ text: String) -> [String] {
        let seg = Segmenter().segment(Array(text.utf8))
        return seg.sentences.map { seg.string(span: $0.span) }
    }

    @Test(arguments: 0..<SentenceSplittingTests.corpus.count)
    func splits(_ k: Int) {
        let (text, expected) = Self.corpus[k]
        #expect(sentences(text) == expected, "\(text)")
    }

    @Test func sentenceStartsAndParagraphsAreFlagged() {
        let seg = Segmenter().segment(Array("First one. Second one.\n\nThird one.".utf8))
        #expect(seg.sentences.count == 3)
        #expect(seg.paragraphs == [0..<2, 2..<3])
        #expect(seg.sentences.allSatisfy { seg.tokens[$0.tokens.lowerBound].flags.contains(.sentenceStart) })
        #expect(seg.tokens[seg.sentences[2].tokens.lowerBound].flags.contains(.paragraphStart))
        #expect(!seg.tokens[seg.sentences[1].tokens.lowerBound].flags.contains(.paragraphStart))
    }

    @Test func excludedSpansBreakParagraphs() {
        let text = Array("Alpha beta gamma delta CAPTION TEXT epsilon.".utf8)
        let seg = Segmenter().segment(text, excluding: [TextSpan(start: 23, end: 36)])
        #expect(seg.tokens.indices.map { seg.string($0) } == ["Alpha", "beta", "gamma", "delta", "epsilon", "."])
        #expect(seg.paragraphs.count == 2)
    }
}
