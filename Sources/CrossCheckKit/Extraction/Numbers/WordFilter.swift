/// A 4096-entry byte table over token hashes: a zero entry proves a hash is not in the set it was built
/// from, so a scan over every token rejects most words with one shift and one load, and probes the
/// exact set only where the entry is set (about one word in twenty-five for a set of 150 words, plus the
/// words of the set). Token hashes are FNV-1a, whose top bits are the best mixed: they index the table.
struct WordFilter: Sendable {
    private(set) var table: [UInt8]

    init<S: Sequence>(_ words: S) where S.Element == UInt64 {
        var t = [UInt8](repeating: 0, count: 4096)
        for w in words { t[WordFilter.slot(w)] = 1 }
        table = t
    }

    @inline(__always)
    static func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 52) }

    /// False when `h` is certainly not one of the words.
    @inline(__always)
    func mayContain(_ h: UInt64) -> Bool { table[WordFilter.slot(h)] != 0 }
}
