import Testing
@testable import CrossCheckKit

/// `DateRecognizer.month(_:_:plus:)`: month offsets carry into the year, both ways and past a year.
@Suite struct MonthCarryTests {
    @Test func offsetsCarryIntoTheYear() {
        #expect(DateRecognizer.month(2024, 6, plus: 0) == (2024, 6))
        #expect(DateRecognizer.month(2024, 11, plus: 3) == (2025, 2))
        #expect(DateRecognizer.month(2024, 1, plus: -1) == (2023, 12))
        #expect(DateRecognizer.month(2024, 12, plus: 1) == (2025, 1))
        #expect(DateRecognizer.month(2024, 3, plus: -27) == (2021, 12))
        #expect(DateRecognizer.month(2024, 3, plus: 34) == (2027, 1))
    }
}
