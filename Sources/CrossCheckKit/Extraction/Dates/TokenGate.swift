/// Where a recognizer can start, as a test on one token: its kind, its word (by hash), or a sign or
/// decimal point right before a number ("-5", ".08"). `TokenStarts` lists a text's tokens that pass
/// each gate in one pass, so a recognizer tries its full parse only where one can begin.
struct TokenGate: Sendable {
    /// Words that can start a match (any kind of token with one of these hashes).
    let words: HashSet64
    /// Token kinds that can always start a match, one bit per `TokenKind.rawValue`.
    let kinds: UInt16
    /// Whether a dash or a "." right before a number token can start a match (a signed or ".08" number).
    let signs: Bool
    /// A filter of `words`: a clear entry rejects a word without probing the set.
    private let filter: WordFilter

    init(words: HashSet64, kinds: [TokenKind], signs: Bool) {
        self.words = words
        self.kinds = kinds.reduce(0) { $0 | UInt16(1) << UInt16($1.rawValue) }
        self.signs = signs
        filter = WordFilter(words)
    }

    /// Whether a match can start at token `i`.
    @inline(__always)
    func accepts(_ t: SegmentedText, _ i: Int) -> Bool {
        guard i >= 0, i < t.tokens.count else { return false }
        return t.tokens.withUnsafeBufferPointer { tk in
            filter.table.withUnsafeBufferPointer { f in filter.keys.withUnsafeBufferPointer { accepts(t, tk, f, $0, i) } }
        }
    }

    @inline(__always)
    private func accepts(_ t: SegmentedText, _ tk: UnsafeBufferPointer<Token>, _ f: UnsafeBufferPointer<UInt8>,
                         _ k: UnsafeBufferPointer<UInt64>, _ j: Int) -> Bool {
        let tok = tk[j]
        let kind = tok.rawKind
        if kinds & (UInt16(1) << UInt16(kind & 15)) != 0 { return true }
        // A slot of one word decides with one compare; a shared slot probes the set.
        let s = WordFilter.slot(tok.hash)
        let c = f[s]
        if c != 0 {
            if c == 1 {
                if k[s] == tok.hash { return true }
            } else if words.contains(tok.hash) { return true }
        }
        // Most tokens are words, which are letters: never a dash nor a ".".
        if kind == TokenKind.word.rawValue { return false }
        // (The token's own shape first: most tokens are neither a dash nor one byte long.)
        guard signs, kind == TokenKind.dash.rawValue || tok.length == 1 && t.text[Int(tok.start)] == 0x2E else { return false }
        return j + 1 < tk.count && tk[j + 1].rawKind == TokenKind.number.rawValue
    }
}
