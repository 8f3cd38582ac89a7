/// A 4096-slot table over token hashes, built from a word set: a slot no word falls in rejects a hash
/// with one shift and one load; a slot one word falls in holds that word, so one compare decides; only
/// a slot shared by several words sends the caller to its exact set. A scan over every token so decides
/// nearly every word without a hash probe. Token hashes are FNV-1a, whose top bits are the best mixed:
/// they pick the slot.
struct WordFilter: Sendable {
    /// Per slot: 0 when no word falls in it, 1 when one word does (held in `keys`), 2 when several do.
    private(set) var table: [UInt8]
    /// Per slot: the one word that falls in it (when `table` says 1).
    private(set) var keys: [UInt64]

    init<S: Sequence>(_ words: S) where S.Element == UInt64 {
        var t = [UInt8](repeating: 0, count: 4096)
        var k = [UInt64](repeating: 0, count: 4096)
        for w in words {
            let s = WordFilter.slot(w)
            switch t[s] {
            case 0: t[s] = 1; k[s] = w
            case 1 where k[s] != w: t[s] = 2
            default: break
            }
        }
        table = t
        keys = k
    }

    @inline(__always)
    static func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 52) }

    /// False when `h` is certainly not one of the words; true when it is, or may be (a shared slot).
    @inline(__always)
    func mayContain(_ h: UInt64) -> Bool {
        let s = WordFilter.slot(h)
        switch table[s] {
        case 0: return false
        case 1: return keys[s] == h
        default: return true
        }
    }
}
