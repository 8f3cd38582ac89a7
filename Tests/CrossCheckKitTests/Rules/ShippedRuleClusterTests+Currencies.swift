import Foundation
import Testing
@testable import CrossCheckKit

extension ShippedRuleClusterTests {
    @Test func penceAndCentsMeetTheirCurrency() throws {
        // "150p" was no money (a number glued to a time word), so a dividend in pence never met one in pounds.
        let same = try Self.report("The board declared a final dividend of 150p.", "It paid a final dividend of £1.50.")
        #expect(same.findings.isEmpty)
        #expect(same.corroborated.map(\.key) == ["final dividend"])
        let differ = try Self.report("The board declared a final dividend of 150p.", "It paid a final dividend of £1.40.")
        #expect(Self.errors(differ) == ["final dividend"])
        let cents = try Self.report("Brightwater will pay 85 cents a share for the miner.", "Brightwater will pay $0.80 a share for the miner.")
        #expect(Self.errors(cents) == ["price per share"])
    }

    @Test func anAmountAShareIsNoCompanyTotal() throws {
        // With cents and pence money, "45 cents a share" of profit met another source's "$3.1 billion".
        let r = try Self.report("Halbrook said profit rose to 45 cents a share. The final dividend rose to 9.2p a share.",
                                "Halbrook said profit rose to $3.1 billion. The final dividend rose to 9.5p per share.")
        #expect(Self.errors(r) == ["final dividend per share"])
    }

    @Test func otherDollarsAreNotUSDollars() throws {
        // A bare "$" is the US dollar: "A$2 million" must not meet "$2 million" as the same sum, and meets the
        // same sum in Australian dollars written out.
        let apart = try Self.report("The state set up a A$2 million emergency fund.", "The state set up a $2 million emergency fund.")
        #expect(apart.findings.filter { $0.severity != .info }.isEmpty)
        #expect(apart.corroborated.isEmpty)
        let same = try Self.report("The state set up a A$2 million emergency fund.",
                                   "The state set up an emergency fund of 2 million Australian dollars.")
        #expect(same.findings.isEmpty)
        #expect(same.corroborated.map(\.key) == ["fund"])
        let differ = try Self.report("The regulator imposed a fine of CHF 200,000.", "The regulator imposed a fine of 250,000 Swiss francs.")
        #expect(Self.errors(differ) == ["fine"])
    }

    @Test func anOccupationBeforeANameIsNoPartOfIt() throws {
        // "Journalist Tomas Liebl" was keyed with the occupation and never met "Tomas Liebl" elsewhere.
        let r = try Self.report("Photographer Ana Ruiz, 34, was released on Friday.", "Ana Ruiz, 35, was released on Friday.")
        #expect(Self.errors(r) == ["age of Ana Ruiz"])
    }

    @Test func aPostAfterAPresentCopulaIsAnOfficial() throws {
        // "Mira Olsen is chief executive of Halvorsen Group" gave no official to set against another source's.
        let r = try Self.report("Mira Olsen is chief executive of Halvorsen Group.",
                                "Mira Olsen, the chief operating officer of Halvorsen Group, said sales rose.")
        #expect(r.findings.contains { $0.kind == "official" && $0.severity == .error })
        // A past copula gives a post held at some time: no conflict with another source's "former".
        let past = try Self.report("Ola Berg was chief executive of Halvorsen Group until 2019.",
                                   "Former chief executive Ola Berg said the deal was unwise.")
        #expect(past.findings.isEmpty)
    }

    @Test func aJourneyAndATotalOfTwoNounsAreNoFacts() throws {
        // A journey with someone aboard was read as a response time, and a number before two coordinated
        // nouns as a count of the first.
        let r = try Self.report("A police car took two hours to reach Leeds with him. The strike hit 30 hospitals and care homes.",
                                "Armed officers took 17 minutes to arrive at the scene. The strike hit 20 hospitals.")
        #expect(Self.errors(r).isEmpty)
    }
}
