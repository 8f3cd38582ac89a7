import Testing
@testable import CrossCheckKit

/// Speakers named after appositives, titles and descriptors (fictional text): a wrong speaker gives a
/// false attribution error, an unknown one only a missed comparison.
@Suite struct QuoteSpeakerTests {
    func speakers(_ s: String) -> [String?] {
        let text = Segmenter().segment(Array(s.utf8))
        return QuoteRecognizer().recognize(text, context: RecognizerExampleHarness.shipped).compactMap {
            if case .quote(_, let sp) = $0.value { return sp }
            return nil
        }
    }

    @Test func subjectBeforeAPostOfAnOrganisation() {
        #expect(speakers("“The crew did everything right,” Lena Brandt, chief executive of Velm Harbour Lines, said in a statement.") == ["Lena Brandt"])
        #expect(speakers("Lena Brandt, the head of Velm Harbour Lines, said: “The crew did everything right.”") == ["Lena Brandt"])
    }

    @Test func subjectBeforeAnAgeAndARelativeClause() {
        let s = "Tomas Okafor beat Jonas Aarne in the final.\n\nAarne, 27, who had beaten Okafor in each of their three previous meetings and won the title in 2022 and 2024, said: “He was braver than me in the big moments.”"
        #expect(speakers(s) == ["Jonas Aarne"])
    }

    /// Near misses: the last appositive names the subject; a list of two people is not one subject
    /// and its appositives.
    @Test func appositivesThatAreNotPassedOver() {
        #expect(speakers("Her mother, Grace Oduya, said: “We are here for the truth, nothing more.”") == ["Grace Oduya"])
        #expect(speakers("Ilse Brandvik, 24, and Carla Montero, 27, said: “We will play again next year.”") != ["Ilse Brandvik"])
    }

    @Test func anOrganisationSpeakerIsMarked() {
        func attributes(_ s: String) -> [Attributes] {
            let text = Segmenter().segment(Array(s.utf8))
            return QuoteRecognizer().recognize(text, context: RecognizerExampleHarness.shipped).map(\.attributes)
        }
        #expect(attributes("“We reject the claims entirely,” the Velm News Agency said.").first?["speakerKind"] == "organisation")
        // A capitalized subject no scan knows may be a person's surname: not marked.
        #expect(attributes("“We reject the claims entirely,” the Kremlin said.").first?["speakerKind"] == nil)
        #expect(attributes("“We reject the claims entirely,” Ilse Marten said.").first?["speakerKind"] == nil)
    }

    @Test func titleWordsAfterTheVerbAreNoName() {
        #expect(speakers("“Today we have taken it apart,” said Detective Chief Inspector Helen Marsh.") == ["Helen Marsh"])
        #expect(speakers("“Today we have taken it apart,” said Detective Inspector Helen Marsh.") == ["Helen Marsh"])
    }

    @Test func aDescriptorIsNoSpeaker() {
        #expect(speakers("“She was braver than me in the big moments,” the Spaniard said.") == [nil])
        #expect(speakers("“We will be back next year for the title,” the Frenchman said.") == [nil])
        #expect(speakers("“We will be back next year for the title,” the Briton said.") == [nil])
        // A capitalized subject that describes no person stays the speaker.
        #expect(speakers("“We reject the claims entirely,” the Kremlin said.") == ["Kremlin"])
    }

    @Test func speakerKeyBySurnameAlone() {
        #expect(QuoteSpeaker.key(canonical: "Maya Oduya", surface: "Mrs Oduya") == "Oduya")
        #expect(QuoteSpeaker.key(canonical: "Ilse Brandvik", surface: "Brandvik") == "Brandvik")
        #expect(QuoteSpeaker.key(canonical: "Grace Oduya", surface: "Grace Oduya") == "Grace Oduya")
        #expect(QuoteSpeaker.key(canonical: "Helen Marsh", surface: "Detective Chief Inspector Helen Marsh") == "Helen Marsh")
        #expect(QuoteSpeaker.key(canonical: "Reuters", surface: "Reuters") == "Reuters")
        #expect(QuoteSpeaker.key(canonical: "Maya Oduya", surface: nil) == "Maya Oduya")
    }
}
