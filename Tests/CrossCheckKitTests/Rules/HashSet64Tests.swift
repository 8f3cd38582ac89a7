import Testing
@testable import CrossCheckKit

@Suite("HashSet64")
struct HashSet64Tests {
    @Test func membershipSurvivesGrowth() {
        var set = HashSet64()
        // Keys that collide in the low bits, including 0, to exercise probing and growth.
        let keys: [UInt64] = (0..<500).map { UInt64($0) << 40 }  // 0 is among them
        for k in keys { #expect(set.insert(k).inserted) }
        #expect(set.count == 500)
        #expect(!set.insert(keys[7]).inserted)
        for k in keys { #expect(set.contains(k)) }
        #expect(!set.contains(1))
        #expect(!set.contains(UInt64(501) << 40))
        #expect(Set(set) == Set(keys))
    }

    @Test func equalityIgnoresInsertionOrder() {
        let a: HashSet64 = [3, 1, 2]
        let b = HashSet64([2, 3, 1])
        #expect(a == b)
        #expect(a != [1, 2])
        #expect(a.union([9]).contains(9))
        #expect(HashSet64().isEmpty)
    }

    @Test func wordListsMatchTokenHashes() {
        let words = Lit.set(["over", "Under", "’s"])
        #expect(words.contains(Token.hash(literal: "under")))
        #expect(words.contains(Token.hash(literal: "'s")))
        #expect(!words.contains(Token.hash(literal: "around")))
    }
}
