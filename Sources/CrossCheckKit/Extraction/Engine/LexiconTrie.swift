/// A trie over the token hashes of a lexicon's phrases, for multi-token entries: from a token
/// position it finds every entry that starts there in one walk. Edges live in one `HashMap64`
/// keyed by (node, token hash).
struct LexiconTrie: Sendable {
    private var edges = HashMap64()
    private var terminal: [Int32] = [-1]
    /// The distinct hashes of the entries' first tokens, in entry order.
    private(set) var firstTokens: [UInt64] = []

    /// The key of the edge from `node` over token hash `hash` (also `RawTrie`'s).
    @inline(__always)
    static func edge(_ node: Int, _ hash: UInt64) -> UInt64 {
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

    /// Calls `body` with the edge table (`HashMap64.withTables`) and the entry ending at each node
    /// (-1: none), for a copy in raw memory (`RawTrie`, which the VM walks).
    func withTables<R>(_ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Int32>, Int, UnsafeBufferPointer<Int32>) -> R) -> R {
        edges.withTables { keys, values, mask in terminal.withUnsafeBufferPointer { body(keys, values, mask, $0) } }
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
