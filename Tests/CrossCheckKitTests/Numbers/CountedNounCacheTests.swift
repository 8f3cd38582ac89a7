import Testing
@testable import CrossCheckKit

/// The room's cache of counted-noun lemmas gives what `CountedNoun.lemma` makes, and the number pass with
/// it recognizes what it does without.
@Suite struct CountedNounCacheTests {
    @Test func aCachedLemmaIsTheLemma() {
        let t = Segmenter().segment(Array("Soldiers soldiers Stories bodies boxes people Kräne injured".utf8))
        let cache = CountedNounCache()
        for _ in 0..<2 {
            for j in t.tokens.indices where t.kind(j) == .word {
                let l = cache.lemma(t, j)
                #expect(l.lemma == CountedNoun.lemma(t, j))
                // (A word that is not ASCII is not kept: made anew each time.)
                let ascii = t.normalized(j).utf8.allSatisfy { $0 < 0x80 }
                #expect((l.entry >= 0) == ascii)
                if l.entry >= 0 {
                    #expect(cache.ofOnlyAttributes(l.entry) == NumberRecognizer.attributes(of: l.lemma, qualifier: nil, vague: false))
                }
            }
        }
        // "Soldiers" and "soldiers" are one normalized word: one entry.
        #expect(cache.lemma(t, 0).entry == cache.lemma(t, 1).entry)
    }

    /// Two words whose token hashes collide (FNV-1a 64: a pair a reviewer searched out) keep their own
    /// lemmas, whichever comes first.
    @Test func wordsWhoseHashesCollideKeepTheirOwnLemmas() {
        let t = Segmenter().segment(Array("mljkolkbbonajelas jkichlneilgnpjphs".utf8))
        #expect(t.h(0) == t.h(1))
        let cache = CountedNounCache()
        #expect(cache.lemma(t, 0).lemma == CountedNoun.lemma(t, 0))
        #expect(cache.lemma(t, 1).lemma == CountedNoun.lemma(t, 1))
        #expect(cache.lemma(t, 1).lemma != cache.lemma(t, 0).lemma)
    }

    @Test func theNumberPassIsTheSameWithTheCache() {
        let text = "More than 380 victims were found; 12 soldiers and about 900 homes, 20 to 30 soldiers, hundreds of people. 5 soldiers died."
        let t = Segmenter().segment(Array(text.utf8))
        let r = NumberRecognizer()
        let cache = CountedNounCache()
        let plain = r.recognize(t, units: .standard)
        for _ in 0..<2 {
            var cached: [Recognition] = []
            r.recognize(t, units: .standard, starts: nil, scope: nil, nouns: cache, into: &cached)
            #expect(cached == plain)
        }
    }
}
