/// A `LexiconTrie` copied into raw memory (its edge table and its entries), for the VM's lexicon steps:
/// a walk reads it with plain loads, where a walk of the trie read out of the program's array retained
/// and released each of the trie's arrays (eight runtime calls a step). `VMTables` makes one per
/// lexicon and frees them (`deallocate`) with itself; nothing is written after `init`.
struct RawTrie {
    /// The edges (`LexiconTrie`'s `HashMap64`): keys, values and the slot mask.
    private let keys: UnsafeMutablePointer<UInt64>
    private let values: UnsafeMutablePointer<Int32>
    private let mask: Int
    /// Per node: the entry ending there (-1: none).
    private let terminal: UnsafeMutablePointer<Int32>

    init(_ trie: LexiconTrie) {
        (keys, values, mask, terminal) = trie.withTables { keys, values, mask, terminal in
            (VMTables.copy(keys), VMTables.copy(values), mask, VMTables.copy(terminal))
        }
    }

    /// Frees the memory (once, by the owner).
    func deallocate() {
        keys.deallocate()
        values.deallocate()
        terminal.deallocate()
    }

    /// Every entry matching tokens from `start` (not past `limit`): (end token, entry index), shortest
    /// first, appended to `out`.
    @inline(__always)
    func matches(_ tokens: UnsafeBufferPointer<Token>, from start: Int, limit: Int, into out: inout ScratchList<(end: Int, entry: Int)>) {
        var node = 0
        var t = start
        while t < limit, let next = HashMap64.get(LexiconTrie.edge(node, tokens[t].hash), keys, values, mask) {
            node = Int(next)
            t += 1
            if terminal[node] >= 0 { out.append((t, Int(terminal[node]))) }
        }
    }
}
