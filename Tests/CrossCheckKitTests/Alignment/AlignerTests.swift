import Testing
@testable import CrossCheckKit

@Suite struct AlignerTests {
    /// The quake story: a "398 dead and 1,801 injured", b "1,801 dead", c "412 dead and 1,801 injured";
    /// "40 schools" in a and c, "40 new buses" in b.
    func quake(rising: Bool = false, published: [String?] = [nil, nil, nil]) -> FixtureCluster {
        var f = FixtureCluster()
        let a = f.fixture("quake", "a", published: published[0])
        let b = f.fixture("quake", "b", published: published[1])
        let c = f.fixture("quake", "c", published: published[2])
        let spec = CompareSpec(mode: .interval, rising: rising)
        f.claim(a, "398 dead", kind: "count", key: "dead", FixtureCluster.count(398, of: "dead"), compare: spec)
        f.claim(a, "1,801 injured", kind: "count", key: "injured", FixtureCluster.count(1801, of: "injured"), compare: spec)
        f.claim(b, "1,801 dead", kind: "count", key: "dead", FixtureCluster.count(1801, of: "dead"), compare: spec)
        f.claim(c, "412 dead", kind: "count", key: "dead", FixtureCluster.count(412, of: "dead"), compare: spec)
        f.claim(c, "1,801 injured", kind: "count", key: "injured", FixtureCluster.count(1801, of: "injured"), compare: spec)
        for s in [a, b, c] { f.claim(s, "1887", kind: "date", key: "date", .date(CalendarDate(year: 1887))) }
        f.claim(a, "40 schools", kind: "count", key: "number", FixtureCluster.count(40))
        f.claim(b, "40 new buses", kind: "count", key: "number", FixtureCluster.count(40))
        f.claim(c, "40 schools", kind: "count", key: "number", FixtureCluster.count(40))
        return f
    }

    func sources(_ g: ClaimGroup, _ a: AnalyzedCluster) -> [String] {
        g.claims.map { a.cluster.sources[a.claims[$0].source].id + ":" + a.cluster.sources[a.claims[$0].source].string(a.claims[$0].span) }.sorted()
    }

    @Test func twoNumbersInOneSentenceArePairedByKeyNotValue() {
        let (groups, result, a) = quake().run()
        let dead = groups.filter { $0.key == "dead" }
        #expect(dead.count == 1)
        #expect(sources(dead[0], a) == ["a:398 dead", "b:1,801 dead", "c:412 dead"])
        #expect(dead[0].basis == "sentence")
        let injured = groups.filter { $0.key == "injured" }
        #expect(injured.count == 1)
        #expect(sources(injured[0], a) == ["a:1,801 injured", "c:1,801 injured"])
        // 1,801 injured corroborated; the dead figures conflict.
        #expect(result.corroborated.contains { $0.key == "injured" && $0.claims.count == 2 })
        let conflict = result.findings.first { $0.key == "dead" }
        #expect(conflict?.severity == .error)
        #expect(conflict?.label == "conflict")
        #expect(Set(conflict?.claims.map(\.source) ?? []) == ["a", "b", "c"])
    }

    @Test func sameNumberAboutDifferentThingsIsNotGrouped() {
        let (groups, result, a) = quake().run()
        let forty = groups.filter { $0.key == "number" }.map { sources($0, a) }.sorted { $0.count > $1.count }
        #expect(forty == [["a:40 schools", "c:40 schools"], ["b:40 new buses"]])
        #expect(result.singleSource.contains { $0.key == "number" && $0.claims.first?.source == "b" })
        #expect(!result.findings.contains { $0.key == "number" })
    }

    @Test func yearsInAlignedSentencesCorroborate() {
        let (_, result, _) = quake().run()
        let year = result.corroborated.first { $0.kind == "date" }
        #expect(year?.claims.map(\.source) == ["a", "b", "c"])
    }

    @Test func risingCountPublishedLaterIsAPossibleUpdate() {
        let f = quake(rising: true, published: ["2031-03-04T08:00", "2031-03-04T20:00", "2031-03-04T14:30"])
        let (_, result, _) = f.run()
        let dead = result.findings.filter { $0.key == "dead" }
        #expect(dead.count == 1)
        #expect(dead.first?.label == "possible-update")
        #expect(dead.first?.severity == .warning)
        #expect(dead.first?.message.contains("2031-03-04T08:00") == true)
        #expect(dead.first?.message.contains("2031-03-04T14:30") == true)
    }

    @Test func risingCountThatFallsLaterIsAConflict() {
        let f = quake(rising: true, published: ["2031-03-04T20:00", "2031-03-04T21:00", "2031-03-04T08:00"])
        let (_, result, _) = f.run()
        #expect(result.findings.first { $0.key == "dead" }?.label == "conflict")
    }

    @Test func sameDayWithoutTimesIsNotAnUpdate() {
        let f = quake(rising: true, published: ["2031-03-04", "2031-03-04", "2031-03-04"])
        #expect(f.run().result.findings.first { $0.key == "dead" }?.label == "conflict")
    }

    @Test func contextLinksDifferentlyWordedSentencesWithOneKey() {
        var f = FixtureCluster()
        let a = f.source("a", "The Harlow bridge over the Menne river is 412 meters long and opened in spring.")
        let b = f.source("b", "Engineers say the Menne river crossing at Harlow, a bridge of 420 meters, needs repairs.")
        let c = f.source("c", "A footpath in the city park measures 412 meters.")
        f.claim(a, "412 meters", kind: "quantity", key: "length", .quantity(.exact(412, unit: "m")))
        f.claim(b, "420 meters", kind: "quantity", key: "length", .quantity(.exact(420, unit: "m")))
        f.claim(c, "412 meters", kind: "quantity", key: "length", .quantity(.exact(412, unit: "m")))
        let (groups, result, an) = f.run()
        #expect(groups.map { sources($0, an) }.sorted { $0.count > $1.count } == [["a:412 meters", "b:420 meters"], ["c:412 meters"]])
        #expect(result.findings.count == 1)
    }

    @Test func storyWordsAloneDoNotMakeDatesTheSameThing() {
        // Every sentence names Varnell, Marrow, the harbour and the council; only the repair year is one fact.
        var f = FixtureCluster()
        let a = f.fixture("mayor", "a"), b = f.fixture("mayor", "b"), c = f.fixture("mayor", "c")
        f.claim(a, "1994", kind: "date", key: "date", .date(CalendarDate(year: 1994)))
        f.claim(b, "2011", kind: "date", key: "date", .date(CalendarDate(year: 2011)))
        f.claim(c, "1996", kind: "date", key: "date", .date(CalendarDate(year: 1996)))
        let (groups, result, an) = f.run()
        #expect(groups.map { sources($0, an) }.sorted { $0.count > $1.count } == [["a:1994", "c:1996"], ["b:2011"]])
        #expect(result.findings.count == 1)
        #expect(result.findings.first?.message == "Sources disagree on date (date): 1994 in a; 1996 in c.")
    }

    @Test func twoDurationsInOneSentenceKeepTheirOwnContexts() {
        // a joins in one sentence what b says in two: "31 years" and "decades" must not be paired.
        var f = FixtureCluster()
        let a = f.fixture("envoy", "a"), b = f.fixture("envoy", "b")
        for s in [a, b] {
            f.claim(s, "31 years", kind: "duration", key: "duration", .duration(DurationValue(amounts: [.years: 31])))
            f.claim(s, "decades", kind: "duration", key: "duration", .duration(DurationValue(amounts: [.years: 20], approximate: true)))
        }
        let (groups, result, an) = f.run()
        #expect(groups.map { sources($0, an) }.sorted { $0[0] < $1[0] } == [["a:31 years", "b:31 years"], ["a:decades", "b:decades"]])
        #expect(result.findings.isEmpty)
        #expect(result.corroborated.count == 2)
    }

    @Test func aSpecificKeyLinksDifferentlyWordedSentences() {
        // "passengers" is used once per source: the two figures are about the same thing.
        var f = FixtureCluster()
        let a = f.source("a", "The barge, which was carrying 212 passengers, ran aground near Tollby pier, the port office said.")
        let b = f.source("b", "The barge ran aground on Monday near Tollby pier with 221 passengers aboard, according to the port office.")
        let c = f.source("c", "Crowds waited at the pier all night. The port office published a list of names.")
        f.claim(a, "212 passengers", kind: "count", key: "passengers", FixtureCluster.count(212, of: "passengers"))
        f.claim(b, "221 passengers", kind: "count", key: "passengers", FixtureCluster.count(221, of: "passengers"))
        _ = c
        let (_, result, _) = f.run()
        #expect(result.findings.count == 1)
        #expect(result.findings.first?.message == "Sources disagree on passengers (count): 212 (passengers) in a; 221 (passengers) in b.")
    }

    @Test func aSpecificKeyLinksWithoutSharedContext() {
        // A headline and a last paragraph share no word, but "death toll" is given once per source.
        var f = FixtureCluster()
        let a = f.source("a", "Storm hits Kessel valley. Rescuers said on Friday that the flood had killed 7 people near the mill.",
                         published: "2031-05-02T08:00")
        let b = f.source("b", "Death toll from Kessel flood rises to 11", published: "2031-05-03T09:30")
        let spec = CompareSpec(mode: .interval, rising: true)
        f.claim(a, "killed 7 people", kind: "count", key: "death toll", FixtureCluster.count(7, of: "death"), compare: spec)
        f.claim(b, "Death toll from Kessel flood rises to 11", kind: "count", key: "death toll", FixtureCluster.count(11, of: "death"), compare: spec)
        let (groups, result, an) = f.run()
        #expect(groups.map { sources($0, an) } == [["a:killed 7 people", "b:Death toll from Kessel flood rises to 11"]])
        #expect(result.findings.count == 1)
        #expect(result.findings.first?.label == "possible-update")
        #expect(result.findings.first?.message.contains("2031-05-02T08:00") == true)
        #expect(result.findings.first?.message.contains("2031-05-03T09:30") == true)
    }

    @Test func aGenericKeyWithoutSharedContextStaysApart() {
        // The same two sentences with a generic key ("people"): nothing says the figures are one fact.
        var f = FixtureCluster()
        let a = f.source("a", "Storm hits Kessel valley. Rescuers said on Friday that the flood had killed 7 people near the mill.")
        let b = f.source("b", "Death toll from Kessel flood rises to 11 people")
        f.claim(a, "7 people", kind: "count", key: "people", FixtureCluster.count(7, of: "people"))
        f.claim(b, "11 people", kind: "count", key: "people", FixtureCluster.count(11, of: "people"))
        let (groups, result, _) = f.run()
        #expect(groups.count == 2)
        #expect(result.findings.isEmpty)
    }

    @Test func equalValuesOfASpecificKeyFormOneCorroboration() {
        // c also gives a rounder figure, so the key is not single-valued; the equal values still join.
        var f = FixtureCluster()
        let a = f.source("a", "The mayor returned to Orle after 12 years abroad.")
        let b = f.source("b", "It was her first trip home in 12 years, aides said.")
        let c = f.source("c", "Crowds lined the square. She had been away for 12 years. It felt like a decade, she said.")
        for s in [a, b, c] {
            f.claim(s, "12 years", kind: "duration", key: "time-abroad", .duration(DurationValue(amounts: [.years: 12])))
        }
        f.claim(c, "a decade", kind: "duration", key: "time-abroad", .duration(DurationValue(amounts: [.years: 10], approximate: true)))
        let (_, result, _) = f.run()
        let twelve = result.corroborated.filter { $0.key == "time-abroad" }
        #expect(twelve.count == 1)
        #expect(twelve.first?.claims.map(\.source) == ["a", "b", "c"])
    }

    @Test func groupsAreDeterministic() {
        let one = quake().run()
        let two = quake().run()
        #expect(one.groups == two.groups)
        #expect(one.result.findings == two.result.findings)
    }
}
