/// Hashes of literals for comparing tokens (`Token.hash(literal:)`), without allocating for the plain
/// lower-case ASCII literals the recognizers use inline.
enum Lit {
    @inline(__always)
    static func h(_ s: String) -> UInt64 {
        // Lower-case ASCII without quotes normalizes to itself: hash the bytes directly.
        for c in s.utf8 where c >= 0x80 || (c >= 0x41 && c <= 0x5A) || c == 0x27 || c == 0x22 || c == 0x60 {
            return Token.hash(literal: s)
        }
        return Token.hash(normalized: s.utf8)
    }

    static func set(_ words: [String]) -> HashSet64 { HashSet64(words.map { Token.hash(literal: $0) }) }
}
