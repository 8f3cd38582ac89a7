import Foundation
import Testing
@testable import CrossCheckKit

/// The catch-all measures (`Rules/measures.json5`): any length, area, mass, speed, volume or sum of money
/// no other rule claims, lined up across sources only on the words around it.
extension ShippedRuleClusterTests {
    static func warnings(_ r: Report) -> [String] { r.findings.filter { $0.severity == .warning }.map(\.key) }

    @Test func measuresNoRuleKnowsAreCompared() throws {
        // Written alike around the figure, in other units or notations: the differing ones are reported.
        let r = try Self.report(
            "The second stage failed at an altitude of 62 kilometers (39 miles). The satellite weighed 1,150 kg. "
                + "The fire had burned 12,500 acres by Wednesday night.",
            "The second stage failed at an altitude of 82 km. The satellite weighed 1,510 kilograms. "
                + "The fire had burned 12,500 acres by late Wednesday.")
        #expect(Set(Self.warnings(r)) == ["length", "mass"])
        #expect(r.corroborated.map(\.key).contains("area"))
    }

    @Test func aConversionInBracketsIsNoSecondMeasureAndUnitsConvert() throws {
        // 68 mph is 109 km/h; the bracketed conversion is part of the first figure's match.
        let r = try Self.report("The train was travelling at 68mph (109 km/h) on the curve.",
                                "The train was travelling at 109 km/h on the curve.")
        #expect(r.findings.isEmpty)
        #expect(r.corroborated.map(\.key) == ["speed"])
    }

    @Test func aDifferenceIsNoMeasureAndAKnownRuleKeepsItsOwn() throws {
        // "28 mph over the limit" measures nothing; "10 km north of" is quantity.distance's, not also a length.
        let r = try Self.report("The train was going at 68 mph, 28 mph over the limit. The quake struck 10 km north of the city.",
                                "The train was going at 68 mph on a curve with a 40 mph limit. The quake struck 10 km north of the city.")
        #expect(r.findings.filter { $0.severity != .info }.isEmpty)
        let rules = try RuleSet.builtin()
        let source = Source(id: "s", file: "s.txt", text: "The quake struck 10 km north of the city.\n")
        let claims = Extractor(rules: rules).extract(source, index: 0, text: Segmenter().segment(source))
        #expect(claims.map(\.rule) == ["quantity.distance"])
    }

    @Test func aSourcesTwoSpeedsAreNeverOneGroup() throws {
        // Each other source's figure shares words with both of the first source's: a group must not chain
        // the train's speed and the limit together through them.
        let r = try Self.report("The train was travelling at 68mph on a curve with a 40mph speed limit.",
                                "The train was travelling at 86mph when it entered the curve.")
        let speed = r.findings.filter { $0.key == "speed" }
        #expect(speed.count <= 1)
        #expect(speed.allSatisfy { f in !Set(f.claims.map(\.value.display)).isSuperset(of: ["68 mph", "40 mph"]) })
    }

    @Test func moneyRoundedOrBoundedIsOneSum() throws {
        // "more than £96,000" and "£96,000" agree; "$4.1bn" and "$4,100,000,000" are one value.
        let r = try Self.report("The widow lost more than £96,000 in the scheme. The group booked revenue of $4.1bn.",
                                "The widow lost £96,000 in the scheme. The group booked revenue of $4,100,000,000.")
        #expect(r.findings.filter { $0.severity != .info }.isEmpty)
    }

    @Test func ambiguousUnitsAreNoMeasures() throws {
        // (A review's cases.) "12m viewers" is 12 million, not 12 metres; "20 tons" may be "20 tonnes".
        let r = try Self.report("The final drew 12m viewers. The lorry was carrying 20 tonnes of steel.",
                                "Some 14m viewers watched the final. The lorry was carrying 20 tons of steel.")
        #expect(r.findings.filter { $0.severity != .info }.isEmpty)
    }

    @Test func twoSourcesGivingBothFiguresDoNotDisagree() throws {
        // Each source gives both distances, in another order: no figure of one meets the other's other one.
        let r = try Self.report("The runner covered 10 km in the morning and 21 km in the afternoon.",
                                "In the afternoon the runner covered 21 km, after 10 km in the morning.")
        #expect(r.findings.filter { $0.severity != .info }.isEmpty)
    }

    @Test func onlyADifferenceAgainstAReferenceIsNoMeasure() throws {
        // "above sea level", "over five years" and "hit by 80mph winds" are measures; "over the limit" is not.
        let r = try Self.report("The village sits 2,000 metres above sea level. The plan will cost £45m over five years. "
                                    + "The coast was hit by 80mph winds.",
                                "The village sits 1,800 metres above sea level. The plan will cost £40m over five years. "
                                    + "The coast was hit by 60mph winds.")
        #expect(Set(Self.warnings(r)) == ["length", "money", "speed"])
    }

    @Test func changesAndRatesAreNoMeasures() throws {
        // (A second review's cases.) A change after "by", a difference against an adjective and a reference,
        // and a rate are set against nothing; a figure something was hit by is a measure.
        let quiet = try Self.report("The runway will be extended by 500 metres. The project came in £20m over its original budget. "
                                        + "Diesel costs £1.45 a litre.",
                                    "The runway is 3,000 metres long. The project cost £140m. A full tank costs drivers £79.75.")
        #expect(quiet.findings.filter { $0.severity != .info }.isEmpty)
        let hit = try Self.report("Trees were brought down by 80mph gusts.", "Gusts of 60mph brought trees down.")
        #expect(Self.warnings(hit) == ["speed"])
    }
}
