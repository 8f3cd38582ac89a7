/// An open-addressing set of 64-bit keys that are already well-mixed hashes (token hashes). It stands
/// in for `Set<UInt64>` on the hot paths: a lookup is one multiply and usually one probe, with no
/// seeded `Hasher` (which costs about 20 times as much per lookup and differs from run to run).
public struct HashSet64: Sendable, Hashable, ExpressibleByArrayLiteral, Sequence {
    /// Slots; 0 marks an empty slot (the key 0 itself is kept in `hasZero`).
    private var keys: [UInt64]
    private var hasZero = false
    private var mask: Int
    public private(set) var count = 0

    public init() {
        keys = Array(repeating: 0, count: 8)
        mask = 7
    }

    /// An empty set with room for `capacity` keys without regrowing.
    public init(capacity: Int) {
        var size = 8
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        mask = size - 1
    }

    public init<S: Sequence>(_ elements: S) where S.Element == UInt64 {
        self.init()
        for e in elements { insert(e) }
    }

    public init(arrayLiteral elements: UInt64...) { self.init(elements) }

    public var isEmpty: Bool { count == 0 }

    /// The home slot of `key` in a table of `mask + 1` slots (also the people scan's lower-case word table).
    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        // The high half of the 64-bit product (`>>` binds tighter than `&*`: the parentheses matter).
        Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    public func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        return keys.withUnsafeBufferPointer { k in
            var i = HashSet64.slot(key, mask)
            while true {
                let x = k[i]
                if x == key { return true }
                if x == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    @discardableResult
    public mutating func insert(_ key: UInt64) -> (inserted: Bool, memberAfterInsert: UInt64) {
        if key == 0 {
            if hasZero { return (false, key) }
            hasZero = true
            count += 1
            return (true, key)
        }
        if (count + 1) * 2 > keys.count { grow() }
        let mask = self.mask
        let inserted: Bool = keys.withUnsafeMutableBufferPointer { k in
            var i = HashSet64.slot(key, mask)
            while true {
                let x = k[i]
                if x == key { return false }
                if x == 0 { k[i] = key; return true }
                i = (i + 1) & mask
            }
        }
        if inserted { count += 1 }
        return (inserted, key)
    }

    public mutating func formUnion<S: Sequence>(_ other: S) where S.Element == UInt64 {
        for e in other { insert(e) }
    }

    public func union<S: Sequence>(_ other: S) -> HashSet64 where S.Element == UInt64 {
        var out = self
        out.formUnion(other)
        return out
    }

    private mutating func grow() {
        let old = keys
        keys = Array(repeating: 0, count: old.count * 2)
        mask = keys.count - 1
        count = hasZero ? 1 : 0
        for k in old where k != 0 { insert(k) }
    }

    /// The members in slot order: the same in every run for the same insertions, but it depends on the
    /// order of insertion, so sort before using it for output.
    public func makeIterator() -> AnyIterator<UInt64> {
        var i = -1
        let keys = self.keys, hasZero = self.hasZero
        return AnyIterator {
            if i < 0 {
                i = 0
                if hasZero { return 0 }
            }
            while i < keys.count {
                defer { i += 1 }
                if keys[i] != 0 { return keys[i] }
            }
            return nil
        }
    }

    public static func == (a: HashSet64, b: HashSet64) -> Bool {
        a.count == b.count && a.allSatisfy { b.contains($0) }
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: the sum of the members.
        hasher.combine(count)
        hasher.combine(reduce(UInt64(0)) { $0 &+ $1 })
    }
}
