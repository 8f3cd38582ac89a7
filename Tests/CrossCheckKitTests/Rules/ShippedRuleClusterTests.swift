import Foundation
import Testing
@testable import CrossCheckKit

/// The shipped rules on two-source clusters, end to end: what one outlet and another write for the same
/// fact must line up under one key, and the wordings that are not the fact must not become findings.
/// (Each rule's own examples test it alone; these test what the report makes of two sources.)
@Suite struct ShippedRuleClusterTests {
    static func report(_ a: String, _ b: String) throws -> Report {
        let engine = CrossCheck(rules: try RuleSet.builtin(), parallelism: 1)
        let cluster = Cluster(name: "pair", sources: [
            Source(id: "a", file: "a.txt", outlet: "Outlet A", text: a + "\n"),
            Source(id: "b", file: "b.txt", outlet: "Outlet B", text: b + "\n"),
        ])
        return engine.check(Cleaner().clean(cluster))
    }

    static func errors(_ r: Report) -> [String] { r.findings.filter { $0.severity == .error }.map(\.key) }

    @Test func coordinatedCountsAreTwoCounts() throws {
        // "six crew" after "164 passengers and" is 6 crew, as "6 crew" is: no crew of 164 against 6.
        let r = try Self.report("Flight NV418 was carrying 164 passengers and six crew when the engine failed.",
                                "Flight NV418 had 164 passengers and 6 crew on board when the engine failed.")
        #expect(r.findings.isEmpty)
        #expect(Set(r.corroborated.map(\.key)) == ["passenger", "crew"])
    }

    @Test func peopleKilledAndPeopleInjuredAreNotOneCount() throws {
        // Both once gave a count keyed "people" (and "killed 12 people" a second claim beside the death
        // toll): 12 against 40 was a conflict. Each is now keyed by what happened to the people.
        let r = try Self.report("The fire killed 12 people on Monday.", "The fire injured 40 people on Monday.")
        #expect(r.findings.isEmpty)
        #expect(Set(r.singleSource.map(\.key)) == ["death toll", "injured"])
    }

    @Test func hurtAndInjuredLineUp() throws {
        // "Two gunmen injured" once read 2 injured; "hurt" was a count of people.
        let r = try Self.report("Two gunmen injured 40 people at the market.", "Forty-five people were hurt at the market.")
        #expect(Self.errors(r) == ["injured"])
        #expect(r.findings.first?.claims.map(\.value.display) == ["40 (injured)", "45 (injured)"])
    }

    @Test func arrestsLineUpAsVerbOrNoun() throws {
        let r = try Self.report("Police arrested 23 people after the protest.", "There were 23 arrests after the protest.")
        #expect(r.findings.isEmpty)
        #expect(r.corroborated.map(\.key) == ["arrest"])
    }

    @Test func aCrowdIsOneCountWhateverItsNoun() throws {
        // Neither noun was counted: the two attendances went unread.
        let r = try Self.report("The final drew 45,000 fans to the stadium.", "Organisers said 50,000 spectators attended the final.")
        #expect(Self.errors(r) == ["spectator"])
    }

    @Test func jobCutsLineUpWhateverTheNoun() throws {
        let r = try Self.report("The combined company will cut 400 jobs.", "Mark Tillman said 450 positions would be cut.")
        #expect(Self.errors(r) == ["job"])
    }

    @Test func takeoverPricePerShareIsCompared() throws {
        let r = try Self.report("Halberd will pay $38.50 per Corvin share.", "Halberd will pay $38 a share.")
        #expect(Self.errors(r) == ["price per share"])
    }

    @Test func aChangeAndItsResultAreNoVoteTally() throws {
        // "by £500 to £13,070" and "by one percentage point to 21%" once gave votes for and against,
        // corroborated with each other across currencies and percentages. (The allowance itself, £13,070,
        // is a sum of money; the rise, "by £500", measures nothing.)
        let r = try Self.report("The personal allowance will rise by £500 to £13,070.",
                                "Sharma raised value-added tax by one percentage point to 21%.")
        #expect(r.findings.isEmpty && r.corroborated.isEmpty)
        #expect(r.singleSource.map { "\($0.key) \($0.claims.map(\.value.display))" } == ["money [\"13070 GBP\"]"])
    }

    @Test func aSumIsNoCountAndPoundsOfMassAreNotMoney() throws {
        // "£2m to help families" is no count of families; "2 million pounds" (a mass to the number
        // recognizer) is left unread rather than corroborate "£2m" across units.
        let r = try Self.report("The council has released an emergency fund of £2m to help families.",
                                "The council approved an emergency fund of 2 million pounds for clean-up costs.")
        #expect(r.findings.isEmpty && r.corroborated.isEmpty)
        #expect(r.singleSource.map(\.key) == ["fund"])
    }

    @Test func ordinaryWordingsAreNotTheFact() throws {
        // A death in hospital, a tournament's purse, a gift to a fund, a rate peaking and stations
        // underground once gave errors against the hospitalised count, the winner's prize money, the
        // fund's size, the river's peak and the depth of the other source.
        let r = try Self.report(
            "Two passengers were taken to hospital. Brandvik takes home $1.1 million in prize money. The council has released an emergency fund of £2m. The river peaked at 5.8 metres. The collapse happened about 420 metres below the surface.",
            "Three people died in hospital. The tournament offers $50 million in prize money. Residents have donated £50,000 to the fund. Calls to the flood hotline peaked at 3,000 an hour. Two underground stations were closed.")
        #expect(r.findings.isEmpty)
        #expect(r.corroborated.isEmpty)
    }

    @Test func durationsAndMeasurementsAreCompared() throws {
        let r = try Self.report(
            "Armed police took 11 minutes to reach the school. The river peaked at 5.8 metres. The roof gave way about 420 metres below the surface.",
            "Armed officers took 17 minutes to arrive at the school. The river peaked at 5.6 metres. The collapse happened about 240 metres underground.")
        #expect(Set(Self.errors(r)) == ["time to arrive", "peak level", "depth"])
    }
}
