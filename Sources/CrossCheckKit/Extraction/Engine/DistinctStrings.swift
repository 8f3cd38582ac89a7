import Foundation

/// Numbers distinct strings by their UTF-8 bytes, in order of first appearance, without Swift's seeded
/// `Hasher`: FNV-1a of the bytes, then a byte comparison on every hit (strings whose hashes collide
/// are chained), so two strings share a slot exactly when their bytes are equal.
struct DistinctStrings {
    private var slotOf: HashMap64
    /// Per slot: its string, and the next slot with the same hash (-1: none).
    private var strings: [String] = []
    private var sameHashNext: [Int32] = []

    init(capacity: Int) { slotOf = HashMap64(capacity: capacity) }

    /// How many distinct strings have been seen.
    var count: Int { strings.count }

    /// The slot of `s` (0, 1, 2, ... in order of first appearance), and whether `s` was new.
    mutating func slot(_ s: String) -> (slot: Int, isNew: Bool) {
        let h = StableHash.fnv1a(s)
        let head = slotOf.get(h).map(Int.init) ?? -1
        var k = head
        while k >= 0 {
            if DistinctStrings.sameBytes(strings[k], s) { return (k, false) }
            k = Int(sameHashNext[k])
        }
        strings.append(s)
        sameHashNext.append(Int32(head))
        slotOf.set(h, Int32(strings.count - 1))
        return (strings.count - 1, true)
    }

    /// Whether two strings have the same UTF-8 bytes: one memory comparison for native strings.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
            }
        }
        if let fast, let same = fast { return same }
        return a.utf8.elementsEqual(b.utf8)
    }
}
