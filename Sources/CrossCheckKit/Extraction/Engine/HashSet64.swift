/// An open-addressing set of 64-bit keys that are already well-mixed hashes (token hashes). It stands
/// in for `Set<UInt64>` on the hot paths: a lookup is one multiply and usually one probe, with no
/// seeded `Hasher` (which costs about 20 times as much per lookup and differs from run to run).
public struct HashSet64: Sendable, Hashable, ExpressibleByArrayLiteral, Sequence {
    private var keys: [UInt64]
    private var used: [Bool]
    private var mask: Int
    public private(set) var count = 0

    public init() {
        keys = Array(repeating: 0, count: 8)
        used = Array(repeating: false, count: 8)
        mask = 7
    }

    public init<S: Sequence>(_ elements: S) where S.Element == UInt64 {
        self.init()
        for e in elements { insert(e) }
    }

    public init(arrayLiteral elements: UInt64...) { self.init(elements) }

    public var isEmpty: Bool { count == 0 }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
    }

    @inline(__always)
    public func contains(_ key: UInt64) -> Bool {
        var i = HashSet64.slot(key, mask)
        return keys.withUnsafeBufferPointer { k in
            used.withUnsafeBufferPointer { u in
                while u[i] {
                    if k[i] == key { return true }
                    i = (i + 1) & mask
                }
                return false
            }
        }
    }

    @discardableResult
    public mutating func insert(_ key: UInt64) -> (inserted: Bool, memberAfterInsert: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = HashSet64.slot(key, mask)
        while used[i] {
            if keys[i] == key { return (false, key) }
            i = (i + 1) & mask
        }
        keys[i] = key
        used[i] = true
        count += 1
        return (true, key)
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
        let old = Array(self)
        keys = Array(repeating: 0, count: keys.count * 2)
        used = Array(repeating: false, count: keys.count)
        mask = keys.count - 1
        count = 0
        for k in old { insert(k) }
    }

    /// The members in slot order (which depends only on the members, not on the process).
    public func makeIterator() -> AnyIterator<UInt64> {
        var i = 0
        let keys = self.keys, used = self.used
        return AnyIterator {
            while i < keys.count {
                defer { i += 1 }
                if used[i] { return keys[i] }
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
