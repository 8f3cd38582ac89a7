import Testing
@testable import CrossCheckKit

/// The byte filter in front of the number pass and the token gates: it may let a word through that is
/// not in its set (the exact set decides), never the other way round.
@Suite struct WordFilterTests {
    @Test func everyWordOfTheSetPasses() {
        let words = NumberWords.startWords + Array(UnitConverter.standard.prefixStarts) + Array(DateTriggers.dateStartWords)
        let f = WordFilter(words)
        for w in words { #expect(f.mayContain(w)) }
        let table = UnitConverter.standard.startWords
        for w in NumberWords.startWords { #expect(table.bits(w) & TokenStarts.numberWord != 0) }
        for w in UnitConverter.standard.prefixStarts { #expect(table.bits(w) & TokenStarts.prefixUnit != 0) }
        for w in DateTriggers.dateStartWords { #expect(table.bits(w) & TokenStarts.date != 0) }
        #expect(table.bits(Lit.h("the")) & (TokenStarts.duration | TokenStarts.numberWord) == 0)
    }

    /// A slot one word falls in holds that word: another hash in the same slot is rejected without a probe,
    /// while a slot two words share lets both (and others in it) through to the exact set.
    @Test func aSlotOfOneWordComparesTheWord() {
        let w = Lit.h("june")
        let sameSlot = w ^ 1   // differs only in the low bits, which do not pick the slot
        #expect(WordFilter.slot(sameSlot) == WordFilter.slot(w))
        #expect(!WordFilter([w]).mayContain(sameSlot))
        let shared = WordFilter([w, sameSlot])
        #expect(shared.mayContain(w) && shared.mayContain(sameSlot) && shared.mayContain(w ^ 2))
    }

    @Test func anEmptyFilterRejectsEverything() {
        let f = WordFilter([])
        for w in ["the", "two", "june", "$", "about"] { #expect(!f.mayContain(Lit.h(w))) }
    }

    /// The number pass finds the same numbers whether or not the filter lets a word through: a lexicon
    /// unit written before its number ("magnitude 6.1") and number words both still start a match.
    @Test func numberPassStillStartsAtWordsAndPrefixUnits() {
        let t = Segmenter().segment(Array("A magnitude 6.1 quake hit two towns and about 900 homes .".utf8))
        let found = NumberRecognizer().recognize(t, units: UnitConverter.standard).map { t.string(tokens: $0.tokens) }
        #expect(found.contains("magnitude 6.1"))
        #expect(found.contains("two"))
        #expect(found.contains("about 900"))
    }

    /// The start word table answers each word's joined bits, 0 for any other hash, whether the word has
    /// its slot alone or shares it (three words and a stranger in one slot here).
    @Test func startWordTableKeepsWordsThatShareASlot() {
        var same: [UInt64] = []
        var h: UInt64 = 2
        while same.count < 4 {
            if StartWordTable.slot(h) == StartWordTable.slot(1) { same.append(h) }
            h += 1
        }
        let alone = Lit.h("june")
        let table = StartWordTable([(words: [1, same[0], alone], bits: 1), (words: [same[1], 1], bits: 6)])
        #expect(table.bits(1) == 7 && table.bits(same[0]) == 1 && table.bits(same[1]) == 6 && table.bits(alone) == 1)
        #expect(table.bits(same[2]) == 0 && table.bits(same[3]) == 0 && table.bits(Lit.h("july")) == 0)
    }
}
