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

    @Test func hundredthsMeetTheirCurrencyAndOtherCurrenciesStayApart() {
        #expect(u.agree(.exact(150, unit: "pence"), .exact(1.5, unit: "GBP")) == true)
        #expect(u.agree(.exact(150, unit: "pence"), .exact(1.2, unit: "GBP")) == false)
        #expect(u.agree(.exact(99, unit: "cents"), .exact(0.99, unit: "USD")) == true)
        #expect(u.agree(.exact(2e6, unit: "AUD"), .exact(2e6, unit: "USD")) == nil)
        #expect(u.agree(.exact(200, unit: "CHF"), .exact(200, unit: "Swiss francs")) == true)
        #expect(u.agree(.exact(400, unit: "SEK"), .exact(400, unit: "kr")) == nil)
        #expect(u.unitNames(ofDimension: "currency").isSuperset(of: ["pence", "cents", "AUD", "CHF", "SEK", "ZAR", "PLN"]))
    }

    @Test func currenciesAreReadInText() {
        func units(_ s: String) -> [String] {
            let t = Segmenter().segment(Array(s.utf8))
            return NumberRecognizer().recognize(t, units: UnitConverter.standard).compactMap {
                if case .quantity(let q) = $0.value { return q.unit } else { return nil }
            }
        }
        #expect(units("It cost 50p.") == ["pence"])
        #expect(units("It paid A$2 million.") == ["AUD"])
        #expect(units("It paid HK$3bn and NZ$40 and $7.") == ["HKD", "NZD", "USD"])
        #expect(units("It paid 12 million Australian dollars.") == ["AUD"])
        #expect(units("They paid SEK 400, or 9 kronor.") == ["SEK", "SEK"])
        // A spaced "p", a time, a case-different mark and a bare "real" or "francs" are no currency.
        #expect(units("Page 50 p and 10 p.m.").allSatisfy { $0 != "pence" })
        #expect(units("It paid a $5 fee.") == ["USD"])
        #expect(units("There were 5 real problems and 12 francs.").isEmpty)
    }

    @Test func lexiconUnitsExtendTheTable() {
        let lex = Lexicons([Lexicon(name: "unit", entries: [
            Lexicon.Entry(tokens: ["leagues"], canonical: "league", attributes: ["dimension": "length", "factor": "4828"]),
        ])])
        let c = UnitConverter(lexicons: lex)
        #expect(abs(c.convert(1, from: "leagues", to: "km")! - 4.828) < 1e-9)
    }
}
