/// A small set of string attributes (key → value), as recognitions and claims carry them
/// (`surface`, `titleSurface`, `words`, ...).
///
/// Reads like a `[String: String]` (`attributes["surface"]`, dictionary literals, iteration as
/// `(key, value)` pairs) but is stored as one array of keys and values kept sorted by key: one
/// allocation, no hashing to build or read, and iteration in key order (deterministic).
public struct Attributes: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    /// Keys and values interleaved (`[k0, v0, k1, v1, ...]`), keys ascending and distinct.
    private var storage: [String]

    public init() { storage = [] }

    /// Empty, with room for `count` pairs.
    public init(minimumCapacity count: Int) {
        storage = []
        storage.reserveCapacity(2 * count)
    }

    /// The pairs of a dictionary literal; a later value for a repeated key replaces the earlier one.
    public init(dictionaryLiteral elements: (String, String)...) {
        storage = []
        storage.reserveCapacity(2 * elements.count)
        for (k, v) in elements { self[k] = v }
    }

    /// Keys and values interleaved (`[k0, v0, k1, v1, ...]`), keys already ascending and distinct: the
    /// array becomes the storage as it is (one allocation for a recognizer's literal).
    init(sortedKeysAndValues storage: [String]) {
        assert(storage.count % 2 == 0 && stride(from: 2, to: storage.count, by: 2).allSatisfy { storage[$0 - 2] < storage[$0] })
        self.storage = storage
    }

    /// The pairs of a dictionary.
    public init(_ dictionary: [String: String]) {
        storage = []
        storage.reserveCapacity(2 * dictionary.count)
        for (k, v) in dictionary { self[k] = v }
    }

    public var count: Int { storage.count / 2 }
    public var isEmpty: Bool { storage.isEmpty }

    /// The keys, ascending.
    public var keys: [String] { stride(from: 0, to: storage.count, by: 2).map { storage[$0] } }

    /// The value for `key`; setting nil removes the key.
    public subscript(key: String) -> String? {
        get {
            let (i, found) = slot(key)
            return found ? storage[2 * i + 1] : nil
        }
        set {
            let (i, found) = slot(key)
            if let v = newValue {
                if found { storage[2 * i + 1] = v } else { storage.insert(contentsOf: [key, v], at: 2 * i) }
            } else if found {
                storage.removeSubrange((2 * i)..<(2 * i + 2))
            }
        }
    }

    /// The pairs as a dictionary.
    public var dictionary: [String: String] {
        var d: [String: String] = [:]
        d.reserveCapacity(count)
        for (k, v) in self { d[k] = v }
        return d
    }

    /// Index of the pair for `key`, or of where it would be inserted.
    private func slot(_ key: String) -> (Int, Bool) {
        var lo = 0, hi = storage.count / 2
        while lo < hi {
            let mid = (lo + hi) / 2
            let k = storage[2 * mid]
            if k == key { return (mid, true) }
            if k < key { lo = mid + 1 } else { hi = mid }
        }
        return (lo, false)
    }

    public struct Iterator: IteratorProtocol, Sendable {
        fileprivate let storage: [String]
        fileprivate var i = 0

        public mutating func next() -> (key: String, value: String)? {
            guard i + 1 < storage.count else { return nil }
            defer { i += 2 }
            return (storage[i], storage[i + 1])
        }
    }

    /// The pairs in ascending key order.
    public func makeIterator() -> Iterator { Iterator(storage: storage) }

    public var underestimatedCount: Int { count }
}

extension Attributes: CustomStringConvertible {
    public var description: String {
        isEmpty ? "[:]" : "[" + map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ") + "]"
    }
}
