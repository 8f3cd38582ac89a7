/// The start classes of every word a number, date, duration or time can begin at, as a few bits per
/// word hash (`TokenStarts` names the bits), so one lookup per token serves every recognizer's gate.
///
/// A 4096-slot table over the hash: a slot no word falls in answers 0 with one load, a slot one word
/// falls in holds that word and its bits (one compare decides), and a slot several words share points
/// to their short list. The slot comes from the hash multiplied by a large odd constant: FNV-1a's own
/// top bits barely differ between short words ("in", "of", "on", "is" and "it" share them, as do all
/// one-byte tokens), which would send the commonest tokens to the shared lists.
struct StartWordTable: Sendable {
    /// Per slot: 0 when no word falls in it, the bits of its one word (below `sharedSlot`), or `sharedSlot`.
    private(set) var slots: [UInt16]
    /// Per slot: the one word that falls in it, or (shared slot) its list's start in `listKeys` (high 32
    /// bits) and length (low 32 bits).
    private(set) var keys: [UInt64]
    /// The words of shared slots, list after list, with their bits.
    private(set) var listKeys: [UInt64]
    private(set) var listBits: [UInt16]

    static let sharedSlot: UInt16 = 0x8000

    @inline(__always)
    static func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 52) }

    /// Words with their bits (each below `sharedSlot`, not 0); the bits of a repeated word are joined.
    init(_ entries: [(words: [UInt64], bits: UInt16)]) {
        var bits = HashMap64(capacity: 256)
        var order: [UInt64] = []
        for (words, b) in entries {
            precondition(b != 0 && b < StartWordTable.sharedSlot)
            for h in words {
                if let old = bits.get(h) { bits.set(h, old | Int32(b)) } else { bits.set(h, Int32(b)); order.append(h) }
            }
        }
        var bySlot = [[UInt64]](repeating: [], count: 4096)
        for h in order { bySlot[StartWordTable.slot(h)].append(h) }
        var s = [UInt16](repeating: 0, count: 4096)
        var k = [UInt64](repeating: 0, count: 4096)
        var lk: [UInt64] = [], lb: [UInt16] = []
        for (i, words) in bySlot.enumerated() where !words.isEmpty {
            if words.count == 1 {
                s[i] = UInt16(bits.get(words[0])!)
                k[i] = words[0]
            } else {
                s[i] = StartWordTable.sharedSlot
                k[i] = UInt64(lk.count) << 32 | UInt64(words.count)
                for h in words { lk.append(h); lb.append(UInt16(bits.get(h)!)) }
            }
        }
        slots = s
        keys = k
        listKeys = lk
        listBits = lb
    }

    /// The bits of word hash `h` (0 for a word no recognizer starts at).
    @inline(__always)
    func bits(_ h: UInt64) -> UInt16 {
        let i = StartWordTable.slot(h)
        let b = slots[i]
        if b == 0 { return 0 }
        if b == StartWordTable.sharedSlot { return shared(keys[i], h) }
        return keys[i] == h ? b : 0
    }

    /// The bits of `h` in the shared slot whose list is `packed`.
    func shared(_ packed: UInt64, _ h: UInt64) -> UInt16 {
        var k = Int(truncatingIfNeeded: packed >> 32)
        let end = k + Int(truncatingIfNeeded: packed & 0xFFFF_FFFF)
        while k < end {
            if listKeys[k] == h { return listBits[k] }
            k += 1
        }
        return 0
    }
}
