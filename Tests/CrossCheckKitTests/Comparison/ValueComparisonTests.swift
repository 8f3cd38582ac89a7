import Testing
@testable import CrossCheckKit

/// Two fictional sources with one wire-copy sentence each; the claim values are set by the test.
@Suite struct ValueComparisonTests {
    func pair(_ a: ClaimValue, _ b: ClaimValue, kind: String = "count", spec: CompareSpec = CompareSpec(mode: .interval)) -> ComparisonResult {
        var f = FixtureCluster()
        let s0 = f.source("north", "The harbour authority in Kestrel Bay said the figure was VALUE on the quay last week.")
        let s1 = f.source("south", "The harbour authority in Kestrel Bay said the figure was VALUE on the quay last week.")
        f.claim(s0, "VALUE", kind: kind, key: "figure", a, compare: spec)
        f.claim(s1, "VALUE", kind: kind, key: "figure", b, compare: spec)
        return f.run().result
    }

    func agrees(_ r: ComparisonResult) -> Bool { r.findings.isEmpty && r.corroborated.count == 1 }
    func conflicts(_ r: ComparisonResult) -> Bool { r.findings.count == 1 && r.findings[0].severity == .error && r.findings[0].label == "conflict" }

    @Test func canonicallyEqualValuesAreOneVersion() {
        // A composed "é" and "e" plus a combining accent are one value: one version, listed once.
        #expect(tenantVersions(["north": "Caf\u{E9} Vent", "south": "Cafe\u{301} Vent", "west": "Quay Bar"]))
        // Combining marks in either canonical order (Swift's String equality, newer marks included).
        #expect(tenantVersions(["north": "Cafe\u{316}\u{897} Vent", "south": "Cafe\u{897}\u{316} Vent", "west": "Quay Bar"]))
    }

    /// Whether north and south (canonically equal spellings) are one version, west another.
    func tenantVersions(_ names: [String: String]) -> Bool {
        #expect(names["north"]! == names["south"]!)
        var f = FixtureCluster()
        for id in names.keys.sorted() {
            let s = f.source(id, "The harbour authority in Kestrel Bay said the kiosk was let to NAME last week.")
            f.claim(s, "NAME", kind: "tenant", key: "kiosk", .text(names[id]!), compare: CompareSpec(mode: .exact))
        }
        let r = f.run().result
        return r.findings.count == 1 && r.findings[0].message.contains("in north, south;") && r.findings[0].claims.count == 3
    }

    @Test func intervalsAndQualifiers() {
        // "more than 380" ~ 398, but not 380 itself; "380 or more" ~ 380
        #expect(conflicts(pair(.quantity(Quantity(min: 380, max: nil, lowerOpen: true)), .quantity(.exact(380)))))
        #expect(agrees(pair(.quantity(Quantity(min: 380, max: nil)), .quantity(.exact(380)))))
        #expect(agrees(pair(.quantity(Quantity(min: 380, max: nil)), .quantity(.exact(398)))))
        // "nearly 900" ~ 888, but not 700
        #expect(agrees(pair(.quantity(Quantity(min: nil, max: 900, approximate: true)), .quantity(.exact(888)))))
        #expect(conflicts(pair(.quantity(Quantity(min: nil, max: 900, approximate: true)), .quantity(.exact(700)))))
        // "about 2,000" ~ 1,950
        #expect(agrees(pair(.quantity(Quantity(min: 2000, max: 2000, approximate: true)), .quantity(.exact(1950)))))
        // Two hedged values that meet only by their hedges agree, but their estimates differ ("about 400"
        // / "about 450", "about 90" / "about 100"); "some 340" / "about 350" and a hedged value against an
        // exact one do not.
        let about = { (v: Double) in Quantity(min: v, max: v, approximate: true) }
        let spec = CompareSpec(mode: .interval)
        let estimates = pair(.quantity(about(400)), .quantity(about(450)))
        #expect(estimates.findings.count == 1 && estimates.findings.first?.severity == .warning && estimates.findings.first?.label == "estimates-differ")
        #expect(agrees(pair(.quantity(about(340)), .quantity(about(350)))))
        #expect(QuantityComparison.estimatesDiffer(about(400), about(450), spec))
        #expect(QuantityComparison.estimatesDiffer(about(100), about(120), spec))
        #expect(QuantityComparison.estimatesDiffer(about(90), about(100), spec))
        #expect(!QuantityComparison.estimatesDiffer(about(340), about(350), spec))
        #expect(!QuantityComparison.estimatesDiffer(about(400), .exact(450), spec))
        // "20 to 30" ~ 25; not 31
        #expect(agrees(pair(.quantity(Quantity(min: 20, max: 30)), .quantity(.exact(25)))))
        #expect(conflicts(pair(.quantity(Quantity(min: 20, max: 30)), .quantity(.exact(31)))))
        // exact values
        #expect(conflicts(pair(.quantity(.exact(398)), .quantity(.exact(380)))))
    }

    @Test func ruleTolerances() {
        let spec = CompareSpec(mode: .tolerance, tolerance: 5)
        #expect(agrees(pair(.quantity(.exact(100)), .quantity(.exact(104)), spec: spec)))
        #expect(conflicts(pair(.quantity(.exact(100)), .quantity(.exact(106)), spec: spec)))
        let rel = CompareSpec(mode: .tolerance, relativeTolerance: 0.02)
        #expect(agrees(pair(.quantity(.exact(1000)), .quantity(.exact(1015)), spec: rel)))
    }

    @Test func unitConversion() {
        #expect(agrees(pair(.quantity(.exact(10, unit: "km")), .quantity(.exact(6, unit: "mi")), kind: "quantity")))
        #expect(agrees(pair(.quantity(.exact(3, unit: "km")), .quantity(.exact(3000, unit: "m")), kind: "quantity")))
        #expect(conflicts(pair(.quantity(.exact(10, unit: "km")), .quantity(.exact(10, unit: "mi")), kind: "quantity")))
        // Units of different dimensions are not compared: neither finding nor corroboration claim they agree.
        let r = pair(.quantity(.exact(10, unit: "km")), .quantity(.exact(10, unit: "kg")), kind: "quantity")
        #expect(r.findings.isEmpty)
    }

    @Test func datePrecision() {
        let june = ClaimValue.date(CalendarDate(year: 2031, month: 6))
        let day = ClaimValue.date(CalendarDate(year: 2031, month: 6, day: 19))
        #expect(agrees(pair(june, day, kind: "date", spec: CompareSpec(mode: .granularity))))
        #expect(agrees(pair(.date(CalendarDate(year: 2031)), day, kind: "date", spec: CompareSpec(mode: .granularity))))
        #expect(conflicts(pair(.date(CalendarDate(year: 2031, month: 6, day: 18)), day, kind: "date", spec: CompareSpec(mode: .granularity))))
        #expect(conflicts(pair(.date(CalendarDate(year: 2031, month: 5)), day, kind: "date", spec: CompareSpec(mode: .granularity))))
    }

    @Test func timesAndDurations() {
        #expect(agrees(pair(.time(TimeValue(hour: 14)), .time(TimeValue(hour: 14, minute: 20)), kind: "time")))
        #expect(conflicts(pair(.time(TimeValue(hour: 14, minute: 0)), .time(TimeValue(hour: 15, minute: 0)), kind: "time")))
        #expect(agrees(pair(.time(TimeValue(hour: 14, minute: 0, approximate: true)), .time(TimeValue(hour: 14, minute: 10)), kind: "time")))
        // A zone with several meanings (IST: India, Ireland, Israel) or a place's "local" time is not compared
        // with another zone.
        #expect(pair(.time(TimeValue(hour: 9, zone: "GMT")), .time(TimeValue(hour: 14, zone: "IST")), kind: "time").findings.isEmpty)
        #expect(pair(.time(TimeValue(hour: 9, zone: "GMT")), .time(TimeValue(hour: 3, zone: "local")), kind: "time").findings.isEmpty)
    }

    /// A hedged time that states only its hour ("before dawn" ~T04, "about 10 a.m.") is an hour either
    /// side of it; an unhedged hour stays that hour.
    @Test func hedgedHoursAreAnHourEitherSide() {
        let hedged = { (h: Int) in ClaimValue.time(TimeValue(hour: h, approximate: true)) }
        let exact = { (h: Int, m: Int?) in ClaimValue.time(TimeValue(hour: h, minute: m)) }
        #expect(agrees(pair(hedged(4), exact(3, 17), kind: "time")))
        #expect(agrees(pair(hedged(4), exact(4, 50), kind: "time")))
        #expect(conflicts(pair(hedged(4), exact(5, 40), kind: "time")))
        #expect(agrees(pair(hedged(10), exact(9, 40), kind: "time")))
        #expect(conflicts(pair(hedged(10), exact(11, 30), kind: "time")))
        #expect(conflicts(pair(hedged(10), exact(12, 0), kind: "time")))
        #expect(agrees(pair(hedged(0), exact(23, 30), kind: "time")))
        #expect(conflicts(pair(exact(4, nil), exact(3, 17), kind: "time")))
        // Across midnight when both state a day: ~T00 on the 12th is 23:00 on the 11th to 01:00.
        let monday = CalendarDate(year: 2026, month: 5, day: 11), tuesday = CalendarDate(year: 2026, month: 5, day: 12)
        #expect(agrees(pair(.time(TimeValue(date: tuesday, hour: 0, approximate: true)), .time(TimeValue(date: monday, hour: 23, minute: 30)), kind: "time")))
        #expect(conflicts(pair(.time(TimeValue(date: monday, hour: 23, approximate: true)), .time(TimeValue(date: tuesday, hour: 0, minute: 40)), kind: "time")))
    }

    /// A time with a side ("shortly before 3 p.m.", "after 10 p.m.") is the stretch on that side: an hour
    /// when the side is close ("shortly", "just"), twelve hours when bare.
    @Test func aTimeWithASideIsTheStretchOnThatSide() {
        let side = { (h: Int, m: Int?, b: TimeBound, near: Bool) in ClaimValue.time(TimeValue(hour: h, minute: m, bound: TimeBound(before: b.isBefore, near: near))) }
        let exact = { (h: Int, m: Int?) in ClaimValue.time(TimeValue(hour: h, minute: m)) }
        #expect(agrees(pair(side(15, nil, .before, true), exact(14, 50), kind: "time")))
        #expect(agrees(pair(side(15, nil, .before, true), exact(14, 5), kind: "time")))
        #expect(conflicts(pair(side(15, nil, .before, true), exact(15, 10), kind: "time")))
        #expect(conflicts(pair(side(15, nil, .before, true), exact(13, 40), kind: "time")))
        #expect(agrees(pair(side(5, nil, .after, true), exact(5, 10), kind: "time")))
        #expect(conflicts(pair(side(5, nil, .after, true), exact(4, 55), kind: "time")))
        #expect(agrees(pair(side(21, 40, .after, true), exact(21, 40), kind: "time")))
        // Bare: six hours on that side, across midnight; "before 9 a.m." and "after 5 p.m." do not meet.
        #expect(conflicts(pair(side(9, nil, .before, false), side(17, nil, .after, false), kind: "time")))
        #expect(conflicts(pair(side(22, nil, .after, false), exact(9, 0), kind: "time")))
        // Opposite sides of one time do not meet at it.
        #expect(conflicts(pair(side(15, nil, .before, true), side(15, nil, .after, true), kind: "time")))
        // "Just before midnight on Tuesday" is Tuesday night.
        let monday = CalendarDate(year: 2026, month: 5, day: 11), tuesday = CalendarDate(year: 2026, month: 5, day: 12)
        let beforeMidnight = ClaimValue.time(TimeValue(date: tuesday, hour: 0, minute: 0, bound: .shortlyBefore))
        #expect(agrees(pair(beforeMidnight, .time(TimeValue(date: tuesday, hour: 23, minute: 50)), kind: "time")))
        #expect(conflicts(pair(beforeMidnight, .time(TimeValue(date: monday, hour: 23, minute: 50)), kind: "time")))
        #expect(agrees(pair(side(22, nil, .after, false), exact(23, 30), kind: "time")))
        #expect(agrees(pair(side(22, nil, .after, false), exact(1, 30), kind: "time")))
        #expect(conflicts(pair(side(22, nil, .after, false), exact(21, 30), kind: "time")))
        #expect(conflicts(pair(side(15, nil, .before, false), exact(15, 10), kind: "time")))
        // Two sides: "shortly after 5 a.m." and "shortly before 6 a.m." meet.
        #expect(agrees(pair(side(5, nil, .after, true), side(6, nil, .before, true), kind: "time")))
        #expect(conflicts(pair(side(5, nil, .before, true), side(6, nil, .after, true), kind: "time")))
        // An "about" time keeps its 15 minutes: "shortly before 3 p.m." and "about 3:10 p.m." agree.
        #expect(agrees(pair(side(15, nil, .before, true), .time(TimeValue(hour: 15, minute: 10, approximate: true)), kind: "time")))
    }

    @Test func timesInKnownZonesAreComparedInUTC() {
        let time = { (h: Int, m: Int?, z: String?) in ClaimValue.time(TimeValue(hour: h, minute: m, zone: z)) }
        #expect(agrees(pair(time(10, 0, "GMT"), time(13, 0, "MSK"), kind: "time")))
        #expect(conflicts(pair(time(10, 0, "GMT"), time(14, 0, "MSK"), kind: "time")))
        #expect(agrees(pair(time(9, 30, "EDT"), time(13, 30, "UTC"), kind: "time")))
        #expect(agrees(pair(time(10, nil, "GMT+9"), time(1, 15, "UTC"), kind: "time")))      // hour precision: 10:00–10:59 KST
        #expect(conflicts(pair(time(10, nil, "GMT+9"), time(2, 15, "UTC"), kind: "time")))
        // Across midnight: 22:00 GMT on the 18th is 07:00 KST on the 19th, not on the 18th.
        let d18 = CalendarDate(year: 2024, month: 6, day: 18), d19 = CalendarDate(year: 2024, month: 6, day: 19)
        let at = { (d: CalendarDate, h: Int, z: String) in ClaimValue.time(TimeValue(date: d, hour: h, minute: 0, zone: z)) }
        #expect(agrees(pair(at(d18, 22, "GMT"), at(d19, 7, "KST"), kind: "time")))
        #expect(conflicts(pair(at(d18, 22, "GMT"), at(d18, 7, "KST"), kind: "time")))
        // Without dates the clock wraps: 23:30 PDT is 06:30 UTC.
        #expect(agrees(pair(time(23, 30, "PDT"), time(6, 30, "UTC"), kind: "time")))
        #expect(ZoneOffset.minutes("utc-5") == -300 && ZoneOffset.minutes("CST") == nil && ZoneOffset.minutes("GMT+99") == nil)
        // Half-hour zones keep their minutes: 10:00 UTC+5:30 is 04:30 UTC. BST has two meanings.
        #expect(ZoneOffset.minutes("UTC+5:30") == 330 && ZoneOffset.minutes("BST") == nil && ZoneOffset.minutes("UTC+5:3") == nil)
        #expect(agrees(pair(time(10, 0, "UTC+5:30"), time(4, 30, "GMT"), kind: "time")))
        // "a quarter century" (about 25 years) ~ 24 years
        #expect(agrees(pair(.duration(DurationValue(amounts: [.years: 25], approximate: true)), .duration(DurationValue(amounts: [.years: 24])), kind: "duration")))
        #expect(conflicts(pair(.duration(DurationValue(amounts: [.hours: 2])), .duration(DurationValue(amounts: [.hours: 3])), kind: "duration")))
        // 90 minutes = 1.5 hours
        #expect(agrees(pair(.duration(DurationValue(amounts: [.minutes: 90])), .duration(DurationValue(amounts: [.hours: 1.5])), kind: "duration")))
        // "two to three hours" ~ 150 minutes
        #expect(agrees(pair(.duration(DurationValue(amounts: [.hours: 2], maxAmounts: [.hours: 3])), .duration(DurationValue(amounts: [.minutes: 150])), kind: "duration")))
    }

    @Test func severityComesFromTheRule() {
        var f = FixtureCluster()
        let s0 = f.source("north", "The harbour authority in Kestrel Bay said 12 cranes stood on the quay last week.")
        let s1 = f.source("south", "The harbour authority in Kestrel Bay said 14 cranes stood on the quay last week.")
        f.claim(s0, "12 cranes", kind: "count", key: "cranes", FixtureCluster.count(12), severity: .warning)
        f.claim(s1, "14 cranes", kind: "count", key: "cranes", FixtureCluster.count(14), severity: .warning)
        let r = f.run().result
        #expect(r.findings.first?.severity == .warning)
        #expect(r.findings.first?.message == "Sources disagree on cranes (count): 12 in north; 14 in south.")
    }

    @Test func valuesThatCannotBeComparedCorroborateNothing() {
        // Pounds and dollars (no rate is assumed), and a percentage and a count, are neither a conflict
        // nor one corroborated claim: each is a claim of one source.
        for (a, b) in [(Quantity(min: 1.24e9, max: 1.24e9, unit: "GBP"), Quantity(min: 1.57e9, max: 1.57e9, unit: "USD")),
                       (Quantity(min: 78, max: 78, unit: "percent"), Quantity.exact(2300))] {
            let r = pair(.quantity(a), .quantity(b))
            #expect(r.findings.isEmpty)
            #expect(r.corroborated.isEmpty)
            #expect(r.singleSource.count == 2)
        }
        // Two sources that agree stay one corroborated claim beside a third value they cannot be compared with.
        var f = FixtureCluster()
        let s0 = f.source("north", "The port said the sum was VALUE on Monday.")
        let s1 = f.source("south", "The port said the sum was VALUE on Monday.")
        let s2 = f.source("west", "The port said the sum was VALUE on Monday.")
        let spec = CompareSpec(mode: .interval)
        f.claim(s0, "VALUE", kind: "quantity", key: "sum", .quantity(Quantity(min: 1.24e9, max: 1.24e9, unit: "GBP")), compare: spec)
        f.claim(s1, "VALUE", kind: "quantity", key: "sum", .quantity(Quantity(min: 1.24e9, max: 1.24e9, unit: "GBP")), compare: spec)
        f.claim(s2, "VALUE", kind: "quantity", key: "sum", .quantity(Quantity(min: 1.57e9, max: 1.57e9, unit: "USD")), compare: spec)
        let r = f.run().result
        #expect(r.findings.isEmpty)
        #expect(r.corroborated.map(\.claims.count) == [2])
        #expect(r.singleSource.count == 1)
        // A third value compatible with both does not join two that cannot be compared with each other.
        var h = FixtureCluster()
        let t0 = h.source("north", "The port said the sum was VALUE on Monday.")
        let t1 = h.source("south", "The port said the sum was VALUE on Monday.")
        let t2 = h.source("west", "The port said the sum was VALUE on Monday.")
        // (Two counts of different things cannot be compared; a count of nothing named agrees with both.)
        h.claim(t0, "VALUE", kind: "count", key: "sum", .quantity(Quantity(min: 2, max: 2, of: "passenger")), compare: spec)
        h.claim(t1, "VALUE", kind: "count", key: "sum", .quantity(Quantity(min: 2, max: 2, of: "crew")), compare: spec)
        h.claim(t2, "VALUE", kind: "count", key: "sum", .quantity(Quantity.exact(2)), compare: spec)
        let u = h.run().result
        #expect(u.findings.isEmpty)
        #expect(u.corroborated.map(\.claims.count) == [2])
        #expect(u.singleSource.count == 1)
    }

    @Test func aSourceGivingBothValuesStillLeavesTheConflict() {
        // A story that gives a corrected figure beside the first one ("15 were killed ... twelve, according to
        // the first police statement") does not make another story's stale "12" corroborated: still a conflict.
        var f = FixtureCluster()
        let a = f.source("a", "Fifteen were killed. Twelve were killed, police first said.")
        let b = f.source("b", "Twelve were killed.")
        f.claim(a, "Fifteen", kind: "count", key: "death toll", FixtureCluster.count(15))
        f.claim(a, "Twelve", kind: "count", key: "death toll", FixtureCluster.count(12))
        f.claim(b, "Twelve", kind: "count", key: "death toll", FixtureCluster.count(12))
        #expect(f.run().result.findings.map(\.label) == ["conflict"])
    }
}
