/// The named parts of a recognition ("name", "honorific", "speaker", "unit"), as token ranges.
///
/// Reads like a `[String: Range<Int>]` (`parts["speaker"]`, dictionary literals, iteration as
/// `(key, value)` pairs, in name order). Recognizers make one for every candidate they report, so the
/// common case allocates nothing: up to three parts whose names are the recognizers' own (`Name`) and
/// whose ranges start below 2^32 and span fewer than 2^24 tokens are stored inline, in 64 bits each
/// (which keeps a `Recognition` small enough to be copied without a `memcpy` call). Any other set of
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

    /// One inline part in 64 bits: name code (bits 56...63; 0 when unused), length (bits 32...55) and
    /// lower bound (bits 0...31).
    private struct Slot: Sendable, Hashable {
        var bits: UInt64 = 0

        init() {}

        init?(_ name: Name, _ range: Range<Int>) {
            guard range.lowerBound >= 0, range.lowerBound <= Int(UInt32.max), range.count < 1 << 24 else { return nil }
            bits = UInt64(name.rawValue) << 56 | UInt64(range.count) << 32 | UInt64(range.lowerBound)
        }

        var name: UInt8 { UInt8(truncatingIfNeeded: bits >> 56) }
        var range: Range<Int> {
            let lower = Int(bits & 0xFFFF_FFFF)
            return lower..<(lower + Int((bits >> 32) & 0xFF_FFFF))
        }
        var pair: Pair { Pair(key: Name(rawValue: name)!.string, value: range) }
    }

    /// Inline parts: the slots in use (name code not 0) come first, names ascending.
    private var s0 = Slot(), s1 = Slot(), s2 = Slot()
    private var inlineCount: Int { s0.bits == 0 ? 0 : s1.bits == 0 ? 1 : s2.bits == 0 ? 2 : 3 }
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
                (s0, s1, s2) = slots
                return
            }
        }
        others = pairs
    }

    private init(inline a: Slot?, _ b: Slot?, _ c: Slot?) {
        if let a { s0 = a }
        if let b { s1 = b }
        if let c { s2 = c }
    }

    /// One part (no allocation).
    init(_ a: Name, _ ra: Range<Int>) {
        if let x = Slot(a, ra) { self.init(inline: x, nil, nil) } else { self.init(sorted: [Pair(key: a.string, value: ra)]) }
    }

    /// Two parts, names ascending (no allocation).
    init(_ a: Name, _ ra: Range<Int>, _ b: Name, _ rb: Range<Int>) {
        assert(a.rawValue < b.rawValue)
        if let x = Slot(a, ra), let y = Slot(b, rb) { self.init(inline: x, y, nil) } else {
            self.init(sorted: [Pair(key: a.string, value: ra), Pair(key: b.string, value: rb)])
        }
    }

    /// Three parts, names ascending (no allocation).
    init(_ a: Name, _ ra: Range<Int>, _ b: Name, _ rb: Range<Int>, _ c: Name, _ rc: Range<Int>) {
        assert(a.rawValue < b.rawValue && b.rawValue < c.rawValue)
        if let x = Slot(a, ra), let y = Slot(b, rb), let z = Slot(c, rc) { self.init(inline: x, y, z) } else {
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
        return (0..<inlineCount).map { slot($0).pair }
    }

    public var count: Int { others?.count ?? inlineCount }
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
            for i in 0..<inlineCount where slot(i).name == name.rawValue { return slot(i).range }
            return nil
        }
        set {
            var all = pairs
            RecognitionParts.assign(newValue, to: key, in: &all)
            self = RecognitionParts(sorted: all)
        }
    }

    /// The range of the part named `name` (as `self[name.string]`, without reading the name as a String).
    subscript(_ name: Name) -> Range<Int>? {
        if others != nil { return self[name.string] }
        for i in 0..<inlineCount where slot(i).name == name.rawValue { return slot(i).range }
        return nil
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
        return a.s0 == b.s0 && a.s1 == b.s1 && a.s2 == b.s2
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for (k, v) in self {
            hasher.combine(k)
            hasher.combine(v)
        }
    }
}
