import Testing
@testable import CrossCheckKit

@Suite struct DurationValueTests {
    /// 0.1 years + 0.1 months + 2.3 weeks sums to 4,809,709.8 seconds or one unit in the last place more,
    /// depending on the order of the terms. Dictionaries of different capacities hold the same three
    /// units in different orders (and a new process seeds hashing anew): the total must not follow them.
    @Test func totalSecondsDoesNotDependOnTheDictionarysOrder() {
        let expected = (0.1 * DurationValue.Unit.years.seconds + 0.1 * DurationValue.Unit.months.seconds)
            + 2.3 * DurationValue.Unit.weeks.seconds
        var orders = Set<[DurationValue.Unit]>()
        for capacity in 0..<64 {
            var amounts = [DurationValue.Unit: Double](minimumCapacity: capacity)
            amounts[.weeks] = 2.3
            amounts[.months] = 0.1
            amounts[.years] = 0.1
            orders.insert(Array(amounts.keys))
            let d = DurationValue(amounts: amounts, maxAmounts: amounts)
            #expect(d.totalSeconds == expected)
            #expect(DurationComparison.interval(d, CompareSpec()).hi == expected)
        }
        // (The check above means something only if the dictionaries did iterate in more than one order.)
        #expect(orders.count > 1)
    }
}
