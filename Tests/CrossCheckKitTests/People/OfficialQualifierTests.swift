import Testing
@testable import CrossCheckKit

/// The qualifiers of an official after its name (`org`): several of them joined in text order, and
/// only those inside the title phrase.
@Suite struct OfficialQualifierTests {
    private func official(_ s: String) -> (value: ClaimValue, attributes: Attributes)? {
        let found = OfficialRecognizer().recognize(Segmenter().segment(Array(s.utf8)), context: RecognizerExampleHarness.shipped)
        #expect(found.count == 1, "\(s)")
        return found.first.map { ($0.value, $0.attributes) }
    }

    @Test func qualifiersBeforeTheTitleAndAfterAPrepositionAreJoinedInOrder() {
        let a = official("Talks were led by Anna Berglund, the Norland NATO foreign minister at Velm University, on Monday.")
        #expect(a?.value == .official(name: "Anna Berglund", title: "foreign minister"))
        #expect(a?.attributes["org"] == "Norland NATO; Velm University")
        #expect(a?.attributes["titleSurface"] == "Norland NATO foreign minister at Velm University")
        let b = official("Talks were led by Anna Berglund, a Norland foreign minister with the Velm Harbour Board, on Monday.")
        #expect(b?.attributes["org"] == "Norland; Velm Harbour Board")
        #expect(b?.attributes["titleSurface"] == "Norland foreign minister with the Velm Harbour Board")
    }

    @Test func wordsAfterTheTitleAreNotQualifiers() {
        let a = official("Anna Berglund, the Norland NATO foreign minister and envoy, said.")
        #expect(a?.value == .official(name: "Anna Berglund", title: "foreign minister"))
        #expect(a?.attributes["org"] == "Norland NATO")
        let b = official("Anna Berglund, the Norland foreign minister (NATO), said.")
        #expect(b?.attributes["org"] == "Norland")
        #expect(b?.attributes["titleSurface"] == "Norland foreign minister")
    }
}
