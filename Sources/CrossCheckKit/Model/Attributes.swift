/// A small set of string attributes (key → value), as recognitions and claims carry them
/// (`surface`, `titleSurface`, `words`, ...).
///
/// Reads like a `[String: String]` (`attributes["surface"]`, dictionary literals, iteration as
/// `(key, value)` pairs), iterates in key order (deterministic), and is stored as one byte array:
/// each key and value as its UTF-8 length (LEB128) and bytes, pairs ascending by key. A claim keeps
/// the attributes of the recognition it came from, so a cluster holds one of these per claim; as an
/// array of Strings (a 16-byte slot each, plus a heap string for each longer value) they were about
/// a fifth of a large check's peak memory. Written keys and values are read back as Strings, so a
/// read allocates for values over 15 bytes; reads are rare (comparison reads one attribute of officials).
public struct Attributes: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    /// The pairs, encoded as above; keys ascending (as `String` compares them) and distinct.
    private var bytes: [UInt8]

    public init() { bytes = [] }

    /// Empty. (The storage is sized exactly on each change, so there is nothing to reserve.)
    public init(minimumCapacity count: Int) {
        bytes = []
    }

    /// The pairs of a dictionary literal; a later value for a repeated key replaces the earlier one.
    public init(dictionaryLiteral elements: (String, String)...) {
        bytes = []
        for (k, v) in elements { self[k] = v }
    }

    /// Keys and values interleaved (`[k0, v0, k1, v1, ...]`), keys already ascending and distinct:
    /// encoded in one pass into storage of exactly their size.
    init(sortedKeysAndValues strings: [String]) {
        assert(strings.count % 2 == 0 && stride(from: 2, to: strings.count, by: 2).allSatisfy { strings[$0 - 2] < strings[$0] })
        var size = 0
        for s in strings { size += Attributes.encodedSize(s) }
        // Written in place into storage of exactly that size (one allocation, one copy per string).
        // (Not `Array(unsafeUninitializedCapacity:)`: unspecialized, it looks up array metadata per call.)
        self.init(exactly: size) { out, i in
            for s in strings { Attributes.write(s, to: out, at: &i) }
        }
    }

    /// One pair (no array of the strings).
    init(sorted k0: String, _ v0: String) {
        self.init(exactly: Attributes.encodedSize(k0) + Attributes.encodedSize(v0)) { out, i in
            Attributes.write(k0, to: out, at: &i)
            Attributes.write(v0, to: out, at: &i)
        }
    }

    /// Two pairs, keys ascending and distinct (no array of the strings).
    init(sorted k0: String, _ v0: String, _ k1: String, _ v1: String) {
        assert(k0 < k1)
        let size = Attributes.encodedSize(k0) + Attributes.encodedSize(v0) + Attributes.encodedSize(k1) + Attributes.encodedSize(v1)
        self.init(exactly: size) { out, i in
            Attributes.write(k0, to: out, at: &i)
            Attributes.write(v0, to: out, at: &i)
            Attributes.write(k1, to: out, at: &i)
            Attributes.write(v1, to: out, at: &i)
        }
    }

    /// Three pairs, keys ascending and distinct (no array of the strings).
    init(sorted k0: String, _ v0: String, _ k1: String, _ v1: String, _ k2: String, _ v2: String) {
        assert(k0 < k1 && k1 < k2)
        let size = Attributes.encodedSize(k0) + Attributes.encodedSize(v0) + Attributes.encodedSize(k1) + Attributes.encodedSize(v1)
            + Attributes.encodedSize(k2) + Attributes.encodedSize(v2)
        self.init(exactly: size) { out, i in
            Attributes.write(k0, to: out, at: &i)
            Attributes.write(v0, to: out, at: &i)
            Attributes.write(k1, to: out, at: &i)
            Attributes.write(v1, to: out, at: &i)
            Attributes.write(k2, to: out, at: &i)
            Attributes.write(v2, to: out, at: &i)
        }
    }

    /// Storage of exactly `size` bytes, filled by `fill` from position 0 (it must write all of them).
    @inline(__always)
    private init(exactly size: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>, inout Int) -> Void) {
        var encoded = [UInt8](repeating: 0, count: size)
        encoded.withUnsafeMutableBufferPointer { out in
            var i = 0
            fill(out, &i)
            assert(i == size)
        }
        bytes = encoded
    }

    /// Writes the encoded length `n` (LEB128) at `i`; moves `i` past it.
    @inline(__always)
    static func writeLength(_ n: Int, to out: UnsafeMutableBufferPointer<UInt8>, at i: inout Int) {
        var n = n
        while n >= 0x80 {
            out[i] = UInt8(truncatingIfNeeded: n) | 0x80
            i += 1
            n >>= 7
        }
        out[i] = UInt8(n)
        i += 1
    }

    /// Writes `s` encoded (length, bytes) at `i` of storage sized for it; moves `i` past it.
    @inline(__always)
    private static func write(_ s: String, to out: UnsafeMutableBufferPointer<UInt8>, at i: inout Int) {
        writeLength(s.utf8.count, to: out, at: &i)
        // The string's own bytes, read in place (no copy of the string, so no retain and release).
        var at = i
        let copied: Void? = s.utf8.withContiguousStorageIfAvailable { u in
            if let from = u.baseAddress { (out.baseAddress! + at).initialize(from: from, count: u.count) }
            at += u.count
        }
        if copied == nil {
            for b in s.utf8 { out[at] = b; at += 1 }
        }
        i = at
    }

    /// Pairs already encoded as above (keys ascending and distinct), written by a recognizer straight
    /// into their final form: stored as they are.
    init(encoded bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Appends one key or value, encoded as above, to storage being written for `init(encoded:)`.
    static func appendEncoded(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var n = utf8.count
        while n >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: n) | 0x80)
            n >>= 7
        }
        out.append(UInt8(n))
        out.append(contentsOf: utf8)
    }

    /// The pairs of a dictionary.
    public init(_ dictionary: [String: String]) {
        bytes = []
        for (k, v) in dictionary { self[k] = v }
    }

    public var count: Int {
        var n = 0
        var i = 0
        while i < bytes.count {
            _ = next(&i)
            _ = next(&i)
            n += 1
        }
        return n
    }

    public var isEmpty: Bool { bytes.isEmpty }

    /// The keys, ascending.
    public var keys: [String] { map(\.key) }

    /// The value for `key`; setting nil removes the key.
    public subscript(key: String) -> String? {
        get {
            var key = key
            return key.withUTF8 { k in
                let ascii = Attributes.isASCII(k)
                var i = 0
                while i < bytes.count {
                    let r = next(&i)
                    let v = next(&i)
                    if same(r, k, ascii) { return string(v) }
                }
                return nil
            }
        }
        set {
            // Rebuilt into storage of exactly the new size (attributes are small and rarely changed).
            var pairs: [(start: Int, end: Int)] = []  // byte ranges of the pairs kept, in order
            var insertAt: Int?  // index in `pairs` before which the new pair goes
            var size = 0
            var i = 0
            var keyCopy = key
            keyCopy.withUTF8 { keyBytes in
                let ascii = Attributes.isASCII(keyBytes)
                while i < bytes.count {
                    let start = i
                    let k = next(&i)
                    _ = next(&i)
                    if insertAt == nil {
                        if same(k, keyBytes, ascii) { insertAt = pairs.count; continue }  // replaced (or removed)
                        if key < string(k) { insertAt = pairs.count }
                    }
                    pairs.append((start, i))
                    size += i - start
                }
            }
            if newValue == nil && insertAt == nil { return }  // nothing to remove
            if let v = newValue { size += Attributes.encodedSize(key) + Attributes.encodedSize(v) }
            var out: [UInt8] = []
            out.reserveCapacity(size)
            let at = insertAt ?? pairs.count
            for (p, range) in pairs.enumerated() {
                if p == at, let v = newValue { Attributes.append(key, to: &out); Attributes.append(v, to: &out) }
                out.append(contentsOf: bytes[range.start..<range.end])
            }
            if at == pairs.count, let v = newValue { Attributes.append(key, to: &out); Attributes.append(v, to: &out) }
            bytes = out
        }
    }

    /// Only the pairs whose key is in `keys`; nil when that is all of them (nothing to drop).
    func keeping(_ keys: [String]) -> Attributes? { keeping(Keys(keys)) }

    /// Keys to keep, read once for the `keeping` calls of every claim of a cluster: their UTF-8 bytes and
    /// whether all of them are ASCII (then a stored ASCII key that differs in its bytes differs as a
    /// String too, and no String is made).
    struct Keys: Sendable {
        let utf8: [[UInt8]]
        let ascii: Bool

        init(_ keys: [String]) {
            utf8 = keys.map { Array($0.utf8) }
            ascii = utf8.allSatisfy { $0.allSatisfy { $0 < 0x80 } }
        }
    }

    /// Only the pairs whose key is in `keys`; nil when that is all of them (nothing to drop). This runs
    /// for every claim of a cluster, so it makes no String (for ASCII keys) and no array but the result:
    /// a first pass measures what is kept, a second (only when some pairs go and some stay) copies it.
    func keeping(_ keys: Keys) -> Attributes? {
        bytes.withUnsafeBufferPointer { b -> Attributes? in
            /// The length at `i` (LEB128), moving `i` past it.
            func length(_ i: inout Int) -> Int {
                var n = 0, shift = 0
                while true {
                    let byte = b[i]
                    i += 1
                    n |= Int(byte & 0x7F) << shift
                    if byte < 0x80 { return n }
                    shift += 7
                }
            }
            /// The pair at `i`: whether its key is kept, and where the pair ends.
            func pair(at i: Int) -> (kept: Bool, end: Int) {
                var i = i
                let keyLength = length(&i)
                let key = UnsafeBufferPointer(rebasing: b[i..<(i + keyLength)])
                i += keyLength
                i += length(&i)
                if keys.utf8.contains(where: { $0.count == key.count && $0.elementsEqual(key) }) { return (true, i) }
                if keys.ascii && !key.contains(where: { $0 >= 0x80 }) { return (false, i) }
                // Non-ASCII: equal as Strings (canonical equivalence) though the bytes differ.
                let stored = String(decoding: key, as: UTF8.self)
                return (keys.utf8.contains { String(decoding: $0, as: UTF8.self) == stored }, i)
            }
            var keptBytes = 0, i = 0
            while i < b.count {
                let (kept, end) = pair(at: i)
                if kept { keptBytes += end - i }
                i = end
            }
            if keptBytes == b.count { return nil }
            if keptBytes == 0 { return Attributes() }
            var out = [UInt8]()
            out.reserveCapacity(keptBytes)
            i = 0
            while i < b.count {
                let (kept, end) = pair(at: i)
                if kept { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<end])) }
                i = end
            }
            return Attributes(encoded: out)
        }
    }

    /// The pairs as a dictionary.
    public var dictionary: [String: String] {
        var d: [String: String] = [:]
        for (k, v) in self { d[k] = v }
        return d
    }

    // MARK: Encoding

    private static func encodedSize(_ s: String) -> Int {
        let n = s.utf8.count
        var size = 1
        var rest = n >> 7
        while rest > 0 { size += 1; rest >>= 7 }
        return size + n
    }

    private static func append(_ s: String, to out: inout [UInt8]) {
        var n = s.utf8.count
        while n >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: n) | 0x80)
            n >>= 7
        }
        out.append(UInt8(n))
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// The byte range of the string encoded at `i`; moves `i` past it.
    private func next(_ i: inout Int) -> Range<Int> {
        var n = 0
        var shift = 0
        while true {
            let b = bytes[i]
            i += 1
            n |= Int(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        defer { i += n }
        return i..<(i + n)
    }

    private func string(_ r: Range<Int>) -> String {
        String(decoding: bytes[r], as: UTF8.self)
    }

    /// Whether the stored key at `r` equals the key `k` (UTF-8; `ascii` when all its bytes are) as
    /// Strings compare (canonical equivalence): the bytes are compared first, and only keys with
    /// non-ASCII bytes are compared as Strings.
    private func same(_ r: Range<Int>, _ k: UnsafeBufferPointer<UInt8>, _ ascii: Bool) -> Bool {
        if k.count == r.count && bytes[r].elementsEqual(k) { return true }
        if ascii && bytes[r].allSatisfy({ $0 < 0x80 }) { return false }
        return string(r) == String(decoding: k, as: UTF8.self)
    }

    private static func isASCII(_ k: UnsafeBufferPointer<UInt8>) -> Bool { k.allSatisfy { $0 < 0x80 } }

    // MARK: Equality, hashing, iteration (as Strings compare and hash)

    public static func == (a: Attributes, b: Attributes) -> Bool {
        a.bytes == b.bytes || a.elementsEqual(b) { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for (k, v) in self {
            hasher.combine(k)
            hasher.combine(v)
        }
    }

    public struct Iterator: IteratorProtocol, Sendable {
        fileprivate let attributes: Attributes
        fileprivate var i = 0

        public mutating func next() -> (key: String, value: String)? {
            guard i < attributes.bytes.count else { return nil }
            let k = attributes.next(&i)
            let v = attributes.next(&i)
            return (attributes.string(k), attributes.string(v))
        }
    }

    /// The pairs in ascending key order.
    public func makeIterator() -> Iterator { Iterator(attributes: self) }

    public var underestimatedCount: Int { bytes.isEmpty ? 0 : 1 }
}

extension Attributes: CustomStringConvertible {
    public var description: String {
        isEmpty ? "[:]" : "[" + map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ") + "]"
    }
}
