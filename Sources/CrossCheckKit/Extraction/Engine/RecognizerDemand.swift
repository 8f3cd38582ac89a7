/// Which recognizers a sentence needs, decided from its tokens before any recognizer runs.
///
/// A rule can match in a sentence only if the sentence satisfies every clause of the rule
/// (`RulePrefilter`). The clauses that name no recognizer (literals, lexicon words) are decided by the
/// tokens alone. When a sentence fails one of them for every rule that calls recognizer `i`, no rule
/// can use a recognition of `i` there, so `i` need not run in that sentence: its recognitions there
/// could only be dropped by the VM's own prefilter. Rules that need no word (`<person>`) make their
/// recognizers wanted everywhere.
struct RecognizerDemand: Sendable {
    /// The deciding entries: per distinct word row of the rules that call a `conditional` recognizer (the
    /// others can add none to a sentence's recognizers: theirs are all `always`), the row (`words` words
    /// per entry) and the conditional recognizers (as `RecognitionTable.bit`s) of the rules with that row.
    /// An entry whose recognizers an entry with a row it contains also gives is left out: whenever it holds
    /// the other holds too. A sentence gets the recognizers of every entry whose row its clauses hold,
    /// which is what testing every such rule gives (the rows are tested in no order that matters).
    private let rows: [UInt64]
    private let rowRecognizers: [UInt64]
    /// When there are at most 64 entries: the entries (as bits by index) whose rows a sentence's clauses
    /// hold, read from a table with one load per byte of the rows (`EnabledRules`) instead of a test per entry.
    private let holding: EnabledRules<UInt64>?
    /// The mask words per row (the prefilter's).
    private let words: Int

    /// The clause bits some entry's row holds: the only ones that decide a sentence's recognizers (the
    /// memo is keyed by a sentence's clauses masked with them, so sentences differing elsewhere share an entry).
    private let relevant: RulePrefilter.Present
    /// The program's rules (its prefilter has a rule row and a word row for each): to tell its prefilter.
    private let ruleCount: Int
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
        let conditional = any & ~always
        self.always = always
        self.conditional = conditional
        self.ruleCount = ruleRecognizers.count
        let w = pre.words
        self.words = w
        // Each deciding rule's word row (the prefilter's row `rules + r`) and its conditional recognizers,
        // merged by row.
        var entries: [(row: [UInt64], recognizers: UInt64)] = []
        for (r, recs) in ruleRecognizers.enumerated() where recs & conditional != 0 {
            let b = (ruleRecognizers.count + r) * w
            let row = Array(pre.ruleMasks[b..<(b + w)])
            if let k = entries.firstIndex(where: { $0.row == row }) {
                entries[k].recognizers |= recs & conditional
            } else {
                entries.append((row, recs & conditional))
            }
        }
        // Without the entries another one implies (its row within theirs, its recognizers among theirs).
        let contains = { (a: [UInt64], b: [UInt64]) in zip(a, b).allSatisfy { $0 & ~$1 == 0 } }
        let kept = entries.indices.filter { k in
            !entries.indices.contains { j in
                j != k && contains(entries[j].row, entries[k].row) && entries[k].recognizers & ~entries[j].recognizers == 0
            }
        }
        self.rows = kept.flatMap { entries[$0].row }
        self.rowRecognizers = kept.map { entries[$0].recognizers }
        self.holding = kept.count <= 64 ? EnabledRules(rows: rows, words: w, rules: Array(kept.indices)) : nil

        var relevant: [UInt64] = Array(repeating: 0, count: RulePrefilter.maxWords)
        for k in kept { for x in 0..<w { relevant[x] |= entries[k].row[x] } }
        self.relevant = (relevant[0], relevant[1], relevant[2], relevant[3])
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
        let words = self.words
        // The memo and the rows below are this program's: the prefilter must be its own too.
        precondition(prefilter.words == words && prefilter.ruleMasks.count == 2 * ruleCount * words,
                     "RecognizerDemand: a prefilter of another program")
        let relevant = self.relevant
        text.tokens.withUnsafeBufferPointer { tk in
        prefilter.hashMasks.withUnsafeBufferPointer { masks in
        rows.withUnsafeBufferPointer { rows in
        rowRecognizers.withUnsafeBufferPointer { recognizers in
        memo.withUnsafeMutableBufferPointer { m in
            for sentence in text.sentences {
                let p = prefilter.present(tk, masks, sentence.tokens)
                present.append(p)
                guard conditional != 0 else { continue }
                // Only the clauses some row holds decide.
                let q = (p.0 & relevant.0, p.1 & relevant.1, p.2 & relevant.2, p.3 & relevant.3)
                var slot = -1
                if memoized {
                    slot = 6 * RecognizerDemand.slot(of: q, among: RecognizerDemand.memoEntries)
                    if m[slot] != 0 && m[slot + 1] == q.0 && m[slot + 2] == q.1 && m[slot + 3] == q.2 && m[slot + 4] == q.3 {
                        wanted.append(m[slot + 5])
                        continue
                    }
                }
                // Each entry that gives a recognizer not yet wanted and whose row holds (the entries
                // whose rows hold from the table when there is one, else row by row). (Raw rows: this
                // runs for every sentence the memo misses. One word per row, the usual case, is tested
                // on its own.)
                var w = always
                if let holding {
                    var held = holding.rules(q)
                    while held != 0 {
                        w |= recognizers[held.trailingZeroBitCount]
                        held &= held &- 1
                    }
                } else if words == 1 {
                    let missing = ~q.0
                    for k in 0..<recognizers.count where recognizers[k] & ~w != 0 && rows[k] & missing == 0 {
                        w |= recognizers[k]
                    }
                } else {
                    for k in 0..<recognizers.count where recognizers[k] & ~w != 0 {
                        let b = k &* words
                        var miss = rows[b] & ~q.0 | rows[b &+ 1] & ~q.1
                        if words > 2 { miss |= rows[b &+ 2] & ~q.2 }
                        if words > 3 { miss |= rows[b &+ 3] & ~q.3 }
                        if miss == 0 { w |= recognizers[k] }
                    }
                }
                wanted.append(w)
                if slot >= 0 {
                    (m[slot], m[slot + 1], m[slot + 2], m[slot + 3], m[slot + 4], m[slot + 5]) = (1, q.0, q.1, q.2, q.3, w)
                }
            }
        }
        }
        }
        }
        }
    }
}
