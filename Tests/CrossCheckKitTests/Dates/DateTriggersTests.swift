import Testing
@testable import CrossCheckKit

/// The token gates in front of the date, time and duration parsers: they must stop at every token a
/// parse can start at (words from the parsers' own tables, numbers, signs) and skip the rest.
@Suite struct DateTriggersTests {
    private func words(_ s: String) -> (SegmentedText, [String]) {
        let t = Segmenter().segment(Array(s.utf8))
        return (t, t.tokens.indices.map { t.normalized($0) })
    }

    /// The tokens a gate stops at.
    private func stops(_ gate: TokenGate, _ s: String) -> [String] {
        let (t, w) = words(s)
        return t.tokens.indices.filter { gate.accepts(t, $0) }.map { w[$0] }
    }

    @Test func dateGateStopsAtNumbersNamesAndStartWords() {
        #expect(stops(DateTriggers.date, "Officials said the talks ended on Friday , 19 June , after several rounds .")
            == ["the", "friday", "19", "june", "several"])
    }

    @Test func timeGateStopsAtNumbersAndPeriods() {
        #expect(stops(DateTriggers.time, "The ferry left at noon and returned at 9 pm , before dawn .")
            == ["noon", "9", "before", "dawn"])
    }

    @Test func durationGateStopsAtAmountsHedgesAndUnits() {
        #expect(stops(DateTriggers.duration, "Rescuers searched for about two hours over the weekend .")
            == ["about", "two", "hours", "over"])
    }

    @Test func everyTableWordPassesItsGate() {
        for (w, _) in MonthNames.monthList + MonthNames.weekdayList {
            let (t, _) = words(w)
            #expect(DateTriggers.date.accepts(t, 0), "\(w)")
        }
        for (w, _, _) in DurationRecognizer.unitList {
            let (t, _) = words(w)
            #expect(DateTriggers.duration.accepts(t, 0), "\(w)")
        }
        // Cardinals start amounts of both; ordinals ("first Friday") start only dates.
        for (w, _) in NumberWords.cardinalList {
            let (t, _) = words(w)
            #expect(DateTriggers.date.accepts(t, 0) && DateTriggers.duration.accepts(t, 0), "\(w)")
        }
        for (w, _) in NumberWords.ordinalList where w != "second" {   // "second" is also a unit
            let (t, _) = words(w)
            #expect(DateTriggers.date.accepts(t, 0) && !DateTriggers.duration.accepts(t, 0), "\(w)")
        }
    }

    /// "a"/"an" begin a number only before a number word, and an ordinal only before a scale word.
    @Test func articlesStartNumbersOnlyBeforeNumberWords() {
        let (t1, _) = words("a hundred")
        #expect(DateTriggers.canStartNumber(t1, 0) && DateTriggers.canStartOrdinal(t1, 0))
        let (t2, _) = words("a third")
        #expect(DateTriggers.canStartNumber(t2, 0) && !DateTriggers.canStartOrdinal(t2, 0))
        let (t3, _) = words("a visit")
        #expect(!DateTriggers.canStartNumber(t3, 0) && !DateTriggers.canStartOrdinal(t3, 0))
    }

    /// The one pass over a text finds exactly the tokens each gate (with its `mayStart`) accepts one by
    /// one, every "at", and every token a number match starts at.
    @Test func tokenStartsAgreeWithTheGates() {
        let (t, _) = words("On Friday , 19 June 2024 , about two hours after the 9 pm blast at noon , more than 380 people "
            + "saw -5 and .08 in a few days ; the next day a visit at 10:30 lasted a quarter century , ½ of the 2019 crowd ; "
            + "a hundred or a third , at least 5 , at most , more or less $ 20 , > 3 , minus two , a minimum of 4 and an estimated 7 .")
        let starts = TokenStarts(t, units: .standard)
        let all = Array(t.tokens.indices)
        #expect(starts.dates.map(Int.init) == all.filter { DateTriggers.date.accepts(t, $0) && DateRecognizer.mayStart(t, at: $0) })
        #expect(starts.durations.map(Int.init) == all.filter { DateTriggers.duration.accepts(t, $0) && DurationRecognizer.mayStart(t, at: $0) })
        #expect(starts.times.map(Int.init) == all.filter { DateTriggers.time.accepts(t, $0) })
        #expect(starts.ats.map(Int.init) == all.filter { t.isWord($0, LitHash.`at`) })
        let table = UnitConverter.standard.startWords
        #expect(starts.numbers.map(Int.init) == all.filter { NumberRecognizer.mayMatch(t, at: $0, bits: table.bits(t.tokens[$0].hash)) })
        let listed = Set(starts.numbers.map(Int.init))
        for i in all where NumberRecognizer().match(t, at: i, units: .standard, claims: false) != nil {
            #expect(listed.contains(i), "\(t.normalized(i))")
        }
        #expect(starts.dates.count > 3 && starts.durations.count > 3 && starts.times.count > 2 && starts.ats.count == 4)
    }
}
