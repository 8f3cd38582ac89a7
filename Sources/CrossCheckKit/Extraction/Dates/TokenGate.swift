/// Where a recognizer can start, as a test on one token: its kind, its word (by hash), or a sign or
/// decimal point right before a number ("-5", ".08"). `next(_:from:)` skips to the next such token in a
/// tight loop over the token array, so a recognizer tries its full parse only where one can begin.
struct TokenGate: Sendable {
    /// Words that can start a match (any kind of token with one of these hashes).
    let words: HashSet64
    /// Token kinds that can always start a match, one bit per `TokenKind.rawValue`.
    let kinds: UInt16
    /// Whether a dash or a "." right before a number token can start a match (a signed or ".08" number).
    let signs: Bool
    /// A 1024-bit filter of `words`: a clear bit rejects a word without probing the set.
    private let filter: [UInt64]

    init(words: HashSet64, kinds: [TokenKind], signs: Bool) {
        self.words = words
        self.kinds = kinds.reduce(0) { $0 | UInt16(1) << UInt16($1.rawValue) }
        self.signs = signs
        var f = [UInt64](repeating: 0, count: 16)
        for w in words { let b = TokenGate.bit(w); f[b >> 6] |= UInt64(1) << UInt64(b & 63) }
        filter = f
    }

    @inline(__always)
    private static func bit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29) ^ (h >> 47)) & 1023 }

    /// Whether a match can start at token `i`.
    @inline(__always)
    func accepts(_ t: SegmentedText, _ i: Int) -> Bool {
        guard i >= 0, i < t.tokens.count else { return false }
        return t.tokens.withUnsafeBufferPointer { tk in filter.withUnsafeBufferPointer { accepts(t, tk, $0, i) } }
    }

    /// The first token at or after `i` where a match can start (`t.tokens.count` when none).
    func next(_ t: SegmentedText, from i: Int) -> Int {
        t.tokens.withUnsafeBufferPointer { tk in
            filter.withUnsafeBufferPointer { f in
                var j = max(i, 0)
                while j < tk.count {
                    if accepts(t, tk, f, j) { return j }
                    j += 1
                }
                return tk.count
            }
        }
    }

    @inline(__always)
    private func accepts(_ t: SegmentedText, _ tk: UnsafeBufferPointer<Token>, _ f: UnsafeBufferPointer<UInt64>, _ j: Int) -> Bool {
        let tok = tk[j]
        let kind = tok.rawKind
        if kinds & (UInt16(1) << UInt16(kind & 15)) != 0 { return true }
        let b = TokenGate.bit(tok.hash)
        if f[b >> 6] & (UInt64(1) << UInt64(b & 63)) != 0, words.contains(tok.hash) { return true }
        // (The token's own shape first: most tokens are neither a dash nor one byte long.)
        guard signs, kind == TokenKind.dash.rawValue || tok.length == 1 && t.text[Int(tok.start)] == 0x2E else { return false }
        return j + 1 < tk.count && tk[j + 1].rawKind == TokenKind.number.rawValue
    }
}
