import Testing
@testable import CrossCheckKit

@Suite struct QuoteAlignerTests {
    @Test func versionsOfOneQuotationGroupTogether() {
        let texts = [
            "a bridge for building a new multi-polar harbour economy",   // 0
            "an engine, a bridge for building a new multipolar harbor economy", // 1: typographic + longer
            "harbour economy",                                          // 2: two common words, a small part of 0
            "We will never sell the harbour to anyone",                 // 3: unrelated
            "bridge for building a new multipolar",                     // 4: shortened
        ]
        let groups = QuoteAligner().groups(texts)
        #expect(groups.contains([0, 1, 4]))
        #expect(groups.contains([2]))
        #expect(groups.contains([3]))
    }

    /// A rewording shares too few content words to be linked by them; given to one named speaker it is
    /// linked by its words in order. Without a speaker, or with two, it is not.
    @Test func rewordingBySameSpeakerGroupsTogether() {
        let texts = ["We did not forget them for a single day", "We never forgot them for a single day",
                     "The crew followed every procedure and the aircraft landed without further incident",
                     "The crew followed all procedures and the plane landed safely",
                     "We will rebuild every home on this street"]
        let (distinct, slots) = QuoteWord.distinctChunks(ofEach: texts)
        let same = QuoteAligner().groups(distinct: distinct, slots: slots, speakers: ["Ada Brun", "Ada Brun", "Ada Brun", "ada brun", "Ada Brun"])
        #expect(same.contains([0, 1]) && same.contains([2, 3]) && same.contains([4]))
        let unknown = QuoteAligner().groups(distinct: distinct, slots: slots, speakers: ["Ada Brun", nil, nil, "Ada Brun", nil])
        #expect(unknown.count == 5)
        let two = QuoteAligner().groups(distinct: distinct, slots: slots, speakers: ["Ada Brun", "Tomas Okafor", "Ada Brun", "Tomas Okafor", "Ada Brun"])
        #expect(two.count == 5)
        // A copy of a version with no known speaker ("the governor said") leaves the version's named
        // speaker: the rewording still links. Two copies naming different speakers clear it.
        let copies = ["We did not forget them for a single day", "We did not forget them for a single day",
                      "We never forgot them for a single day"]
        let (d2, s2) = QuoteWord.distinctChunks(ofEach: copies)
        #expect(QuoteAligner().groups(distinct: d2, slots: s2, speakers: ["Ada Brun", nil, "Ada Brun"]) == [[0, 1, 2]])
        #expect(QuoteAligner().groups(distinct: d2, slots: s2, speakers: [nil, "Ada Brun", "Ada Brun"]) == [[0, 1, 2]])
        #expect(QuoteAligner().groups(distinct: d2, slots: s2, speakers: ["Ada Brun", "Tomas Okafor", "Ada Brun"]).count == 2)
    }

    @Test func repeatedTextsAreReadOnceWithTheSameWords() {
        let texts = ["We will rebuild the harbour", "a new multi-polar order", "We will rebuild the harbour", "",
                     "cafe\u{301} talks", "caf\u{E9} talks"]  // the last two: equal as Strings, not as bytes
        let (distinct, slots) = QuoteWord.distinctChunks(ofEach: texts)
        let each = slots.map { distinct[$0] }
        #expect(each == texts.map { QuoteWord.chunks(QuoteWord.words(of: $0)) })
        #expect(each[0] == ["we", "will", "rebuild", "the", "harbor"] && each[3].isEmpty)
        #expect(each[4] != each[5])
    }

    @Test func copiesAreGroupedLikeDistinctTexts() {
        // `groups(distinct:slots:)` (copies hashed once) must group exactly as `groups(chunks:)` does.
        let texts = ["we will rebuild the harbour before the storms come", "We will rebuild the harbor before the storms come",
                     "rebuild the harbour before the storms", "the ferries run every hour", "we will rebuild the harbour before the storms come",
                     "the ferries run every hour", "a new multi-polar order for the islands"]
        let (distinct, slots) = QuoteWord.distinctChunks(ofEach: texts)
        #expect(distinct.count == 5 && slots == [0, 1, 2, 3, 0, 3, 4])
        let each = QuoteAligner().groups(chunks: texts.map { QuoteWord.chunks(QuoteWord.words(of: $0)) })
        #expect(QuoteAligner().groups(distinct: distinct, slots: slots) == each)
        #expect(each.contains([0, 1, 2, 4]) && each.contains([3, 5]) && each.contains([6]))
    }

    @Test func quotationKeyDoesNotDependOnMemberOrder() {
        // Longest version first; among equally long ones the first in word order ("ab" before "abc").
        let a = ["we", "will", "ab"], b = ["we", "will", "abc"], c = ["we", "will"]
        #expect(Aligner.quoteKey([a, b, c]) == "we will ab")
        #expect(Aligner.quoteKey([c, b, a]) == "we will ab")
        #expect(Aligner.quoteKey([b, ["we", "wil", "zz"]]) == "we wil zz")
        #expect(Aligner.quoteKey([]) == "")
    }

    @Test func shortQuotationMatchesWhenItIsMostOfTheOther() {
        let groups = QuoteAligner().groups(["strategic friendship", "lasting strategic friendship", "a strategic friendship of many years and many deeds"])
        #expect(groups.contains([0, 1]))
        #expect(groups.contains([2]))
    }

    @Test func functionWordsAloneDoNotLink() {
        let groups = QuoteAligner().groups([
            "If the council sees the port as a partner for the long term there is even less of an incentive to sell it",
            "to the level of an alliance",
            "a full harbour and a firm alliance",
            "expresses full support and solidarity to the harbour workers and their families in the town",
        ])
        #expect(groups == [[0], [1], [2], [3]])
    }
}
