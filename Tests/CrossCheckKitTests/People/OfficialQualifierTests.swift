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
        // The title's own words: the qualifiers are in `org`, not in the wording compared.
        #expect(a?.attributes["titleSurface"] == "foreign minister")
        let b = official("Talks were led by Anna Berglund, a Norland foreign minister with the Velm Harbour Board, on Monday.")
        #expect(b?.attributes["org"] == "Norland; Velm Harbour Board")
        #expect(b?.attributes["titleSurface"] == "foreign minister")
    }

    @Test func wordsAfterTheTitleAreNotQualifiers() {
        let a = official("Anna Berglund, the Norland NATO foreign minister and a Velm native, said.")
        #expect(a?.value == .official(name: "Anna Berglund", title: "foreign minister"))
        #expect(a?.attributes["org"] == "Norland NATO")
        // Two posts named together: neither alone is read (either would conflict with a source naming the other).
        let both = "Anna Berglund, the Norland NATO foreign minister and envoy, said."
        #expect(OfficialRecognizer().recognize(Segmenter().segment(Array(both.utf8)), context: RecognizerExampleHarness.shipped).isEmpty)
        let b = official("Anna Berglund, the Norland foreign minister (NATO), said.")
        #expect(b?.attributes["org"] == "Norland")
        #expect(b?.attributes["titleSurface"] == "foreign minister")
    }

    @Test func titleSurfaceIsTheTitlesOwnWords() {
        // Without a possessor, country or body before the title, with "ex-", and with a qualifier inside it left out.
        #expect(official("Norland's foreign minister Anna Berglund arrived.")?.attributes["titleSurface"] == "foreign minister")
        #expect(official("Talvian Foreign Minister Anna Berglund arrived.")?.attributes["titleSurface"] == "Foreign Minister")
        #expect(official("Board chairman Ivo Rask spoke.")?.attributes["titleSurface"] == "chairman")
        #expect(official("The ex-president Ana Lind spoke first.")?.attributes["titleSurface"] == "ex-president")
        #expect(official("Dana Holm, the company's chief executive, said so.")?.attributes["titleSurface"] == "chief executive")
        #expect(official("Jae-won Seo, a former Northland special forces commander, said so.")?.attributes["titleSurface"] == "former special forces commander")
        #expect(official("Mia Dahl, professor of marine biology at Velm University, said so.")?.attributes["titleSurface"] == "professor of marine biology")
    }
}
