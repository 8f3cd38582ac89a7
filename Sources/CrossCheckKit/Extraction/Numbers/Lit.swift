/// Hashes of literals, computed once.
enum Lit {
    static func h(_ s: String) -> UInt64 { Token.hash(literal: s) }
    static func set(_ words: [String]) -> Set<UInt64> { Set(words.map { Token.hash(literal: $0) }) }
}
