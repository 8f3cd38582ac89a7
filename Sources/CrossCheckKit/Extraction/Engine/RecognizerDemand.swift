/// Which recognizers a sentence needs, decided from its tokens before any recognizer runs.
///
/// A rule can match in a sentence only if the sentence satisfies every clause of the rule
/// (`RulePrefilter`). The clauses that name no recognizer (literals, lexicon words) are decided by the
/// tokens alone. When a sentence fails one of them for every rule that calls recognizer `i`, no rule
/// can use a recognition of `i` there, so `i` need not run in that sentence: its recognitions there
/// could only be dropped by the VM's own prefilter. Rules that need no word (`<person>`) make their
/// recognizers wanted everywhere.
struct RecognizerDemand: Sendable {
    /// The program's rule count: rule `r`'s word row is the prefilter's row `ruleCount + r`.
    private let ruleCount: Int
    /// The rules that call a `conditional` recognizer (the others can add none to a sentence's
    /// recognizers: theirs are all `always`), in rule order, and each one's recognizers (as
    /// `RecognitionTable.bit`s): the only rules a sentence's word clauses are tested against.
    private let deciding: [Int32]
    private let decidingRecognizers: [UInt64]
    /// Recognizers wanted in every sentence.
    let always: UInt64
    /// Recognizers some rule calls only under a word condition: the ones a sentence may not need.
    let conditional: UInt64

    /// From the program's prefilter, built with its word rows (`RulePrefilter(wordRows: true)`).
    init(program: Program) {
        let pre = program.prefilter
        let ruleRecognizers = program.ruleRecognizers
        var always: UInt64 = 0, any: UInt64 = 0
        for (r, recs) in ruleRecognizers.enumerated() {
            // A rule whose word row holds with no word at all needs none (no clauses: no prefilter rows).
            if pre.words == 0 || pre.satisfies(ruleRecognizers.count + r, (0, 0, 0, 0)) { always |= recs }
            any |= recs
        }
        self.ruleCount = ruleRecognizers.count
        self.always = always
        self.conditional = any & ~always
        let deciding = ruleRecognizers.indices.filter { ruleRecognizers[$0] & (any & ~always) != 0 }
        self.deciding = deciding.map { Int32($0) }
        self.decidingRecognizers = deciding.map { ruleRecognizers[$0] }
    }

    /// Per sentence of `text`: the clauses its words satisfy (for the VM's prefilter, which adds the
    /// recognizers'), and the recognizers (as `RecognitionTable.bit`s) some rule may use there.
    func sentences(_ text: SegmentedText, prefilter: RulePrefilter) -> (present: [RulePrefilter.Present], wanted: [UInt64]) {
        var present: [RulePrefilter.Present] = []
        var wanted: [UInt64] = []
        sentences(text, prefilter: prefilter, present: &present, wanted: &wanted)
        return (present, wanted)
    }

    /// Entries of a memo for `sentences` (`newMemo()`; a power of two, see `slot(of:among:)`).
    static let memoEntries = 64

    /// The slot of clauses `p` in a direct-mapped table of `entries` entries (a power of two): the
    /// top log2(`entries`) bits of a multiplicative hash of the four clause words. Shared by this
    /// memo and the VM's caches of rule choices.
    @inline(__always)
    static func slot(of p: RulePrefilter.Present, among entries: Int) -> Int {
        slot(ofHash: p.0 ^ p.1 &* 31 ^ p.2 &* 961 ^ p.3 &* 29_791, among: entries)
    }

    /// The slot of `h` in a direct-mapped table of `entries` entries (a power of two, at least 2).
    @inline(__always)
    static func slot(ofHash h: UInt64, among entries: Int) -> Int {
        assert(entries > 1 && entries & (entries - 1) == 0, "a direct-mapped table has a power-of-two size")
        return Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> UInt64(UInt64.bitWidth - entries.trailingZeroBitCount))
    }

    /// An empty memo: recognizers by clauses, `memoEntries` entries of six words (set, the four clause
    /// words, the recognizers), direct-mapped. A memo belongs to one program (the VM keeps it).
    static func newMemo() -> [UInt64] { Array(repeating: 0, count: 6 * memoEntries) }

    /// `sentences(_:prefilter:)` written into `present` and `wanted` (emptied first, their room kept:
    /// the extractor reuses them source after source). `memo` (`newMemo()`, or empty for none) keeps
    /// the recognizers of clauses seen before, from text to text: sentences often hold the same clauses.
    func sentences(_ text: SegmentedText, prefilter: RulePrefilter, present: inout [RulePrefilter.Present], wanted: inout [UInt64]) {
        var memo: [UInt64] = []
        sentences(text, prefilter: prefilter, present: &present, wanted: &wanted, memo: &memo)
    }

    func sentences(_ text: SegmentedText, prefilter: RulePrefilter, present: inout [RulePrefilter.Present], wanted: inout [UInt64],
                   memo: inout [UInt64]) {
        present.removeAll(keepingCapacity: true)
        wanted.removeAll(keepingCapacity: true)
        guard prefilter.words > 0 else { return }
        present.reserveCapacity(text.sentences.count)
        if conditional != 0 { wanted.reserveCapacity(text.sentences.count) }
        let memoized = memo.count == 6 * RecognizerDemand.memoEntries
        let words = prefilter.words
        // The raw rows below are read at `ruleCount + r`: the prefilter must be this program's own, built
        // with its word rows (one check per text, not per row).
        precondition(prefilter.ruleMasks.count == 2 * ruleCount * words, "RecognizerDemand: a prefilter of another program")
        text.tokens.withUnsafeBufferPointer { tk in
        prefilter.hashMasks.withUnsafeBufferPointer { masks in
        prefilter.ruleMasks.withUnsafeBufferPointer { ruleMasks in
        deciding.withUnsafeBufferPointer { deciding in
        decidingRecognizers.withUnsafeBufferPointer { recognizers in
        memo.withUnsafeMutableBufferPointer { m in
            // The rules' word rows (`words` words per rule, after the VM's rows).
            let rows = ruleMasks.baseAddress! + ruleCount * words
            for sentence in text.sentences {
                let p = prefilter.present(tk, masks, sentence.tokens)
                present.append(p)
                guard conditional != 0 else { continue }
                var slot = -1
                if memoized {
                    slot = 6 * RecognizerDemand.slot(of: p, among: RecognizerDemand.memoEntries)
                    if m[slot] != 0 && m[slot + 1] == p.0 && m[slot + 2] == p.1 && m[slot + 3] == p.2 && m[slot + 4] == p.3 {
                        wanted.append(m[slot + 5])
                        continue
                    }
                }
                // Each deciding rule that calls a recognizer not yet wanted and whose word row holds.
                // (Raw rows: this runs for every sentence the memo misses. One word per row, the usual
                // case, is tested on its own.)
                var w = always
                if words == 1 {
                    let missing = ~p.0
                    for k in 0..<deciding.count where recognizers[k] & ~w != 0 && rows[Int(deciding[k])] & missing == 0 {
                        w |= recognizers[k]
                    }
                } else {
                    for k in 0..<deciding.count where recognizers[k] & ~w != 0 {
                        let b = Int(deciding[k]) &* words
                        var miss = rows[b] & ~p.0 | rows[b &+ 1] & ~p.1
                        if words > 2 { miss |= rows[b &+ 2] & ~p.2 }
                        if words > 3 { miss |= rows[b &+ 3] & ~p.3 }
                        if miss == 0 { w |= recognizers[k] }
                    }
                }
                wanted.append(w)
                if slot >= 0 {
                    (m[slot], m[slot + 1], m[slot + 2], m[slot + 3], m[slot + 4], m[slot + 5]) = (1, p.0, p.1, p.2, p.3, w)
                }
            }
        }
        }
        }
        }
        }
        }
    }
}
