/// Which of a program's VM rules (at most 128 of them) a sentence's prefilter clauses enable, by table
/// lookup (and the same for any rows of clause bits: `RecognizerDemand` reads its rows with one): each
/// rule's prefilter row (`RulePrefilter.ruleMasks`) is cut into bytes; for each byte some
/// row has bits in, and each of its 256 values, the table holds the rules (as bits) whose row's byte
/// there that value holds. A rule's every clause holds exactly when each of its bytes does, so the
/// rules enabled are the AND of one entry per byte: one load per byte, whatever the number of rules,
/// where testing the rows cost a test per rule. Built once per `Program` (the VMs of every worker
/// share it). The rules are bits of a `Mask`: a `UInt64`, or for a program of 65 to 128 rules (a
/// user's rules added to the shipped 64) a `UInt128` (`Program.wideEnabledRules`), so that it keeps
/// this path and the VM's masks (`PikeVM.listMasks`) instead of a test per rule.
struct EnabledRules<Mask: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable {
    /// The bytes some row has bits in: byte `k` of word `x` (the bits `8 * k ..< 8 * k + 8`) as its offset
    /// in a `RulePrefilter.Present`'s memory.
    private let offsets: [Int]
    /// Per byte of `offsets`, 256 entries: the rules whose row's byte there each value holds.
    private let satisfied: [Mask]
    /// Every rule of the table, as bits.
    let all: Mask

    /// No rules.
    init() {
        offsets = []
        satisfied = []
        all = 0
    }

    /// For `rules` (each below `Mask.bitWidth`) and their rows in `prefilter`.
    init(_ prefilter: RulePrefilter, rules: [Int]) {
        self.init(rows: prefilter.ruleMasks, words: prefilter.words, rules: rules)
    }

    /// For `rules` (each below `Mask.bitWidth`), rule `r`'s row being `rows[(r * words)..<((r + 1) * words)]` (at
    /// most `RulePrefilter.maxWords` words).
    init(rows: [UInt64], words w: Int, rules: [Int]) {
        precondition(rules.allSatisfy { $0 >= 0 && $0 < Mask.bitWidth }, "EnabledRules: a rule past the mask")
        precondition(w <= RulePrefilter.maxWords, "EnabledRules: rows wider than a Present")
        var offsets: [Int] = [], satisfied: [Mask] = []
        for x in 0..<w {
            for k in 0..<8 {
                let bytes = rules.map { r in UInt8(truncatingIfNeeded: rows[r * w + x] >> UInt64(8 * k)) }
                guard bytes.contains(where: { $0 != 0 }) else { continue }
                // (Byte `k` from the low end sits at `k` in memory on a little-endian machine, else at `7 - k`.)
                offsets.append(8 * x + (UInt64(1).littleEndian == 1 ? k : 7 - k))
                // Each rule under its own byte, then added to every value holding that byte: to a value
                // from the value without one of its bits, bit by bit (8 × 128 steps, not a test of every
                // rule at every value).
                let at = satisfied.count
                satisfied += repeatElement(0, count: 256)
                satisfied.withUnsafeMutableBufferPointer { table in
                    let byValue = table.baseAddress! + at
                    for (j, r) in rules.enumerated() { byValue[Int(bytes[j])] |= 1 &<< Mask(r) }
                    var bit = 1
                    while bit < 256 {
                        for high in stride(from: 0, to: 256, by: 2 * bit) {
                            for low in high..<(high + bit) { byValue[low + bit] |= byValue[low] }
                        }
                        bit <<= 1
                    }
                }
            }
        }
        self.offsets = offsets
        self.satisfied = satisfied
        all = rules.reduce(0) { $0 | 1 &<< Mask($1) }
    }

    /// The rules whose every clause `present` holds, as bits (its bytes read in place, at `offsets`).
    @inline(__always)
    func rules(_ present: RulePrefilter.Present) -> Mask {
        var mask = all
        withUnsafeBytes(of: present) { bytes in
        offsets.withUnsafeBufferPointer { offsets in
        satisfied.withUnsafeBufferPointer { satisfied in
            for c in 0..<offsets.count {
                mask &= satisfied[c &* 256 &+ Int(bytes[offsets[c]])]
            }
        }
        }
        }
        return mask
    }
}
