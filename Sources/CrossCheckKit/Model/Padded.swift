/// Zero-padded decimal renderings for ISO dates. The usual ranges are written digit by digit into a
/// small string (no interpolation: reports render one date per evidence entry).
enum Padded {
    static func two(_ n: Int) -> String {
        guard (0...99).contains(n) else { return n < 10 ? "0\(n)" : "\(n)" }
        return String(unsafeUninitializedCapacity: 2) { b in
            b[0] = UInt8(truncatingIfNeeded: 0x30 + n / 10)
            b[1] = UInt8(truncatingIfNeeded: 0x30 + n % 10)
            return 2
        }
    }

    static func four(_ n: Int) -> String {
        guard (0...9999).contains(n) else {
            let digits = "\(abs(n))"
            return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        }
        return String(unsafeUninitializedCapacity: 4) { b in
            var v = n
            for k in stride(from: 3, through: 0, by: -1) { b[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10); v /= 10 }
            return 4
        }
    }
}
