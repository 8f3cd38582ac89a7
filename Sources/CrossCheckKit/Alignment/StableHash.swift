import Foundation

/// FNV-1a 64 and a 64-bit mixer: deterministic across processes (unlike Swift's `Hasher`), so
/// they may be used for ids and any order that reaches the output.
enum StableHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    static func fnv1a(_ s: String) -> UInt64 {
        // Native strings hand out their UTF-8 directly; a bridged or lazily decoded one is made native.
        if let h = s.utf8.withContiguousStorageIfAvailable(fnv1a(bytes:)) { return h }
        var s = s
        return s.withUTF8(fnv1a(bytes:))
    }

    /// `fnv1a` of `s` in Unicode normalization form C. Swift compares Strings by canonical equivalence
    /// ("é" precomposed equals "e" with a combining acute), so an id hashed from a String that was
    /// grouped or matched by `==` must hash its canonical form: else which of two equal spellings came
    /// first would decide the id. (ASCII text is its own NFC and is hashed as it is.)
    static func canonical(_ s: String) -> UInt64 {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return fnv1a(s) }
        return fnv1a(s.precomposedStringWithCanonicalMapping)
    }

    /// FNV-1a 64 of raw bytes (equal to `fnv1a` of a String with those UTF-8 bytes).
    @inline(__always)
    static func fnv1a(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = offset
        for b in bytes {
            h ^= UInt64(b)
            h = h &* prime
        }
        return h
    }

    /// Folds one 64-bit value into a running hash.
    static func combine(_ h: UInt64, _ v: UInt64) -> UInt64 {
        var h = h
        var v = v
        for _ in 0..<8 {
            h ^= v & 0xFF
            h = h &* prime
            v >>= 8
        }
        return h
    }

    /// SplitMix64 finalizer: spreads the bits of `x` (used to derive MinHash permutations).
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 16 lower-case hex digits.
    static func hex(_ h: UInt64) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        for shift in stride(from: 60, through: 0, by: -4) { out.append(digits[Int((h >> UInt64(shift)) & 0xF)]) }
        return out
    }
}
