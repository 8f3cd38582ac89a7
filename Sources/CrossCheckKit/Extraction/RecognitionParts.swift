/// The named parts of a recognition ("name", "honorific", "speaker", "unit"), as token ranges.
///
/// Reads like a `[String: Range<Int>]` (`parts["speaker"]`, dictionary literals, iteration as
/// `(key, value)` pairs, in name order). Recognizers make one for every candidate they report, so the
/// common case allocates nothing: up to three parts whose names are the recognizers' own (`Name`) and
/// whose bounds fit in 32 bits are stored inline, as a name code and two bounds each. Any other set of
/// parts is kept as one array of pairs sorted by name. Each set of parts has exactly one of the two
/// forms, so equal parts have equal storage.
public struct RecognitionParts: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    public struct Pair: Sendable, Hashable {
        public var key: String
        public var value: Range<Int>
    }

    /// The part names the built-in recognizers use, in ascending order as Strings compare.
    enum Name: UInt8, Sendable {
        case honorific = 1, name, noun, number, org, speaker, text, title, unit

        var string: String {
            switch self {
            case .honorific: return "honorific"
            case .name: return "name"
            case .noun: return "noun"
            case .number: return "number"
            case .org: return "org"
            case .speaker: return "speaker"
            case .text: return "text"
            case .title: return "title"
            case .unit: return "unit"
            }
        }

        init?(_ s: String) {
            switch s {
            case "honorific": self = .honorific
            case "name": self = .name
            case "noun": self = .noun
            case "number": self = .number
            case "org": self = .org
            case "speaker": self = .speaker
            case "text": self = .text
            case "title": self = .title
            case "unit": self = .unit
            default: return nil
            }
        }
    }

    /// One inline part: name code (0 when unused) and bounds.
    private struct Slot: Sendable, Hashable {
        var name: UInt8 = 0
        var lower: Int32 = 0
        var upper: Int32 = 0

        init() {}

        init?(_ name: Name, _ range: Range<Int>) {
            guard let lo = Int32(exactly: range.lowerBound), let hi = Int32(exactly: range.upperBound) else { return nil }
            self.name = name.rawValue
            lower = lo
            upper = hi
        }

        var pair: Pair { Pair(key: Name(rawValue: name)!.string, value: Int(lower)..<Int(upper)) }
    }

    /// Inline parts: the first `inlineCount` slots, names ascending.
    private var inlineCount: UInt8 = 0
    private var s0 = Slot(), s1 = Slot(), s2 = Slot()
    /// All the parts, names ascending and distinct, when they are not inline (nil when they are).
    private var others: [Pair]?

    public init() {}

    /// The pairs of a dictionary literal; a later range for a repeated name replaces the earlier one.
    public init(dictionaryLiteral elements: (String, Range<Int>)...) {
        var pairs: [Pair] = []
        for (k, v) in elements { RecognitionParts.assign(v, to: k, in: &pairs) }
        self.init(sorted: pairs)
    }

    /// Pairs already ascending by name and distinct (as recognizers build them, in name order).
    init(sorted pairs: [Pair]) {
        assert(zip(pairs, pairs.dropFirst()).allSatisfy { $0.key < $1.key })
        if pairs.count <= 3 {
            var slots = (Slot(), Slot(), Slot())
            var n = 0
            for p in pairs {
                guard let name = Name(p.key), let slot = Slot(name, p.value) else { break }
                switch n {
                case 0: slots.0 = slot
                case 1: slots.1 = slot
                default: slots.2 = slot
                }
                n += 1
            }
            if n == pairs.count {
                inlineCount = UInt8(n)
                (s0, s1, s2) = slots
                return
            }
        }
        others = pairs
    }

    private init(inline count: Int, _ a: Slot?, _ b: Slot?, _ c: Slot?) {
        inlineCount = UInt8(count)
        if let a { s0 = a }
        if let b { s1 = b }
        if let c { s2 = c }
    }

    /// One part (no allocation).
    init(_ a: Name, _ ra: Range<Int>) {
        if let x = Slot(a, ra) { self.init(inline: 1, x, nil, nil) } else { self.init(sorted: [Pair(key: a.string, value: ra)]) }
    }

    /// Two parts, names ascending (no allocation).
    init(_ a: Name, _ ra: Range<Int>, _ b: Name, _ rb: Range<Int>) {
        assert(a.rawValue < b.rawValue)
        if let x = Slot(a, ra), let y = Slot(b, rb) { self.init(inline: 2, x, y, nil) } else {
            self.init(sorted: [Pair(key: a.string, value: ra), Pair(key: b.string, value: rb)])
        }
    }

    /// Three parts, names ascending (no allocation).
    init(_ a: Name, _ ra: Range<Int>, _ b: Name, _ rb: Range<Int>, _ c: Name, _ rc: Range<Int>) {
        assert(a.rawValue < b.rawValue && b.rawValue < c.rawValue)
        if let x = Slot(a, ra), let y = Slot(b, rb), let z = Slot(c, rc) { self.init(inline: 3, x, y, z) } else {
            self.init(sorted: [Pair(key: a.string, value: ra), Pair(key: b.string, value: rb), Pair(key: c.string, value: rc)])
        }
    }

    private func slot(_ i: Int) -> Slot {
        switch i {
        case 0: return s0
        case 1: return s1
        default: return s2
        }
    }

    /// The pairs, names ascending.
    private var pairs: [Pair] {
        if let others { return others }
        return (0..<Int(inlineCount)).map { slot($0).pair }
    }

    public var count: Int { others?.count ?? Int(inlineCount) }
    public var isEmpty: Bool { count == 0 }

    /// The names, ascending.
    public var keys: [String] { pairs.map(\.key) }

    /// The range named `key`; setting nil removes it.
    public subscript(key: String) -> Range<Int>? {
        get {
            if let others {
                let (i, found) = RecognitionParts.slot(key, in: others)
                return found ? others[i].value : nil
            }
            guard let name = Name(key) else { return nil }
            for i in 0..<Int(inlineCount) where slot(i).name == name.rawValue {
                let s = slot(i)
                return Int(s.lower)..<Int(s.upper)
            }
            return nil
        }
        set {
            var all = pairs
            RecognitionParts.assign(newValue, to: key, in: &all)
            self = RecognitionParts(sorted: all)
        }
    }

    /// Sets (or, with nil, removes) the range named `key` in `pairs` (ascending by name).
    private static func assign(_ value: Range<Int>?, to key: String, in pairs: inout [Pair]) {
        let (i, found) = slot(key, in: pairs)
        if let v = value {
            if found { pairs[i].value = v } else { pairs.insert(Pair(key: key, value: v), at: i) }
        } else if found {
            pairs.remove(at: i)
        }
    }

    private static func slot(_ key: String, in pairs: [Pair]) -> (Int, Bool) {
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

    public var underestimatedCount: Int { count }

    public static func == (a: RecognitionParts, b: RecognitionParts) -> Bool {
        guard a.others == nil, b.others == nil else { return a.others == b.others }
        guard a.inlineCount == b.inlineCount else { return false }
        for i in 0..<Int(a.inlineCount) where a.slot(i) != b.slot(i) { return false }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for (k, v) in self {
            hasher.combine(k)
            hasher.combine(v)
        }
    }
}
