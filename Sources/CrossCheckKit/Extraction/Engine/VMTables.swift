/// The read-only tables of a `Program` that `PikeVM`'s inner loops index (steps, closure leaves and
/// their token groups, needs, start lists, save sets), copied once into memory this object owns and frees, and the tables the VM
/// derives from the program (its filters and bit maps). Built once with the program (`Program.vmTables`),
/// not per VM: each scratch's VM takes them from it (a retain each), where building them cost about half
/// a million instructions per VM. The VM keeps this object (for the memory's lifetime) and its `pointers`
/// (a plain struct): a read is then one load, with no array bounds check, no uniqueness check and no
/// reference counting. Nothing is written after `init`, so sharing it between threads is safe.
final class VMTables: @unchecked Sendable {
    struct Pointers {
        /// `VMCode.steps`, the leaves (`VMLeaf.leaves`, in `VMCode.leaves`'s order), `VMCode.closureStart`.
        let steps: UnsafePointer<VMCode.Step>
        let leaves: UnsafePointer<VMLeaf>
        let closureStart: UnsafePointer<Int32>
        /// `ClosureDispatch.heads` and `ClosureDispatch.pairs` of those closures and leaves.
        let dispatchHeads: UnsafePointer<ClosureDispatch.Head>
        let dispatchPairs: UnsafePointer<ClosureDispatch.Pair>
        /// `AheadNeeds.needs`: per instruction.
        let needs: UnsafePointer<Int32>
        /// `Program.ruleStart`: per rule.
        let ruleStart: UnsafePointer<Int32>
        /// `StartIndex.listStart` and `StartIndex.rules`.
        let listStart: UnsafePointer<Int32>
        let listRules: UnsafePointer<Int32>
        /// `VMCode.saveStart` and `VMCode.saveSlots`.
        let saveStart: UnsafePointer<Int32>
        let saveSlots: UnsafePointer<Int32>
        /// `Program.tries`, each in raw memory (`RawTrie`), for the lexicon steps.
        let tries: UnsafePointer<RawTrie>
        let trieCount: Int
        /// Per lexicon: the filter of its entries' first words (`HashFilter64`'s 64 words, at `64 * lexicon`),
        /// for the leaves' lexicon test: a token outside it starts no entry.
        let lexiconWords: UnsafePointer<UInt64>
        /// `StartIndex.hashFilter`'s words and `StartIndex.byHash`'s tables (keys, values, slot mask), for
        /// the start lookup the VM makes at every token it passes.
        let startFilter: UnsafePointer<UInt64>
        let startKeys: UnsafePointer<UInt64>
        let startValues: UnsafePointer<Int32>
        let startSlots: Int
    }

    /// Valid as long as this object lives.
    let pointers: Pointers

    /// Per `RecognitionTable.startMask` bit, four words: the prefilter rows of the recognizers with that
    /// bit, or-ed; and the bits that have some row (`PikeVM.recognizerRowsByBit`).
    let recognizerRowsByBit: [UInt64]
    let recognizerRowBits: UInt64
    /// Per `startMask` bit below 63: the start list of the recognizer with that index (-1: none starts a
    /// rule); and the entries of `StartIndex.recognizers` from index 63 on (they share bit 63).
    let recognizerList: [Int32]
    let highRecognizers: [Int]
    /// Per atom of `AheadNeeds`: its `startMask` bit (0 for a lexicon), and the filter of a lexicon's
    /// first words (64 words per atom) (`PikeVM.atomBits`).
    let atomBits: [UInt64]
    let atomWords: [UInt64]
    /// The atoms of needs with no bound, as bits, and their lookups by filter bit and by start bit, and
    /// the start bits some of them have (`PikeVM.unboundedAtoms`).
    let unboundedAtoms: UInt64
    let lexiconAtomsByBit: [UInt64]
    let recognizerAtomsByBit: [UInt64]
    let recognizerAtomMask: UInt64
    /// The rules that run in the VM, and as bits (when they fit a mask) the rules enabled before any
    /// sentence is filtered.
    let vmRules: [Int]
    let vmRuleMask: UInt128
    /// When the rules fit a mask (at most 128 rules, `EnabledRules`): per start list, its rules as bits
    /// (`PikeVM.listMasks`), rules 0 to 63 in `listMasks` and 64 to 127 in `listHighMasks` (empty when
    /// there are at most 64 rules); else both empty.
    let listMasks: [UInt64]
    let listHighMasks: [UInt64]
    /// Per start list, its two words or-ed (`listMasks` itself when there are at most 64 rules): the
    /// start lookup's test of whether a list may have an enabled rule (`PikeVM.startsByHash`).
    let listFolds: [UInt64]
    /// When the rules fit a mask: per rule, the `startMask` bits of the recognizers it starts at (else
    /// empty); and the rules that start by a token's hash and by a token class, as bits (`PikeVM`'s live
    /// starts are these of its enabled rules).
    let ruleStartBits: [UInt64]
    let hashStartRules: UInt128
    let classStartRules: UInt128

    init(_ program: ProgramParts) {
        // Per lexicon, the filter of its first words (64 words each, at `64 * lexicon`): for the leaves'
        // test, and the atoms' of the lexicons.
        let lexiconWords = program.tries.flatMap(VMTables.firstWords)
        func firstWords(ofAtom atom: Int32) -> ArraySlice<UInt64> {
            let l = Int(-1 - atom)
            return lexiconWords[(64 * l)..<(64 * l + 64)]
        }
        let (startKeys, startValues, startSlots) = program.starts.byHash.withTables { keys, values, mask in
            (VMTables.copy(keys), VMTables.copy(values), mask)
        }
        let leaves = VMLeaf.leaves(program.code, program.needs)
        let dispatch = ClosureDispatch(closureStart: program.code.closureStart, leaves: leaves)
        pointers = Pointers(steps: VMTables.copy(program.code.steps),
                            leaves: VMTables.copy(leaves),
                            closureStart: VMTables.copy(program.code.closureStart),
                            dispatchHeads: VMTables.copy(dispatch.heads),
                            dispatchPairs: VMTables.copy(dispatch.pairs),
                            needs: VMTables.copy(program.needs.needs),
                            ruleStart: VMTables.copy(program.ruleStart.map { Int32($0) }),
                            listStart: VMTables.copy(program.starts.listStart),
                            listRules: VMTables.copy(program.starts.rules),
                            saveStart: VMTables.copy(program.code.saveStart),
                            saveSlots: VMTables.copy(program.code.saveSlots),
                            tries: VMTables.copy(program.tries.map(RawTrie.init)),
                            trieCount: program.tries.count,
                            lexiconWords: VMTables.copy(lexiconWords),
                            startFilter: program.starts.hashFilter.withBits { VMTables.copy($0) },
                            startKeys: startKeys, startValues: startValues, startSlots: startSlots)
        var rows = Array(repeating: UInt64(0), count: 4 * 64)
        var rowBits: UInt64 = 0
        let w = program.prefilter.words
        for (c, i) in program.prefilter.recognizers.enumerated() {
            let bit = RecognitionTable.bit(Int(i)).trailingZeroBitCount
            rowBits |= RecognitionTable.bit(Int(i))
            for x in 0..<min(w, 4) { rows[4 * bit + x] |= program.prefilter.recognizerMasks[c * w + x] }
        }
        recognizerRowsByBit = rows
        recognizerRowBits = rowBits
        var byBit = Array(repeating: Int32(-1), count: 63)
        for (c, i) in program.starts.recognizers.enumerated() where i < 63 { byBit[Int(i)] = program.starts.recognizerLists[c] }
        recognizerList = byBit
        highRecognizers = program.starts.recognizers.indices.filter { program.starts.recognizers[$0] >= 63 }
        atomBits = program.needs.atoms.map { $0 >= 0 ? RecognitionTable.bit(Int($0)) : 0 }
        atomWords = program.needs.atoms.flatMap { atom in
            atom < 0 ? Array(firstWords(ofAtom: atom)) : Array(repeating: 0, count: 64)
        }
        var unbounded: UInt64 = 0, fits = true
        for need in program.needs.needs where need >= 0 && need >> 8 == AheadNeeds.unbounded {
            let a = Int(need & 0xFF)
            if a < 64 { unbounded |= 1 &<< UInt64(a) } else { fits = false }
        }
        unboundedAtoms = fits ? unbounded : 0
        var byFilterBit = Array(repeating: UInt64(0), count: fits && unbounded != 0 ? 64 * 64 : 0)
        var byStartBit = Array(repeating: UInt64(0), count: 64)
        var startBits: UInt64 = 0
        // (Atoms past 63 are never unbounded here, and `&<<` would wrap them onto another atom's bit.)
        for (a, atom) in program.needs.atoms.enumerated() where !byFilterBit.isEmpty && a < 64 && unbounded & (1 &<< UInt64(a)) != 0 {
            if atom >= 0 {
                let bit = RecognitionTable.bit(Int(atom))
                byStartBit[bit.trailingZeroBitCount] |= 1 &<< UInt64(a)
                startBits |= bit
            } else {
                for (w, word) in firstWords(ofAtom: atom).enumerated() {
                    var bits = word
                    while bits != 0 {
                        byFilterBit[64 * w + bits.trailingZeroBitCount] |= 1 &<< UInt64(a)
                        bits &= bits &- 1
                    }
                }
            }
        }
        lexiconAtomsByBit = byFilterBit
        recognizerAtomsByBit = byStartBit
        recognizerAtomMask = startBits
        let vmRules = program.runsInVM.indices.filter { program.runsInVM[$0] }
        self.vmRules = vmRules
        vmRuleMask = vmRules.reduce(0) { $1 < 128 ? $0 | (1 &<< UInt128($1)) : $0 }
        let starts = program.starts
        let lists = program.runsInVM.count > 128 ? [] : (0..<(starts.listStart.count - 1)).map { k in
            starts.rules[Int(starts.listStart[k])..<Int(starts.listStart[k + 1])].reduce(UInt128(0)) { $0 | 1 &<< UInt128($1) }
        }
        listMasks = lists.map { UInt64(truncatingIfNeeded: $0) }
        listHighMasks = program.runsInVM.count > 64 ? lists.map { UInt64(truncatingIfNeeded: $0 >> 64) } : []
        listFolds = program.runsInVM.count > 64 ? lists.map { UInt64(truncatingIfNeeded: $0 | $0 >> 64) } : listMasks
        var ruleBits = Array(repeating: UInt64(0), count: lists.isEmpty ? 0 : program.runsInVM.count)
        var byClass: UInt128 = 0
        if !lists.isEmpty {
            for (c, i) in starts.recognizers.enumerated() {
                let k = Int(starts.recognizerLists[c])
                for j in Int(starts.listStart[k])..<Int(starts.listStart[k + 1]) { ruleBits[Int(starts.rules[j])] |= RecognitionTable.bit(Int(i)) }
            }
            for k in starts.classLists { byClass |= lists[Int(k)] }
        }
        ruleStartBits = ruleBits
        hashStartRules = lists.isEmpty ? 0 : starts.hashRules.reduce(0) { $0 | 1 &<< UInt128($1) }
        classStartRules = byClass
    }

    /// The `HashFilter64` words of the first words of `trie`'s entries.
    private static func firstWords(_ trie: LexiconTrie) -> [UInt64] {
        var filter = HashFilter64()
        for h in trie.firstTokens { filter.insert(h) }
        return filter.withBits { Array($0) }
    }

    deinit {
        // Plain values: the memory is freed without deinitializing its elements.
        pointers.steps.deallocate()
        pointers.leaves.deallocate()
        pointers.closureStart.deallocate()
        pointers.dispatchHeads.deallocate()
        pointers.dispatchPairs.deallocate()
        pointers.needs.deallocate()
        pointers.ruleStart.deallocate()
        pointers.listStart.deallocate()
        pointers.listRules.deallocate()
        pointers.saveStart.deallocate()
        pointers.saveSlots.deallocate()
        for i in 0..<pointers.trieCount { pointers.tries[i].deallocate() }
        pointers.tries.deallocate()
        pointers.lexiconWords.deallocate()
        pointers.startFilter.deallocate()
        pointers.startKeys.deallocate()
        pointers.startValues.deallocate()
    }

    /// New memory holding a copy of `array` (room for one element when it is empty).
    private static func copy<T>(_ array: [T]) -> UnsafePointer<T> {
        UnsafePointer(array.withUnsafeBufferPointer { copy($0) })
    }

    /// New memory holding a copy of `from` (room for one element when it is empty; also `RawTrie`'s).
    static func copy<T>(_ from: UnsafeBufferPointer<T>) -> UnsafeMutablePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(from.count, 1))
        if let base = from.baseAddress { p.initialize(from: base, count: from.count) }
        return p
    }
}
