/// A read-only map from token hashes to values, built once from a word list: `HashMap64` finds the
/// slot (one multiply, usually one probe, no seeded `Hasher`), the values sit in a plain array.
/// Subscripting reads like a `Dictionary`, so lookups stay `table[t.h(i)]`.
struct WordTable<Value: Sendable>: Sendable {
    private var index: HashMap64
    private var values: [Value]
    /// The keys, in insertion order.
    private(set) var keys: [UInt64]

    /// The first value of a repeated key wins (as `Dictionary(_:uniquingKeysWith: { a, _ in a })`).
    init(_ pairs: [(UInt64, Value)]) {
        index = HashMap64(capacity: pairs.count)
        values = []
        keys = []
        for (k, v) in pairs where index.get(k) == nil {
            index.set(k, Int32(values.count))
            values.append(v)
            keys.append(k)
        }
    }

    /// Literal words (hashed with `Lit.h`) and their values.
    init(words: [(String, Value)]) { self.init(words.map { (Lit.h($0.0), $0.1) }) }

    @inline(__always)
    subscript(_ key: UInt64) -> Value? {
        guard let k = index.get(key) else { return nil }
        return values[Int(k)]
    }

    func contains(_ key: UInt64) -> Bool { index.get(key) != nil }
}
