/// An open-addressing map from 64-bit keys (already well-mixed hashes, such as token hashes) to
/// small integers. Lookups do not go through Swift's seeded `Hasher`, so they are cheap and the
/// same in every run.
struct HashMap64: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 8) {
        var size = 8
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The home slot of `key` in a table of `mask + 1` slots (also the people scan's lookup table).
    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        // The high half of the 64-bit product (`>>` binds tighter than `&*`: the parentheses matter).
        Int(truncatingIfNeeded: ((key ^ (key >> 31)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value of `key`, if present (the probe of the raw `get`, on the arrays' storage: the tables
    /// are never empty).
    @inline(__always)
    func get(_ key: UInt64) -> Int32? {
        keys.withUnsafeBufferPointer { k in
            values.withUnsafeBufferPointer { v in HashMap64.get(key, k.baseAddress!, v.baseAddress!, mask) }
        }
    }

    /// `get` on the tables in raw memory (`withTables`): the same probe, with plain loads.
    @inline(__always)
    static func get(_ key: UInt64, _ keys: UnsafePointer<UInt64>, _ values: UnsafePointer<Int32>, _ mask: Int) -> Int32? {
        var i = HashMap64.slot(key, mask)
        while values[i] >= 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Calls `body` with the keys, the values and the slot mask (for a copy in raw memory).
    func withTables<R>(_ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Int32>, Int) -> R) -> R {
        keys.withUnsafeBufferPointer { k in values.withUnsafeBufferPointer { v in body(k, v, mask) } }
    }

    /// Calls `body` with each key and its value (in slot order).
    func forEach(_ body: (UInt64, Int32) -> Void) {
        for i in keys.indices where values[i] >= 0 { body(keys[i], values[i]) }
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        precondition(value >= 0)
        if (count + 1) * 2 > keys.count { grow() }
        var i = HashMap64.slot(key, mask)
        while values[i] >= 0 {
            if keys[i] == key { values[i] = value; return }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for i in oldKeys.indices where oldValues[i] >= 0 { set(oldKeys[i], oldValues[i]) }
    }
}
