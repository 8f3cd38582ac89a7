/// The start classes of every word a number, date, duration or time can begin at, as a few bits per
/// word hash (`TokenStarts` names the bits), so one lookup per token serves every recognizer's gate.
///
/// Laid out like `WordFilter`: a 4096-slot table over the top bits of the hash; a slot no word falls in
/// answers 0 with one load, a slot one word falls in holds that word and its bits (one compare decides),
/// and only a slot several words share sends the lookup to a hash map.
struct StartWordTable: Sendable {
    /// Per slot: 0 when no word falls in it, the bits of its one word (below `sharedSlot`), or `sharedSlot`.
    private(set) var slots: [UInt16]
    /// Per slot: the one word that falls in it.
    private(set) var keys: [UInt64]
    /// Every word's bits, for shared slots.
    let all: HashMap64

    static let sharedSlot: UInt16 = 0x8000

    /// Words with their bits (each below `sharedSlot`, not 0); the bits of a repeated word are joined.
    init(_ entries: [(words: [UInt64], bits: UInt16)]) {
        var all = HashMap64(capacity: 256)
        for (words, bits) in entries {
            precondition(bits != 0 && bits < StartWordTable.sharedSlot)
            for h in words { all.set(h, (all.get(h) ?? 0) | Int32(bits)) }
        }
        var s = [UInt16](repeating: 0, count: 4096)
        var k = [UInt64](repeating: 0, count: 4096)
        for (words, _) in entries {
            for h in words {
                let i = WordFilter.slot(h)
                if s[i] == 0 { s[i] = UInt16(all.get(h)!); k[i] = h } else if k[i] != h { s[i] = StartWordTable.sharedSlot }
            }
        }
        slots = s
        keys = k
        self.all = all
    }

    /// The bits of word hash `h` (0 for a word no recognizer starts at).
    @inline(__always)
    func bits(_ h: UInt64) -> UInt16 {
        let i = WordFilter.slot(h)
        let b = slots[i]
        if b == 0 { return 0 }
        if b == StartWordTable.sharedSlot { return UInt16(truncatingIfNeeded: all.get(h) ?? 0) }
        return keys[i] == h ? b : 0
    }
}
