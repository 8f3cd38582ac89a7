import Testing
@testable import CrossCheckKit

/// `DirectRows` answers as the map it lays out: every key's row, and none for other hashes, whether
/// its slot holds one key or is shared.
@Suite struct DirectRowsTests {
    @Test func rowsAreTheMapsAndSharedSlotsAskTheMap() {
        var x: UInt64 = 5
        func next() -> UInt64 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return x
        }
        // 3,000 keys in 4,096 slots: many slots are shared. Then hashes that are no key, and 0.
        var map = HashMap64()
        var keys: [UInt64] = []
        for k in 0..<3000 {
            let h = next()
            keys.append(h)
            map.set(h, Int32(k % 700))
        }
        let direct = DirectRows(map)
        var shared = Set<Int>(), seen = Set<Int>()
        for h in keys where !seen.insert(HashFilter64.bit(h)).inserted { shared.insert(HashFilter64.bit(h)) }
        #expect(shared.count > 100)
        let others = (0..<5000).map { _ in next() } + [0]
        direct.withSlots { slotKeys, slotRows in
            for h in keys + others {
                #expect(direct.row(h, slotKeys, slotRows) == (map.get(h).map(Int.init) ?? -1))
            }
        }
        // An empty map has no rows, not even for the hash 0 an empty slot's key reads as.
        let none = DirectRows(HashMap64())
        none.withSlots { k, r in #expect(none.row(0, k, r) == -1 && none.row(keys[0], k, r) == -1) }
    }
}
