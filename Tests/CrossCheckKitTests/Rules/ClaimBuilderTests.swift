import Testing
@testable import CrossCheckKit

@Suite("ClaimBuilder")
struct ClaimBuilderTests {
    /// The claim builder copies a recognition's value case by case (`ClaimBuilder.copy`), not through
    /// the value's own copy: every case must come out equal, each payload in its own place.
    @Test func aValueCopiedCaseByCaseIsTheSameValue() {
        let values: [ClaimValue] = [
            .quantity(Quantity(min: 380, max: nil, unit: "km", of: "troops", approximate: true, suspect: "24,966218", lowerOpen: true)),
            .quantity(Quantity(min: 2, max: 5)),
            .date(CalendarDate(year: 2024, month: 3, day: 9)),
            .time(TimeValue(date: CalendarDate(year: 2024), hour: 9, minute: 30, zone: "UTC", approximate: true)),
            .duration(DurationValue(amounts: [.days: 3], maxAmounts: [.days: 5], approximate: true)),
            .official(name: "Anna Berglund", title: "foreign minister"),
            .name("Park Min-jun, a name longer than fifteen bytes"),
            .quote(text: "We will rebuild the harbour wall,", speaker: "Ilse Marten"),
            .quote(text: "No one spoke.", speaker: nil),
            .text("visit-gap"),
        ]
        for v in values {
            #expect(ClaimBuilder.copy(v) == v)
            #expect(ClaimBuilder.copy(v).display == v.display)
        }
    }
}
