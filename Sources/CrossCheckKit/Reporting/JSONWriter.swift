/// Writes JSON text straight into UTF-8 bytes, in exactly the layout `JSONValue.rendered` defines
/// (2-space indentation when pretty, `": "` after keys, empty containers as `[]`/`{}`, strings escaped
/// as RFC 8259 requires plus U+007F, U+2028 and U+2029), so a large report can be streamed without
/// building a `JSONValue` tree or appending to a `String` one scalar at a time.
///
/// The caller writes object members in key order (by UTF-8 bytes): `JSONValue` sorts its keys, the
/// report renderer writes its fixed keys in that order.
///
/// The text is written into a buffer the writer owns (noncopyable, freed when the writer ends), with
/// one capacity test per piece: a large report is tens of millions of small writes, and an `Array`
/// append tests uniqueness and capacity each time.
struct JSONWriter: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    let pretty: Bool
    /// One entry per open container: whether it has a member yet.
    private var hasMember: [Bool] = []
    /// Where the text goes in pieces (`flushIfFull`, `flush`); nil keeps it all in `bytes`.
    var emit: (([UInt8]) -> Void)?
    /// `flushIfFull` hands `bytes` to `emit` once it holds this many.
    var chunkSize = Int.max

    init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        self.capacity = max(256, capacity)
        buffer = .allocate(capacity: self.capacity)
        hasMember.reserveCapacity(16)
    }

    deinit { buffer.deallocate() }

    /// The text written so far (since the last `flush`).
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer, count: count)) }

    // MARK: Buffer

    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(to: count + n) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, 2 * capacity)
        let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBuffer.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = newBuffer
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func put(_ b: UInt8) {
        reserve(1)
        buffer[count] = b
        count += 1
    }

    @inline(__always)
    private mutating func put(_ b0: UInt8, _ b1: UInt8) {
        reserve(2)
        buffer[count] = b0
        buffer[count + 1] = b1
        count += 2
    }

    @inline(__always)
    private mutating func put(_ p: UnsafeBufferPointer<UInt8>) {
        guard let base = p.baseAddress, p.count > 0 else { return }
        reserve(p.count)
        (buffer + count).update(from: base, count: p.count)
        count += p.count
    }

    // MARK: Containers

    mutating func beginObject() { put(0x7B); hasMember.append(false) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { put(0x5B); hasMember.append(false) }
    mutating func endArray() { close(0x5D) }

    /// Starts an object member: separator, line break and indentation, the key and its colon.
    mutating func key(_ name: StaticString) {
        separate()
        // Report keys are plain ASCII: nothing to escape. (`withUTF8Buffer` also serves a one-scalar literal.)
        name.withUTF8Buffer { key in
            let n = key.count
            reserve(n + 2)
            buffer[count] = 0x22
            if let base = key.baseAddress { (buffer + count + 1).update(from: base, count: n) }
            buffer[count + 1 + n] = 0x22
            count += n + 2
        }
        colon()
    }

    /// Starts an object member whose key may need escaping. (Named apart from `key(_:)`, which a string
    /// literal would otherwise not reach: Swift prefers `String` for a literal, and every fixed report key
    /// then went through escaping.)
    mutating func key(escaping name: String) {
        separate()
        string(name)
        colon()
    }

    /// Starts an array element.
    mutating func element() { separate() }

    private mutating func colon() {
        if pretty { put(0x3A, 0x20) } else { put(0x3A) }
    }

    private mutating func separate() {
        if hasMember[hasMember.count - 1] { put(0x2C) } else { hasMember[hasMember.count - 1] = true }
        if pretty { newline(indent: 2 * hasMember.count) }
    }

    private mutating func close(_ bracket: UInt8) {
        let had = hasMember.removeLast()
        if had && pretty { newline(indent: 2 * hasMember.count) }
        put(bracket)
    }

    private mutating func newline(indent: Int) {
        reserve(indent + 1)
        buffer[count] = 0x0A
        (buffer + count + 1).initialize(repeating: 0x20, count: indent)
        count += indent + 1
    }

    /// Hands the bytes so far to `emit` when they fill a chunk. Call only between complete values, so every
    /// piece is valid UTF-8 on its own.
    mutating func flushIfFull() {
        if count >= chunkSize { flush() }
    }

    /// Hands the bytes so far to `emit`, if there is one.
    mutating func flush() {
        guard let emit, count > 0 else { return }
        emit(bytes)
        count = 0
    }

    /// A line break (after a pretty document).
    mutating func newline() { put(0x0A) }

    // MARK: Scalars

    mutating func null() { ascii("null") }
    mutating func bool(_ b: Bool) { ascii(b ? "true" : "false") }

    mutating func string(_ s: String?) {
        guard let s else { null(); return }
        string(s)
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { escaped($0) }
    }

    mutating func int(_ n: Int?) {
        guard let n else { null(); return }
        int(n)
    }

    /// An integer as `JSONValue.int` writes it (through `Double`): exact below 2^53 in magnitude.
    mutating func int(_ n: Int) {
        guard n.magnitude < 9_007_199_254_740_992 else { number(Double(n)); return }
        if n == 0 { put(0x30); return }
        reserve(17)  // a sign and at most 16 digits below 2^53
        if n < 0 { buffer[count] = 0x2D; count += 1 }
        let v = n.magnitude
        var p: UInt = 1
        while p <= v / 10 { p *= 10 }
        var rest = v
        while p > 0 {
            buffer[count] = UInt8(truncatingIfNeeded: rest / p) &+ 0x30
            count += 1
            rest %= p
            p /= 10
        }
    }

    mutating func number(_ d: Double?) {
        guard let d else { null(); return }
        number(d)
    }

    mutating func number(_ d: Double) {
        if d == d.rounded(.towardZero), abs(d) < 9.007199254740992e15 {
            int(Int(d))  // -0 prints "0", as `JSONValue.format` does
        } else {
            var text = JSONValue.format(d)
            text.withUTF8 { put($0) }
        }
    }

    private mutating func ascii(_ s: StaticString) {
        s.withUTF8Buffer { put($0) }
    }

    // MARK: String escaping

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether any of the eight bytes in `x` is below 0x20, '"', '\\' or 0x7F and above (SWAR tests; a
    /// false alarm only sends the bytes through the byte-by-byte path).
    @inline(__always)
    private static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & high }
        let control = (x &- 0x2020_2020_2020_2020) & ~x & high  // a byte below 0x20 (bytes >= 0x80 caught below)
        let quote = hasZero(x ^ (0x22 &* ones))
        let backslash = hasZero(x ^ (0x5C &* ones))
        let del = hasZero(x ^ (0x7F &* ones))
        return (control | quote | backslash | del | (x & high)) != 0
    }

    /// A quoted JSON string from UTF-8 bytes: runs of bytes that need no escape are copied at once.
    private mutating func escaped(_ s: UnsafeBufferPointer<UInt8>) {
        put(0x22)
        let n = s.count
        var run = 0
        var i = 0
        while i < n {
            // Eight bytes at a time while none of them is a control byte, '"', '\\' or 0x7F and above.
            while i + 8 <= n && !JSONWriter.mayNeedEscape(UnsafeRawPointer(s.baseAddress! + i).loadUnaligned(as: UInt64.self)) { i += 8 }
            guard i < n else { break }
            let b = s[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F && b != 0xE2 { i += 1; continue }
            var width = 1
            var escape: UInt32
            if b == 0xE2 {
                // U+2028 and U+2029 (E2 80 A8/A9) are escaped; any other scalar starting with E2 is copied.
                guard i + 2 < n, s[i + 1] == 0x80, s[i + 2] == 0xA8 || s[i + 2] == 0xA9 else { i += 1; continue }
                width = 3
                escape = s[i + 2] == 0xA8 ? 0x2028 : 0x2029
            } else {
                escape = UInt32(b)
            }
            if run < i { put(UnsafeBufferPointer(rebasing: s[run..<i])) }
            switch escape {
            case 0x22: put(0x5C, 0x22)
            case 0x5C: put(0x5C, 0x5C)
            case 0x0A: put(0x5C, UInt8(ascii: "n"))
            case 0x0D: put(0x5C, UInt8(ascii: "r"))
            case 0x09: put(0x5C, UInt8(ascii: "t"))
            case 0x08: put(0x5C, UInt8(ascii: "b"))
            case 0x0C: put(0x5C, UInt8(ascii: "f"))
            default:
                put(0x5C, UInt8(ascii: "u"))
                for shift: UInt32 in [12, 8, 4, 0] { put(JSONWriter.hex[Int((escape >> shift) & 0xF)]) }
            }
            i += width
            run = i
        }
        if run < n { put(UnsafeBufferPointer(rebasing: s[run..<n])) }
        put(0x22)
    }
}
