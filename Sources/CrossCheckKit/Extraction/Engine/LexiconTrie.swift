/// A trie over the token hashes of a lexicon's phrases, for multi-token entries: from a token
/// position it finds every entry that starts there in one walk. Edges live in one `HashMap64`
/// keyed by (node, token hash).
struct LexiconTrie: Sendable {
    private var edges = HashMap64()
    private var terminal: [Int32] = [-1]
    /// The distinct hashes of the entries' first tokens, in entry order.
    private(set) var firstTokens: [UInt64] = []

    @inline(__always)
    private static func edge(_ node: Int, _ hash: UInt64) -> UInt64 {
        hash &+ UInt64(node + 1) &* 0xD6E8_FEB8_6659_FD93
    }

    init(_ lexicon: Lexicon) {
        for (index, entry) in lexicon.entries.enumerated() where !entry.tokens.isEmpty {
            var node = 0
            for word in entry.tokens {
                let h = Token.hash(normalized: word.utf8)
                if node == 0 && edges.get(LexiconTrie.edge(0, h)) == nil { firstTokens.append(h) }
                if let next = edges.get(LexiconTrie.edge(node, h)) {
                    node = Int(next)
                } else {
                    terminal.append(-1)
                    edges.set(LexiconTrie.edge(node, h), Int32(terminal.count - 1))
                    node = terminal.count - 1
                }
            }
            if terminal[node] < 0 { terminal[node] = Int32(index) }
        }
    }

    @inline(__always)
    func canStart(_ hash: UInt64) -> Bool { edges.get(LexiconTrie.edge(0, hash)) != nil }

    /// Every entry matching tokens from `start` (not past `limit`): (end token, entry index), shortest
    /// first, appended to `out`. (Inlined into the VM's step: a call copied the trie, a retain per array.)
    @inline(__always)
    func matches(_ tokens: UnsafeBufferPointer<Token>, from start: Int, limit: Int, into out: inout ScratchList<(end: Int, entry: Int)>) {
        var node = 0
        var t = start
        while t < limit, let next = edges.get(LexiconTrie.edge(node, tokens[t].hash)) {
            node = Int(next)
            t += 1
            if terminal[node] >= 0 { out.append((t, Int(terminal[node]))) }
        }
    }

    /// The entry covering exactly tokens `range`, if any.
    func entry(_ tokens: [Token], exactly range: Range<Int>) -> Int? {
        var node = 0
        for t in range {
            guard let next = edges.get(LexiconTrie.edge(node, tokens[t].hash)) else { return nil }
            node = Int(next)
        }
        return terminal[node] >= 0 ? Int(terminal[node]) : nil
    }
}
