/// The named parts of a recognition ("name", "honorific", "speaker", "unit"), as token ranges.
///
/// Reads like a `[String: Range<Int>]` (`parts["speaker"]`, dictionary literals, iteration as
/// `(key, value)` pairs) but is one array of pairs kept sorted by name: one small allocation and no
/// hashing per recognition (recognizers make one for every candidate they report).
public struct RecognitionParts: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    public struct Pair: Sendable, Hashable {
        public var key: String
        public var value: Range<Int>
    }

    /// Names ascending and distinct.
    private var pairs: [Pair]

    public init() { pairs = [] }

    /// The pairs of a dictionary literal; a later range for a repeated name replaces the earlier one.
    public init(dictionaryLiteral elements: (String, Range<Int>)...) {
        pairs = []
        pairs.reserveCapacity(elements.count)
        for (k, v) in elements { self[k] = v }
    }

    /// Pairs already ascending by name and distinct (as recognizers build them, in name order): kept
    /// as they are, without the search and insertion each subscript assignment does.
    init(sorted pairs: [Pair]) {
        assert(zip(pairs, pairs.dropFirst()).allSatisfy { $0.key < $1.key })
        self.pairs = pairs
    }

    public var count: Int { pairs.count }
    public var isEmpty: Bool { pairs.isEmpty }

    /// The names, ascending.
    public var keys: [String] { pairs.map(\.key) }

    /// The range named `key`; setting nil removes it.
    public subscript(key: String) -> Range<Int>? {
        get {
            let (i, found) = slot(key)
            return found ? pairs[i].value : nil
        }
        set {
            let (i, found) = slot(key)
            if let v = newValue {
                if found { pairs[i].value = v } else { pairs.insert(Pair(key: key, value: v), at: i) }
            } else if found {
                pairs.remove(at: i)
            }
        }
    }

    private func slot(_ key: String) -> (Int, Bool) {
        var lo = 0, hi = pairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let k = pairs[mid].key
            if k == key { return (mid, true) }
            if k < key { lo = mid + 1 } else { hi = mid }
        }
        return (lo, false)
    }

    /// The pairs in ascending name order.
    public func makeIterator() -> AnyIterator<(key: String, value: Range<Int>)> {
        var it = pairs.makeIterator()
        return AnyIterator { it.next().map { ($0.key, $0.value) } }
    }

    public var underestimatedCount: Int { pairs.count }
}
