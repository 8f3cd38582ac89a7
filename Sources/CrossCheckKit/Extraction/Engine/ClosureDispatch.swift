/// Per ε-closure of a `VMCode`, the token tests of its leaves (`VMLeaf`) grouped by what they test, so
/// `PikeVM` can find the leaves that may step over a position's token without visiting the others:
/// the leaves as bits (bit i: the closure's leaf i), those that pass whatever the token (`always`), and
/// per literal hash, per recognizer `startMask` bit and per lexicon the leaves with that test.
///
/// Why: a rule's entry closure lists every branch the rule may start with, and at a start most of
/// them cannot step over the token (the count rules repeat `<number> …` in many branches beside
/// literal ones; a rule started by a word lists its other first words too). A spawn visited each such
/// leaf (its mark, its test) only to drop it; with the groups it tests each distinct hash, bit or
/// lexicon once, and visits only the leaves that pass, in the closure's order. (Used for spawns alone:
/// there a failing leaf needs nothing, while a thread that started earlier files its failing leaves in
/// `PikeVM.doomed` and marks them taken, which later threads at the position read.)
struct ClosureDispatch: Sendable {
    /// One closure's groups: `pairs[pairStart..<literalEnd]` are its literals (`key`: the hash),
    /// `..<recognizerEnd` its recognizers (`key`: the `startMask` bit), `..<lexiconEnd` its lexicons
    /// (`key`: the lexicon). `usable` false: the closure has more than 64 leaves (walked leaf by leaf).
    struct Head: Sendable {
        var always: UInt64 = 0
        /// The `startMask` bits of its recognizer groups, or-ed (none at the token: no group is tested).
        var recognizers: UInt64 = 0
        var pairStart: Int32 = 0
        var literalEnd: Int32 = 0
        var recognizerEnd: Int32 = 0
        var lexiconEnd: Int32 = 0
        var usable = false
    }

    /// A group: the test's key and the leaves that share it, as bits.
    struct Pair: Sendable {
        var key: UInt64
        var leaves: UInt64
    }

    /// Per closure (the index of `VMCode.closureStart`).
    private(set) var heads: [Head] = []
    private(set) var pairs: [Pair] = []

    /// The groups of each closure of `closureStart` (`VMCode.closureStart`), whose leaves are `leaves`.
    init(closureStart: [Int32], leaves: [VMLeaf]) {
        for k in 0..<max(closureStart.count - 1, 0) {
            let from = Int(closureStart[k]), to = Int(closureStart[k + 1])
            var head = Head()
            head.pairStart = Int32(pairs.count)
            guard to - from <= 64 else {
                head.literalEnd = head.pairStart
                head.recognizerEnd = head.pairStart
                head.lexiconEnd = head.pairStart
                heads.append(head)
                continue
            }
            head.usable = true
            // Groups in order of first use, one per distinct key and test.
            func groups(_ test: VMLeaf.Test) -> [Pair] {
                var found: [Pair] = []
                for j in from..<to where leaves[j].test == test {
                    let bit = UInt64(1) << UInt64(j - from)
                    if let g = found.firstIndex(where: { $0.key == leaves[j].word }) {
                        found[g].leaves |= bit
                    } else {
                        found.append(Pair(key: leaves[j].word, leaves: bit))
                    }
                }
                return found
            }
            for j in from..<to where leaves[j].test == .any || leaves[j].test == .match {
                head.always |= UInt64(1) << UInt64(j - from)
            }
            pairs += groups(.literal)
            head.literalEnd = Int32(pairs.count)
            let recognizers = groups(.recognizer)
            pairs += recognizers
            head.recognizers = recognizers.reduce(0) { $0 | $1.key }
            head.recognizerEnd = Int32(pairs.count)
            pairs += groups(.lexicon)
            head.lexiconEnd = Int32(pairs.count)
            heads.append(head)
        }
    }

    /// The leaves of the closure `head` heads that pass their token test (`VMLeaf`) at a token with
    /// hash `hash` and recognition starts `startMask`, as bits (the test of `PikeVM`'s leaf by leaf, for
    /// a position where threads step); `pairs` and `lexiconWords`: this table's pairs and the lexicons'
    /// first-word filters (`VMTables.Pointers`).
    @inline(__always)
    static func passing(_ head: Head, hash: UInt64, startMask: UInt64, _ pairs: UnsafePointer<Pair>,
                        _ lexiconWords: UnsafePointer<UInt64>) -> UInt64 {
        var pass = head.always
        var j = Int(head.pairStart)
        // (A hash has one group at most.)
        while j < Int(head.literalEnd) {
            if pairs[j].key == hash { pass |= pairs[j].leaves; break }
            j &+= 1
        }
        j = Int(head.literalEnd)
        if head.recognizers & startMask != 0 {
            while j < Int(head.recognizerEnd) {
                if pairs[j].key & startMask != 0 { pass |= pairs[j].leaves }
                j &+= 1
            }
        }
        j = Int(head.recognizerEnd)
        while j < Int(head.lexiconEnd) {
            let words = UnsafeBufferPointer(start: lexiconWords + 64 * Int(pairs[j].key), count: 64)
            if HashFilter64.mayContain(hash, words) { pass |= pairs[j].leaves }
            j &+= 1
        }
        return pass
    }
}
