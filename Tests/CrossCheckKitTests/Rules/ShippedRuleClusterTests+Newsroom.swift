import Foundation
import Testing
@testable import CrossCheckKit

extension ShippedRuleClusterTests {
    @Test func everydayWordingsOfTheFactAreRead() throws {
        // A review found each line of the first source unread, so its disagreement with the second went
        // unreported: a match's length after "took", a police car's arrival, a deal's completion after
        // "The takeover of Corvin", what a win is worth and one aid worker held.
        let r = try Self.report(
            "The match took three hours and 20 minutes. The first police car took 12 minutes to reach the school. "
                + "The takeover of Corvin is expected to be completed in the first quarter of 2027. "
                + "The win is worth €18.5m in prize money. The aid worker had been held for three weeks.",
            "The match lasted three hours. Armed officers took 17 minutes to arrive at the school. "
                + "The deal is expected to close in the second half of 2026. The victory earned her €1.5m in prize money. "
                + "She had been held for five weeks.")
        #expect(Set(Self.errors(r)) == ["duration-of-match", "time to arrive", "completion period", "prize money"])
        #expect(r.findings.contains { $0.key == "detention" && $0.severity == .warning })
    }

    @Test func crewMembersAfterAnotherCountAreCrew() throws {
        // "six crew members" after "164 passengers and" was 6 members, never set against "seven crew".
        let r = try Self.report("The ferry had 164 passengers and six crew members.", "The ferry had 164 passengers and seven crew.")
        #expect(Self.errors(r) == ["crew"])
    }

    @Test func staffAtWorkSumsAndStormsAreNoFacts() throws {
        // Nurses at work in a hospital, a written-out sum before "to help families" and a named storm were
        // read as people in hospital, a count of families and a person.
        let r = try Self.report(
            "Three nurses were in hospital on duty. The charity raised 2 million pounds to help families. Hurricane Lena weakened.",
            "Two people remain in hospital. The charity will help 300 families. Hurricane Lena strengthened.")
        #expect(r.findings.isEmpty)
        #expect(r.corroborated.isEmpty)
    }

    @Test func aPostAfterIsInAQuestionOrBeforeANounIsNoPost() throws {
        // (A review's cases.) "whether Ola Berg is mayor" and "is chief executive material" name no post held.
        let q = try Self.report("Voters will decide on Thursday whether Ola Berg is mayor for another four years.",
                                "Deputy mayor Ola Berg said the vote was close.")
        #expect(Self.errors(q).isEmpty)
        let n = try Self.report("Asked whether John Smith is chief executive material, she laughed.",
                                "Acme finance director John Smith said sales rose.")
        #expect(Self.errors(n).isEmpty)
        // An adverb or conjunction after the post leaves it read.
        let again = try Self.report("Mira Olsen is chief executive again after the merger.", "Chair Mira Olsen said the merger was done.")
        #expect(officialKeys(again) == ["mira olsen"])
    }

    private func officialKeys(_ r: Report) -> [String] { r.findings.filter { $0.kind == "official" }.map(\.key) }

    @Test func aCombinedPostIsAVariantOfEither() throws {
        // "president and chief executive" is one title, compatible with "chief executive": a variant, no
        // conflict or divergence.
        let r = try Self.report("Mira Olsen, president and chief executive of Halvorsen Group, said sales rose.",
                                "Mira Olsen, chief executive of Halvorsen Group, said sales rose.")
        #expect(r.findings.count == 1)
        #expect(r.findings.allSatisfy { $0.severity == .info && $0.kind == "official" })
    }
}
