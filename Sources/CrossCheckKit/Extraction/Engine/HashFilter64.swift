/// A 4,096-bit filter over 64-bit hashes (one bit per key): `mayContain` is false for most keys that
/// were never inserted, for a multiply, a shift and one load. It stands before a `HashMap64` lookup
/// that misses for most tokens (the start index's, the people vocabulary's), and never answers false for
/// an inserted key, so it changes no result.
struct HashFilter64: Sendable {
    private var bits: [UInt64] = Array(repeating: 0, count: 64)

    init() {}

    /// The filter's bit for `h` (word `bit >> 6`, bit `bit & 63`): tables indexed like the filter use it.
    @inline(__always)
    static func bit(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }

    mutating func insert(_ h: UInt64) {
        let k = HashFilter64.bit(h)
        bits[k >> 6] |= 1 << UInt64(k & 63)
    }

    /// `mayContain` on the filter's words (`withBits`), for loops that hold them once.
    @inline(__always)
    static func mayContain(_ h: UInt64, _ bits: UnsafeBufferPointer<UInt64>) -> Bool {
        let k = HashFilter64.bit(h)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    func withBits<R>(_ body: (UnsafeBufferPointer<UInt64>) throws -> R) rethrows -> R {
        try bits.withUnsafeBufferPointer(body)
    }

    @inline(__always)
    func mayContain(_ h: UInt64) -> Bool {
        let k = HashFilter64.bit(h)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}
