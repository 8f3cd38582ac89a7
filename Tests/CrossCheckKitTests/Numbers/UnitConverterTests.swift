import Testing
@testable import CrossCheckKit

@Suite struct UnitConverterTests {
    let u = UnitConverter.standard

    @Test func convertsWithinADimension() {
        #expect(abs(u.convert(10, from: "km", to: "miles")! - 6.2137) < 0.001)
        #expect(u.convert(10, from: "km", to: "kg") == nil)
        #expect(abs(u.convert(100, from: "°C", to: "°F")! - 212) < 0.01)
    }

    @Test func tenKilometresAgreeWithSixMilesButNotMagnitude() {
        #expect(u.agree(.exact(10, unit: "km"), .exact(6, unit: "mile")) == true)
        #expect(u.agree(.exact(10, unit: "km"), .exact(8, unit: "mile")) == false)
        #expect(u.agree(.exact(6.1, unit: "magnitude"), .exact(6.1, unit: "km")) == nil)
        #expect(u.agree(Quantity(min: 380, max: nil, lowerOpen: true), .exact(398)) == true)
    }

    @Test func lexiconUnitsExtendTheTable() {
        let lex = Lexicons([Lexicon(name: "unit", entries: [
            Lexicon.Entry(tokens: ["leagues"], canonical: "league", attributes: ["dimension": "length", "factor": "4828"]),
        ])])
        let c = UnitConverter(lexicons: lex)
        #expect(abs(c.convert(1, from: "leagues", to: "km")! - 4.828) < 1e-9)
    }
}
