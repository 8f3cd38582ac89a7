import Testing
import CrossCheckKit

@Suite struct ShardTests {
    @Test func parsesKOverN() {
        #expect(Shard("1/4") == Shard(index: 1, count: 4))
        #expect(Shard("0/1") == .all)
        for bad in ["4/4", "-1/3", "1/0", "1", "a/b", "1/2/3", ""] {
            #expect(Shard(bad) == nil, "\(bad)")
        }
    }

    @Test func stableHashIsFNV1a() {
        // Published FNV-1a 64 test vectors: the same on every machine and every run.
        #expect(Shard.stableHash("") == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.stableHash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Shard.stableHash("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test func canonicallyEqualIdsAreInTheSameShard() {
        // Records whose ids compare equal as Strings are one cluster: "café" precomposed, or with a
        // combining acute, must not be split between two shards.
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        #expect(Shard.stableHash(composed) == Shard.stableHash(decomposed))
        for n in 2...7 {
            for k in 0..<n {
                let shard = Shard(index: k, count: n)!
                #expect(shard.contains(cluster: composed) == shard.contains(cluster: decomposed))
            }
        }
    }

    @Test func everyClusterIsInExactlyOneShard() {
        let ids = (0..<200).map { "cluster-\($0)" }
        for n in 1...5 {
            var seen = 0
            for k in 0..<n {
                let shard = Shard(index: k, count: n)!
                let mine = ids.filter { shard.contains(cluster: $0) }
                seen += mine.count
                if n > 1 { #expect(mine.count > 0 && mine.count < ids.count) }
            }
            #expect(seen == ids.count)
        }
    }
}
