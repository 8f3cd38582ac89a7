import Testing
@testable import CrossCheckKit

@Suite struct PaddedTests {
    @Test func digitsAreZeroPadded() {
        #expect([0, 7, 10, 99].map(Padded.two) == ["00", "07", "10", "99"])
        #expect([0, 7, 476, 2024, 9999].map(Padded.four) == ["0000", "0007", "0476", "2024", "9999"])
        // Outside the usual ranges: as before, by interpolation.
        #expect(Padded.two(123) == "123" && Padded.four(12345) == "12345" && Padded.four(-44) == "-0044")
        #expect(CalendarDate(year: 2024, month: 6, day: 9).iso == "2024-06-09")
    }
}
