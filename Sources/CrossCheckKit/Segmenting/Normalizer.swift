/// The normalization tokens are matched under: ASCII letters lower-cased, curly quotes and
/// apostrophes straightened, dashes folded to "-". Non-ASCII letters are kept as they are.
public enum Normalizer {
    /// An ASCII byte lower-cased (letters A-Z; any other byte as it is).
    @inline(__always)
    public static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// Whether bytes `start..<end` of `b` are all ASCII (text that then normalizes to its bytes
    /// lower-cased, and whose String holds the same bytes).
    @inline(__always)
    static func isASCII(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var j = start
        while j < end {
            if b[j] >= 0x80 { return false }
            j += 1
        }
        return true
    }

    /// Normalized bytes of `bytes[range]`.
    public static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                out.append(lowerASCII(b))
                i += 1
            } else if let (folded, width) = fold(bytes, at: i, end: range.upperBound) {
                out.append(folded)
                i += width
            } else {
                out.append(b)
                i += 1
            }
        }
        return out
    }

    /// FNV-1a 64 hash of the normalized form of `bytes[range]`, without allocating.
    @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = range.lowerBound
        while i < range.upperBound {
            var b = bytes[i]
            var w = 1
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            } else if let (folded, width) = fold(bytes, at: i, end: range.upperBound) {
                b = folded
                w = width
            }
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
            i += w
        }
        return h
    }

    public static func normalize(bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { normalize($0, 0..<$0.count) }
    }

    public static func normalize(_ s: String) -> String {
        String(decoding: normalize(bytes: Array(s.utf8)), as: UTF8.self)
    }

    /// Folds a typographic character at `i` to its ASCII stand-in: (byte, width of the sequence).
    @inline(__always)
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (UInt8, Int)? {
        let b = bytes[i]
        if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x98, 0x99, 0x9B, 0xB2: return (0x27, 3)             // ‘ ’ ‛ ′ → '
            case 0x9C, 0x9D, 0x9F, 0xB3: return (0x22, 3)             // “ ” ‟ ″ → "
            case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: return (0x2D, 3) // ‐ ‑ ‒ – — ― → -
            default: return nil
            }
        }
        if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { return (0x22, 2) } // « »
        return nil
    }
}
