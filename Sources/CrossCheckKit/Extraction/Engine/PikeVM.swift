/// Runs every rule of a `Program` over one sentence at a time, in one left-to-right pass over the
/// tokens, without backtracking (a Pike VM). A thread is an automaton state plus the token where its
/// match started and its capture slots; at each token position each state holds at most one thread
/// (the one that started earliest), so the work per sentence is O(tokens × states) for any pattern.
/// Recognitions and lexicon entries span several tokens: such a step lands on a later position, and the
/// thread rides along in the lists, in its place, until it lands (see `Thread.land`), so the lists keep
/// the threads' priority order: a thread that steps over three tokens at once keeps its rank against
/// one that steps over them one by one, and ties go to the earlier branch either way.
///
/// Per rule, matches are leftmost-longest and non-overlapping: the earliest start wins, its longest
/// end is taken once no live thread can start at or before it, and the rule resumes after that end.
///
/// A VM is scratch for one worker and runs in place: its thread lists and per-sentence lists are
/// `ScratchList`s, which a copy of the VM would share, so copies must not both run.
struct PikeVM {
    /// A thread: automaton state, start token, and its captures: its latest write in `arena` (-1: all unset).
    /// Plain integers, so moving threads costs no reference counting.
    private struct Thread {
        var pc: Int32
        var start: Int32
        var captures: Int32
        /// 0, or, for a thread in the middle of a multi-token step, the position where the step lands:
        /// until then it is carried from list to list unchanged (no ε-closure, no step), so it keeps its
        /// rank among the threads. (Kept in the lists, not in a list of its own merged back by start: that
        /// put every multi-token arrival after the single-token threads of the same start, so a lexicon
        /// entry or recognition lost a tie to a word-by-word path of a later branch.)
        var land: Int32 = 0
    }

    /// A list of threads (see `ScratchList`).
    private typealias ThreadList = ScratchList<Thread>

    let program: Program
    /// The recognizer demand's memo for this program (`RecognizerDemand.newMemo()`), lent to it per text.
    var demandMemo = RecognizerDemand.newMemo()
    // Hot tables copied out of `program` so the inner loops index them directly.
    /// `VMCode.steps`, `VMCode.leaves`, the needs, the start lists and the save sets in raw memory, for the inner loops
    /// (`tables` owns the memory; `hot` is a plain struct, so reading through it retains nothing).
    private let tables: VMTables
    private let hot: VMTables.Pointers
    private let starts: StartIndex
    /// Capture slots per rule.
    private let captureSize: [Int]
    /// The token sets (`VMCode.setHashes` and the rest).
    private let setHashStart: [Int32], setHashes: [UInt64], setClassStart: [Int32], setClasses: [TokenClass]
    private let prefilter: RulePrefilter
    /// Per `RecognitionTable.startMask` bit, four words: the prefilter rows (`recognizerMasks`) of the
    /// recognizers with that bit, or-ed (bit 63 is shared: its recognizers count as present together);
    /// and the bits that have some row.
    private let recognizerRowsByBit: [UInt64]
    private let recognizerRowBits: UInt64
    /// Per rule: whether the sentence holds what the rule needs (see `RulePrefilter`).
    private var enabled: [Bool]
    /// The rules that run in the VM (the others stay disabled in `enabled`).
    private let vmRules: [Int]
    /// The clauses `enabled` (and the live starts) were last set for, and whether any rule was enabled
    /// then: consecutive sentences often hold the same clauses, and then nothing need be recomputed.
    private var last: (present: RulePrefilter.Present, any: Bool)?
    /// When the rules fit a mask (at most 128, `EnabledRules`): the rules `enabled` now, as bits (so
    /// only the rules that change are written), rules 0 to 63 in `enabledMask` and 64 to 127 in
    /// `enabledHigh`. (Two words, not a `UInt128`, like `listMasks`: with at most 64 rules, `wide`
    /// false, the hot tests read one word.)
    private var enabledMask: UInt64 = 0
    private var enabledHigh: UInt64 = 0
    /// `enabledMask | enabledHigh`, and per start list its two words or-ed (`VMTables.listFolds`): a list
    /// none of whose bits here meets is sure to have no enabled rule, in one test as with one word (a
    /// list that meets may still have none when there are more than 64 rules: the lookup then returns
    /// it, and its spawn finds nothing, as the general path does).
    private var enabledFold: UInt64 = 0
    private let listFolds: [UInt64]
    /// When the rules fit a mask: the rules a sentence's clauses enable (the program's table).
    private let enabledTable: EnabledRules<UInt64>
    /// When there are 65 to 128 rules: their table (`Program.wideEnabledRules`), and that there are.
    private let wideEnabledTable: EnabledRules<UInt128>
    private let wide: Bool
    /// When the rules fit a mask: per start list, its rules as bits (ascending, as the lists are: each
    /// list files its rules in rule order), so a spawn visits only the enabled ones (`enabledMask`).
    /// Else empty. Rules 0 to 63 in `listMasks`, 64 to 127 in `listHighMasks` (read only when `wide`).
    private let listMasks: [UInt64]
    private let listHighMasks: [UInt64]
    /// When the rules fit a mask: per rule, the recognizers it starts at, and the rules that start by hash
    /// and by class (`VMTables.ruleStartBits`): the live starts of the enabled rules are or-ed from them,
    /// a few instructions per enabled rule, where walking the start lists (`findLiveStarts`) cost about a
    /// thousand, and a cache of its answers by enabled rules missed often enough to cost more.
    private let ruleStartBits: [UInt64]
    private let hashStartRules: UInt128
    private let classStartRules: UInt128

    private var seen: [Int32]
    private var generation: Int32 = 0
    /// The capture writes of this sentence's threads, each pointing to the write before it on its
    /// thread's path (`CaptureWrite`): a thread's captures are the chain from its latest write, which
    /// threads that share a path share, so a write adds one entry where a copy of the thread's whole
    /// block cost a fill or a copy (a call into libc) and a uniqueness check. Chains are read only for
    /// the matches a rule keeps (`slots(of:size:into:)`).
    private var arena = ScratchList<CaptureWrite>()
    /// The threads of this position that `add` gave no thread because they cannot step over its token
    /// (`VMLeaf`), of those that started before it: their state and start, for `isBlocked` alone. Such a
    /// thread would have held its rule's pending match back until the step (`settle` runs before it),
    /// and a match emitted a position sooner can change which threads take a state (see `AheadNeeds`):
    /// `isBlocked` counts them as the threads they were (those their needs would have kept).
    private var doomed = ScratchList<Thread>()
    /// A lexicon walk's hits (a `ScratchList`: emptied with one store, not an array's removal call).
    private var lexiconHits = ScratchList<(end: Int, entry: Int)>()
    /// A rule's match state: its resume point, and its pending leftmost match (`bestStart` -1: none)
    /// and the match's captures. In one record per rule in a `ScratchList` (no bounds or uniqueness
    /// checks): `alive` reads it for every thread at every position, where it read three arrays.
    private struct RuleState {
        var minStart: Int32
        var bestStart: Int32 = -1
        var bestEnd: Int32 = -1
        var bestCaptures: Int32 = -1
    }
    // Per-rule match state (`RuleState`), and later candidates.
    private var ruleStates: ScratchList<RuleState>
    private var candidates: [[Candidate]]
    private var pendingRules: [Int] = []
    private var output: [RuleMatch] = []
    /// The sentence's matches as they are settled (rule, start, end, offset of their slots in
    /// `matchSlots`): they become `output` once the sentence is done, all sharing `matchSlots`, so a
    /// match allocates nothing.
    private var settled = ScratchList<(rule: Int, start: Int, end: Int, offset: Int)>()
    /// The slots of `settled` are `matchSlots[0..<slotCount]` (the rest is room, kept from sentence to
    /// sentence and written over, not emptied: in place once the caller has let go of the previous
    /// sentence's matches, which share the array; while it holds them, the first write copies it).
    private var matchSlots: [Int32] = []
    private var slotCount = 0
    private var lists: (ThreadList, ThreadList, ThreadList)
    /// Per sentence: whether an enabled rule starts by token hash (literal or lexicon word), by token
    /// class, and the `startMask` bits of the recognizers that start one.
    private var liveHash = true
    private var liveClasses = true
    private var liveRecognizers: UInt64 = ~0
    /// Per `startMask` bit below 63: the start list of the recognizer with that index (-1: none starts a
    /// rule); and the entries of `starts.recognizers` from index 63 on (they share bit 63).
    private let recognizerList: [Int32]
    private let highRecognizers: [Int]
    private var lo = 0
    private var hi = 0
    /// Per atom of `AheadNeeds` (what a thread needs ahead, per instruction, is `hot.needs`): its
    /// `RecognitionTable.startMask` bit (0 for a lexicon), and for a lexicon the filter of
    /// its first words (`HashFilter64`'s 64 words, at `64 * atom`): a token outside it starts no entry.
    /// Both may say yes where the atom does not start (bit 63 is shared, a filter has false hits): a
    /// thread is then kept, never dropped wrongly.
    private let atomBits: [UInt64]
    private let atomWords: [UInt64]
    /// Per atom: the last position of the sentence where it may start (-1: none), for needs with no
    /// bound; found when first asked, for the sentence `lastStamp[a]` (a `serial`).
    private var lastStart: [Int]
    private var lastStamp: [Int32]
    private var serial: Int32 = 0
    /// The atoms of needs with no bound, as bits by atom (0 when one of them is atom 64 or later: each is
    /// then found on its own, `findLast`). When not 0, the first such need asked in a sentence finds every
    /// one's last start in one backward scan (`findAllLast`, for the sentence `allLastSerial`), which
    /// reads each token once for all of them, where a scan per atom reads the tokens after its last
    /// start once per atom (all of them when it starts nowhere, as most atoms do); `lastFound`: the
    /// atoms it found (the others start nowhere the VM still looks). It looks them up in
    /// `lexiconAtomsByBit` (per `HashFilter64` bit: the lexicon atoms whose first-word filter has it)
    /// and `recognizerAtomsByBit` (per `startMask` bit: the recognizer atoms with it), the same tests
    /// as `lastMayStart`.
    private let unboundedAtoms: UInt64
    private var allLastSerial: Int32 = 0
    private var lastFound: UInt64 = 0
    private let lexiconAtomsByBit: [UInt64]
    private let recognizerAtomsByBit: [UInt64]
    /// The `startMask` bits some atom of `unboundedAtoms` has.
    private let recognizerAtomMask: UInt64

    /// The sentence's tokens and recognition starts, lent to the thread filter for one run.
    private struct Lookahead {
        let tokens: UnsafeBufferPointer<Token>
        let startMask: UnsafeBufferPointer<UInt64>
    }

    /// What the leaves' token test (`VMLeaf`) reads of the position: its token's hash and its
    /// recognition starts; `steps` false at the sentence end, where no thread steps (every leaf fails).
    private struct Here {
        var hash: UInt64 = 0
        var startMask: UInt64 = 0
        var steps = false

        /// Whether a thread in `leaf`'s state (not a match) may step over the token.
        @inline(__always)
        func mayStep(_ leaf: VMLeaf, _ lexiconWords: UnsafePointer<UInt64>) -> Bool {
            guard steps else { return false }
            switch leaf.test {
            case .literal: return hash == leaf.word
            case .recognizer: return startMask & leaf.word != 0
            case .lexicon:
                return HashFilter64.mayContain(hash, UnsafeBufferPointer(start: lexiconWords + 64 * Int(leaf.word), count: 64))
            default: return true
            }
        }
    }

    /// A VM for `program`. Its tables and scratch room are sized by the program once: one VM serves
    /// source after source (`ExtractionScratch`).
    init(program: Program) {
        self.program = program
        // The derived tables are built once with the program and shared (copies of its arrays: a retain each).
        let tables = program.vmTables
        self.tables = tables
        hot = tables.pointers
        starts = program.starts
        captureSize = program.captureSizes
        setHashStart = program.code.setHashStart
        setHashes = program.code.setHashes
        setClassStart = program.code.setClassStart
        setClasses = program.code.setClasses
        prefilter = program.prefilter
        recognizerRowsByBit = tables.recognizerRowsByBit
        recognizerRowBits = tables.recognizerRowBits
        recognizerList = tables.recognizerList
        highRecognizers = tables.highRecognizers
        atomBits = tables.atomBits
        atomWords = tables.atomWords
        lastStart = Array(repeating: -1, count: program.needs.atoms.count)
        lastStamp = Array(repeating: 0, count: program.needs.atoms.count)
        unboundedAtoms = tables.unboundedAtoms
        lexiconAtomsByBit = tables.lexiconAtomsByBit
        recognizerAtomsByBit = tables.recognizerAtomsByBit
        recognizerAtomMask = tables.recognizerAtomMask
        enabled = program.runsInVM
        vmRules = tables.vmRules
        enabledMask = UInt64(truncatingIfNeeded: tables.vmRuleMask)
        enabledHigh = UInt64(truncatingIfNeeded: tables.vmRuleMask >> 64)
        enabledFold = enabledMask | enabledHigh
        listFolds = tables.listFolds
        enabledTable = program.enabledRules
        wideEnabledTable = program.wideEnabledRules
        wide = program.runsInVM.count > 64
        listMasks = tables.listMasks
        listHighMasks = tables.listHighMasks
        ruleStartBits = tables.ruleStartBits
        hashStartRules = tables.hashStartRules
        classStartRules = tables.classStartRules
        seen = Array(repeating: -1, count: program.instructions.count)
        let n = program.ruleStart.count
        ruleStates = ScratchList(capacity: n)
        for _ in 0..<n { ruleStates.append(RuleState(minStart: 0)) }
        candidates = Array(repeating: [], count: n)
        // A position holds each state at most once: the lists rarely grow past that.
        let room = program.instructions.count + 1
        lists = (ThreadList(capacity: room), ThreadList(capacity: room), ThreadList(capacity: room))
    }

    /// Every rule's matches in the sentence (in no particular order; the extractor sorts claims), a
    /// range of `text`'s tokens; `recognitions` are the text's. `words`: the prefilter clauses the
    /// sentence's tokens satisfy (`RulePrefilter.present`), when the caller has them; else they are
    /// computed here. (The text and table are lent per call, not kept: a VM serves many texts.)
    mutating func run(_ sentence: Range<Int>, words: RulePrefilter.Present? = nil, text: SegmentedText,
                      recognitions: RecognitionTable) -> [RuleMatch] {
        lo = sentence.lowerBound
        hi = sentence.upperBound
        if !output.isEmpty {
            output.removeAll(keepingCapacity: true)
            settled.count = 0
            slotCount = 0
        }
        if prefilter.words > 0 {
            guard filterRules(words, text, recognitions) else { return output }
        }
        arena.count = 0
        for r in 0..<ruleStates.count { ruleStates[r].minStart = Int32(lo) }
        if !atomBits.isEmpty { startLookahead() }
        // The lists keep their storage from sentence to sentence (lent to the run, taken back after it).
        var (current, next, incoming) = lists
        let hot = self.hot
        // `seen` is moved out of self for the run so the ε-closure loop can use a raw pointer to it.
        var seenStore: [Int32] = []
        swap(&seenStore, &seen)
        seenStore.withUnsafeMutableBufferPointer { seen in
        text.text.withUnsafeBufferPointer { bytes in
        text.tokens.withUnsafeBufferPointer { tokens in
        recognitions.startMask.withUnsafeBufferPointer { startMask in
            let ahead = Lookahead(tokens: tokens, startMask: startMask)
            var p = lo
            while p <= hi {
                // The threads at p, in priority order: those that stepped here, and those still riding a
                // multi-token step, in their places.
                swap(&incoming, &next)
                next.count = 0
                if incoming.count == 0 && pendingRules.isEmpty && !liveClasses && p < hi {
                    // No thread is alive: jump to the next token where an enabled rule can start.
                    let (from, to, liveRecognizers, liveHash) = (p, hi, self.liveRecognizers, self.liveHash)
                    p = recognitions.startMask.withUnsafeBufferPointer { mask in
                        text.tokens.withUnsafeBufferPointer { tk in
                            var q = from
                            while q < to && mask[q] & liveRecognizers == 0 && !(liveHash && startsByHash(tk[q].hash) != nil) {
                                q += 1
                            }
                            return q
                        }
                    }
                }
                if generation == Int32.max {
                    // One VM serves many sources: start the marks afresh before the count would wrap.
                    seen.update(repeating: -1)
                    generation = 0
                }
                generation += 1
                current.count = 0
                doomed.count = 0
                let here = p < hi ? Here(hash: tokens[p].hash, startMask: startMask[p], steps: true) : Here()
                for k in 0..<incoming.count {
                    let t = incoming[k]
                    if alive(Int(t.start), rule: Int(hot.steps[Int(t.pc)].rule)) {
                        if Int(t.land) > p {
                            current.append(t)
                        } else {
                            add(&current, root: Int(t.pc), start: Int(t.start), captures: t.captures, at: p, here, seen, ahead)
                        }
                    }
                }
                incoming.count = 0
                // Most positions start no rule: tested here, before the call (the hash's list is passed on).
                if p < hi {
                    let byHash = liveHash ? startsByHash(tokens[p].hash) : nil
                    if byHash != nil || startMask[p] & liveRecognizers != 0 || liveClasses {
                        spawn(&current, at: p, here, byHash: byHash, bytes, seen, ahead, recognitions)
                    }
                }
                if !pendingRules.isEmpty { settle(current, final: p == hi, at: p, ahead) }
                if p == hi { break }
                // Step every thread over token p.
                let tok = tokens[p]
                // The entries of the recognizer stepped last (threads of a rule's branches, and of several
                // rules, often step the same recognizer here).
                var entriesOf = -1, entriesHere = 0..<0
                for k in 0..<current.count {
                    let t = current[k]
                    if t.land != 0 {
                        // Riding a multi-token step: on to the next position as it is.
                        next.append(t)
                        continue
                    }
                    let pc = Int(t.pc)
                    let step = hot.steps[pc]
                    switch step.op {
                    case VMCode.literal:
                        if tok.hash == step.hash { next.append(Thread(pc: t.pc + 1, start: t.start, captures: t.captures)) }
                    case VMCode.tokenClass:
                        if step.tokenClass.matches(tok, bytes) { next.append(Thread(pc: t.pc + 1, start: t.start, captures: t.captures)) }
                    case VMCode.tokenSet:
                        let set = Int(step.arg)
                        var hit = false
                        for j in Int(setClassStart[set])..<Int(setClassStart[set + 1]) where setClasses[j].matches(tok, bytes) { hit = true; break }
                        if !hit {
                            for j in Int(setHashStart[set])..<Int(setHashStart[set + 1]) where setHashes[j] == tok.hash { hit = true; break }
                        }
                        if hit { next.append(Thread(pc: t.pc + 1, start: t.start, captures: t.captures)) }
                    case VMCode.recognizer:
                        let i = Int(step.arg), slot = Int(step.slot), rule = Int(step.rule)
                        guard alive(Int(t.start), rule: rule) else { continue }
                        if i != entriesOf { (entriesOf, entriesHere) = (i, recognitions.entries(i, at: p)) }
                        for e in entriesHere {
                            let end = recognitions.end(e)
                            guard end <= hi else { continue }
                            let caps = write(t.captures, rule: rule, slot, Int32(p), Int32(end), recognitions.recognition(e))
                            next.append(Thread(pc: t.pc + 1, start: t.start, captures: caps, land: end == p + 1 ? 0 : Int32(end)))
                        }
                    case VMCode.lexicon:
                        // (The token passed the lexicon's first-word filter: `add` tested it.)
                        let i = Int(step.arg), slot = Int(step.slot), rule = Int(step.rule)
                        guard alive(Int(t.start), rule: rule) else { continue }
                        lexiconHits.count = 0
                        hot.tries[i].matches(tokens, from: p, limit: hi, into: &lexiconHits)
                        // Longest entry first (the trie finds them shortest first): of two readings that end
                        // the match at the same token, the one taking the longer entry wins, as a recognizer's
                        // longer recognition does.
                        for h in stride(from: lexiconHits.count - 1, through: 0, by: -1) {
                            let (end, entry) = lexiconHits[h]
                            let caps = write(t.captures, rule: rule, slot, Int32(p), Int32(end), Int32(entry))
                            next.append(Thread(pc: t.pc + 1, start: t.start, captures: caps, land: end == p + 1 ? 0 : Int32(end)))
                        }
                    default:
                        break
                    }
                }
                p += 1
            }
        }
        }
        }
        }
        swap(&seenStore, &seen)
        current.count = 0
        next.count = 0
        incoming.count = 0
        lists = (current, next, incoming)
        // Whatever is still pending is final: no thread survives the sentence end.
        settle(current, final: true, at: hi, nil)
        for k in 0..<settled.count {
            let m = settled[k]
            output.append(RuleMatch(rule: m.rule, start: m.start, end: m.end, slots: matchSlots, offset: m.offset, size: captureSize[m.rule]))
        }
        return output
    }

    /// Sets `enabled` for the sentence `lo..<hi`: a rule is enabled when every clause it needs is
    /// satisfied by some token or recognition of the sentence. False when no rule is.
    private mutating func filterRules(_ words: RulePrefilter.Present?, _ text: SegmentedText, _ recognitions: RecognitionTable) -> Bool {
        var recognized: UInt64 = 0
        // Locals and raw buffers: the loop runs once per token of every sentence.
        let (from, to) = (lo, hi)
        var present: RulePrefilter.Present = text.tokens.withUnsafeBufferPointer { tk in
            prefilter.hashMasks.withUnsafeBufferPointer { masks in words ?? prefilter.present(tk, masks, from..<to) }
        }
        recognitions.startMask.withUnsafeBufferPointer { starting in
            for p in from..<to { recognized |= starting[p] }
        }
        // Only the bits that are set: a sentence holds few of the recognizers.
        var bits = recognized & recognizerRowBits
        if bits != 0 {
            recognizerRowsByBit.withUnsafeBufferPointer { rows in
                while bits != 0 {
                    let b = 4 * bits.trailingZeroBitCount
                    bits &= bits &- 1
                    present.0 |= rows[b]
                    present.1 |= rows[b + 1]
                    present.2 |= rows[b + 2]
                    present.3 |= rows[b + 3]
                }
            }
        }
        // `enabled` and the live starts depend on `present` alone: the same clauses as last time, the same rules.
        if let last, last.present == present { return last.any }
        guard enabled.count <= 128 else {
            var any = false
            for r in vmRules {
                let ok = prefilter.satisfies(r, present)
                enabled[r] = ok
                any = any || ok
            }
            last = (present, any)
            if any { findLiveStarts() }
            return any
        }
        // Computed afresh (a load per byte of the rows): a cache of earlier sentences' choices by clauses
        // missed most of the time and cost more than it saved.
        let mask = wide ? wideEnabledTable.rules(present) : UInt128(enabledTable.rules(present))
        last = (present, mask != 0)
        if mask != 0 {
            setEnabled(mask)
            liveHash = mask & hashStartRules != 0
            liveClasses = mask & classStartRules != 0
            // Word by word (the high word is zero unless there are more than 64 rules): a bit scan of a
            // word costs less than one of a `UInt128`.
            var recognizers: UInt64 = 0
            ruleStartBits.withUnsafeBufferPointer { bits in
                var rules = UInt64(truncatingIfNeeded: mask), base = 0
                while true {
                    while rules != 0 {
                        recognizers |= bits[base &+ rules.trailingZeroBitCount]
                        rules &= rules &- 1
                    }
                    rules = UInt64(truncatingIfNeeded: mask >> 64)
                    if base != 0 || rules == 0 { break }
                    base = 64
                }
            }
            liveRecognizers = recognizers
        }
        return mask != 0
    }

    /// Sets `enabled` to the rules of `mask` (the rules fit a mask), writing only the rules that change.
    @inline(__always)
    private mutating func setEnabled(_ mask: UInt128) {
        let low = UInt64(truncatingIfNeeded: mask), high = UInt64(truncatingIfNeeded: mask >> 64)
        var diff = low ^ enabledMask, diffHigh = high ^ enabledHigh
        guard diff | diffHigh != 0 else { return }
        enabledMask = low
        enabledHigh = high
        enabledFold = low | high
        enabled.withUnsafeMutableBufferPointer { e in
            while diff != 0 {
                let r = diff.trailingZeroBitCount
                diff &= diff &- 1
                e[r] = low & (1 &<< UInt64(r)) != 0
            }
            while diffHigh != 0 {
                let r = diffHigh.trailingZeroBitCount
                diffHigh &= diffHigh &- 1
                e[64 &+ r] = high & (1 &<< UInt64(r)) != 0
            }
        }
    }

    /// The start list filed under token hash `h`, if any (the start index's filter and map, in raw memory:
    /// the VM asks at every token it passes). When the rules fit a mask, nil also for a list none of whose
    /// rules is enabled: nothing starts there, so the VM skips the token (`run`'s jump) as it skips a
    /// token with no list, where it stopped and spawned nothing. (Tested on `listFolds`: exact up to 64
    /// rules; past 64, a list may pass with no enabled rule, which costs a stop and changes nothing.)
    @inline(__always)
    private func startsByHash(_ h: UInt64) -> Int32? {
        let hot = self.hot
        guard HashFilter64.mayContain(h, UnsafeBufferPointer(start: hot.startFilter, count: 64)),
              let k = HashMap64.get(h, hot.startKeys, hot.startValues, hot.startSlots) else { return nil }
        if !listFolds.isEmpty && listFolds[Int(k)] & enabledFold == 0 { return nil }
        return k
    }

    /// Sets `liveHash`, `liveClasses` and `liveRecognizers` from the rules `enabled` for the sentence
    /// (when the rules do not fit a mask).
    private mutating func findLiveStarts() {
        func live(_ k: Int32) -> Bool {
            for j in Int(starts.listStart[Int(k)])..<Int(starts.listStart[Int(k) + 1]) where enabled[Int(starts.rules[j])] {
                return true
            }
            return false
        }
        liveHash = starts.hashRules.contains { enabled[Int($0)] }
        liveClasses = starts.classLists.contains(where: live)
        liveRecognizers = 0
        for c in starts.recognizers.indices where live(starts.recognizerLists[c]) {
            liveRecognizers |= RecognitionTable.bit(Int(starts.recognizers[c]))
        }
    }

    // MARK: - Captures

    private struct Candidate {
        var start: Int
        var end: Int
        var captures: Int32
    }

    /// One capture write (an entry of `arena`): `earlier` is the write before it on the thread's path
    /// (-1: none). `code` >= 0: an occurrence's first slot, set with `start`, `end` and `entry` (a
    /// multi-token step's start, end and entry: a recognition's index, a lexicon entry); `code` < 0:
    /// save set `-1 - code`, each of its slots set to `start` (the position).
    private struct CaptureWrite {
        var earlier: Int32
        var code: Int32
        var start: Int32
        var end: Int32
        var entry: Int32
    }

    /// The captures `captures` with the occurrence slot `slot` set to a multi-token step's start, end
    /// and entry. (`PatternCompiler` gives each recognizer or lexicon use three slots and each capture
    /// two, and makes `captureSize` their total.)
    @inline(__always)
    private mutating func write(_ captures: Int32, rule r: Int, _ slot: Int, _ start: Int32, _ end: Int32, _ entry: Int32) -> Int32 {
        assert(slot >= 0 && slot + 3 <= captureSize[r], "occurrence slot outside the rule's capture block")
        assert(start >= 0 && end >= 0 && entry >= 0, "a capture value is negative (read as unset)")
        arena.append(CaptureWrite(earlier: captures, code: Int32(slot), start: start, end: end, entry: entry))
        return Int32(arena.count - 1)
    }

    /// The captures `captures` with the slots of save set `set` (not 0) set to `p`.
    @inline(__always)
    private mutating func writeSaves(_ captures: Int32, set: Int32, _ p: Int32) -> Int32 {
        assert(p >= 0, "a capture value is negative (read as unset)")
        arena.append(CaptureWrite(earlier: captures, code: -1 - set, start: p, end: 0, entry: 0))
        return Int32(arena.count - 1)
    }

    /// The `size` capture slots of the chain from write `captures` (-1: none) into `to`: each slot the
    /// value of its latest write (the first met walking back from `captures`), -1 where none wrote.
    /// (-1 also marks a slot not written yet on the walk: every value written is a position or an
    /// index, never negative.) (Static, given the VM's tables: a method on the VM copied the whole VM
    /// per call.)
    private static func slots(of captures: Int32, size: Int, into to: UnsafeMutablePointer<Int32>,
                              _ arena: ScratchList<CaptureWrite>, _ hot: VMTables.Pointers) {
        let unset: Int32 = -1
        to.update(repeating: unset, count: size)
        var w = Int(captures)
        while w >= 0 {
            let write = arena[w]
            if write.code >= 0 {
                let s = Int(write.code)
                assert(s + 3 <= size, "occurrence slot outside the rule's capture block")
                if to[s] == unset { to[s] = write.start }
                if to[s + 1] == unset { to[s + 1] = write.end }
                if to[s + 2] == unset { to[s + 2] = write.entry }
            } else {
                let set = Int(-1 - write.code)
                for k in Int(hot.saveStart[set])..<Int(hot.saveStart[set + 1]) {
                    let s = Int(hot.saveSlots[k])
                    assert(s >= 0 && s < size, "save slot outside the rule's capture block")
                    if to[s] == unset { to[s] = write.start }
                }
            }
            w = Int(write.earlier)
        }
    }

    // MARK: - Threads

    /// A thread is alive unless it started before the rule's resume point or strictly inside the
    /// rule's pending leftmost match (it could only produce an overlapping match).
    @inline(__always)
    private func alive(_ start: Int, rule r: Int) -> Bool {
        let s = ruleStates[r]
        return start >= Int(s.minStart) && !(s.bestStart >= 0 && Int(s.bestStart) < start && start < Int(s.bestEnd))
    }

    /// New threads for every rule that can start at token p (see `StartIndex`); `byHash`: the start list
    /// filed under the token's hash, when rules start by hash and one is.
    private mutating func spawn(_ list: inout ThreadList, at p: Int, _ here: Here, byHash: Int32?, _ bytes: UnsafeBufferPointer<UInt8>,
                                _ seen: UnsafeMutableBufferPointer<Int32>, _ ahead: Lookahead, _ recognitions: RecognitionTable) {
        let tok = ahead.tokens[p]
        if let k = byHash { spawnList(Int(k), &list, at: p, here, seen, ahead) }
        if liveClasses {
            for c in starts.classes.indices where starts.classes[c].matches(tok, bytes) {
                spawnList(Int(starts.classLists[c]), &list, at: p, here, seen, ahead)
            }
        }
        let mask = recognitions.startMask[p] & liveRecognizers
        guard mask != 0 else { return }
        // The recognizers starting here, bit by bit (the order of the lists does not matter: a rule's
        // threads at p all come from its one entry closure, whichever list names it first).
        var bits = mask & ~RecognitionTable.bit(63)
        while bits != 0 {
            let i = bits.trailingZeroBitCount
            bits &= bits &- 1
            let k = Int(recognizerList[i])
            if k >= 0 { spawnList(k, &list, at: p, here, seen, ahead) }
        }
        // Bit 63 is shared: those recognizers check their rows.
        if mask & RecognitionTable.bit(63) != 0 {
            for c in highRecognizers where recognitions.starts(Int(starts.recognizers[c]), at: p) {
                spawnList(Int(starts.recognizerLists[c]), &list, at: p, here, seen, ahead)
            }
        }
    }

    @inline(__always)
    private mutating func spawnList(_ k: Int, _ list: inout ThreadList, at p: Int, _ here: Here, _ seen: UnsafeMutableBufferPointer<Int32>,
                                    _ ahead: Lookahead) {
        let hot = self.hot
        if !listMasks.isEmpty {
            // Only the list's enabled rules, in rule order (the list's order), a word at a time (the
            // high word only when `wide`; one flat loop, so `spawnAdd` is inlined once: with two loops
            // it was not, and the calls cost more).
            var rules = listMasks[k] & enabledMask, base = 0
            while true {
                if rules == 0 {
                    guard wide && base == 0 else { break }
                    (rules, base) = (listHighMasks[k] & enabledHigh, 64)
                    continue
                }
                let r = base &+ rules.trailingZeroBitCount
                rules &= rules &- 1
                if alive(p, rule: r) { spawnAdd(&list, root: Int(hot.ruleStart[r]), at: p, here, seen, ahead) }
            }
            return
        }
        for j in Int(hot.listStart[k])..<Int(hot.listStart[k + 1]) {
            let r = Int(hot.listRules[j])
            if enabled[r] && alive(p, rule: r) { spawnAdd(&list, root: Int(hot.ruleStart[r]), at: p, here, seen, ahead) }
        }
    }

    /// Adds a thread entering at `root` and everything reachable from it without consuming (the
    /// ε-closure, precomputed in `VMCode`). A state already reached at this position is skipped:
    /// the first thread to reach it (the earliest start) keeps it. A state that cannot step over the
    /// position's token (`VMLeaf`: its thread would die at the step) or whose rule needs an atom that
    /// does not start close enough ahead (`AheadNeeds`) gets no thread: none could match. (The token is
    /// tested first: it is the cheaper test and fails more often. A thread that started earlier and fails
    /// it is kept in `doomed` for `settle`; one spawned here blocks no pending match: those started
    /// before p.)
    @inline(__always)
    private mutating func add(_ list: inout ThreadList, root: Int, start: Int, captures: Int32, at p: Int, _ here: Here,
                              _ seen: UnsafeMutableBufferPointer<Int32>, _ ahead: Lookahead) {
        let hot = self.hot
        let k = closure(entering: root, at: p)
        var lastSet: Int32 = 0
        var block = captures
        for j in Int(hot.closureStart[k])..<Int(hot.closureStart[k + 1]) {
            let leaf = hot.leaves[j]
            let pc = Int(leaf.pc)
            if seen[pc] == generation { continue }
            seen[pc] = generation
            let isMatch = leaf.test == .match
            if !isMatch {
                guard here.mayStep(leaf, hot.lexiconWords) else {
                    // (At the sentence end no pending match waits for a thread.)
                    if start < p && here.steps { keepDoomed(leaf.pc, start: start) }
                    continue
                }
                if leaf.need >= 0 && !isAhead(leaf.need, at: p, ahead) { continue }
            }
            take(leaf, isMatch: isMatch, &list, start: start, captures: captures, at: p, &lastSet, &block)
        }
    }

    /// The closure a thread entering at `root` walks at position p (`VMCode`: an anchored entry's four
    /// variants by sentence start and end).
    @inline(__always)
    private func closure(entering root: Int, at p: Int) -> Int {
        let entry = hot.steps[root]
        let k = Int(entry.entry)
        return entry.anchored ? k + Int(VMCode.variant(atStart: p == lo, atEnd: p == hi)) : k
    }

    /// Gives the state of `leaf`, reached by a thread that started at `start` with `captures`, its thread
    /// (a match: records it), with the leaf's saves written. `lastSet` and `block`: the save set the
    /// closure walk wrote last and the captures that gave (0 and `captures` at first), so leaves that
    /// save the same slots share one write.
    @inline(__always)
    private mutating func take(_ leaf: VMLeaf, isMatch: Bool, _ list: inout ThreadList, start: Int, captures: Int32, at p: Int,
                               _ lastSet: inout Int32, _ block: inout Int32) {
        let set = leaf.saves
        var caps = captures
        if set != 0 {
            if set != lastSet {
                block = writeSaves(captures, set: set, Int32(p))
                lastSet = set
            }
            caps = block
        }
        if isMatch {
            record(Int(leaf.word), start: start, end: p, caps)
        } else {
            list.append(Thread(pc: leaf.pc, start: Int32(start), captures: caps))
        }
    }

    /// `add` for a thread that starts at p (no captures), at a position where threads step: the same
    /// threads, in the same order, but only the leaves that pass the token test are visited, found by
    /// their groups (`ClosureDispatch`). The others need nothing here: such a thread blocks no pending
    /// match (`doomed` holds those started before p), and a leaf left unmarked is reached at p only by
    /// later spawns, whose test fails it as well (the threads that started before p were added first).
    @inline(__always)
    private mutating func spawnAdd(_ list: inout ThreadList, root: Int, at p: Int, _ here: Here,
                                   _ seen: UnsafeMutableBufferPointer<Int32>, _ ahead: Lookahead) {
        assert(here.steps, "a spawn at the sentence end")
        let hot = self.hot
        let k = closure(entering: root, at: p)
        let head = hot.dispatchHeads[k]
        guard head.usable else {
            add(&list, root: root, start: p, captures: -1, at: p, here, seen, ahead)
            return
        }
        var pass = ClosureDispatch.passing(head, hash: here.hash, startMask: here.startMask, hot.dispatchPairs, hot.lexiconWords)
        let base = Int(hot.closureStart[k])
        var lastSet: Int32 = 0
        var block: Int32 = -1
        while pass != 0 {
            let leaf = hot.leaves[base + pass.trailingZeroBitCount]
            pass &= pass &- 1
            let pc = Int(leaf.pc)
            if seen[pc] == generation { continue }
            seen[pc] = generation
            let isMatch = leaf.test == .match
            if !isMatch && leaf.need >= 0 && !isAhead(leaf.need, at: p, ahead) { continue }
            take(leaf, isMatch: isMatch, &list, start: p, captures: -1, at: p, &lastSet, &block)
        }
    }

    /// Files a thread that started at `start` in state `pc` in `doomed`. (Not inlined: `add` is inlined
    /// into the VM's loops, and stays so only while it is small.)
    @inline(never)
    private mutating func keepDoomed(_ pc: Int32, start: Int) {
        doomed.append(Thread(pc: pc, start: Int32(start), captures: -1))
    }

    // MARK: - Needs ahead

    /// A new sentence for the thread filter: every atom's last start is stale.
    private mutating func startLookahead() {
        if serial == Int32.max {
            for a in lastStamp.indices { lastStamp[a] = 0 }
            allLastSerial = 0
            serial = 0
        }
        serial += 1
    }

    /// The last token of `from...last` where atom `a` may start, scanning down from `last`; `from - 1`
    /// when none. (One loop per kind of atom, its mask bit or its filter taken once: the scan is the
    /// VM's most repeated test of the tokens ahead.)
    @inline(__always)
    private func lastMayStart(_ a: Int, from: Int, last: Int, _ ahead: Lookahead) -> Int {
        var q = last
        let bit = atomBits[a]
        if bit != 0 {
            while q >= from && ahead.startMask[q] & bit == 0 { q &-= 1 }
            return q
        }
        return atomWords.withUnsafeBufferPointer { words in
            let filter = UnsafeBufferPointer(rebasing: words[(64 * a)..<(64 * a + 64)])
            while q >= from && !HashFilter64.mayContain(ahead.tokens[q].hash, filter) { q &-= 1 }
            return q
        }
    }

    /// Whether the atom of `need` may start within its distance of position p (before the sentence end).
    @inline(__always)
    private mutating func isAhead(_ need: Int32, at p: Int, _ ahead: Lookahead) -> Bool {
        let a = Int(need & 0xFF), d = Int(need >> 8)
        if d == Int(AheadNeeds.unbounded) {
            if unboundedAtoms != 0 {
                if allLastSerial != serial { findAllLast(from: p, ahead) }
                return lastFound & (1 &<< UInt64(a)) != 0 && lastStart[a] >= p
            }
            if lastStamp[a] != serial { findLast(a, ahead) }
            return lastStart[a] >= p
        }
        let end = min(hi - 1, p + d)
        guard p <= end else { return false }
        return lastMayStart(a, from: p, last: end, ahead) >= p
    }

    /// `lastStart[a]` for the sentence: one backward scan, to the first start from the end.
    private mutating func findLast(_ a: Int, _ ahead: Lookahead) {
        let q = lastMayStart(a, from: lo, last: hi - 1, ahead)
        lastStart[a] = q >= lo ? q : -1
        lastStamp[a] = serial
    }

    /// `lastStart` of the atoms of `unboundedAtoms` that may start in `from..<hi` (those in `lastFound`),
    /// in one backward scan that ends once each has one. `from` is the position of the first need asked
    /// in the sentence: the later ones are asked at the same position or after (the VM moves forward),
    /// so an atom that starts only before it counts as starting nowhere. (The same starts as
    /// `lastMayStart` from the end: a token's atoms are those whose filter has its hash's bit, or whose
    /// `startMask` bit it has.) (Not inlined: it runs once per sentence at most, and inlined into `add` it
    /// kept `add` itself from being inlined into its callers.)
    @inline(never)
    private mutating func findAllLast(from: Int, _ ahead: Lookahead) {
        let all = unboundedAtoms, recognizerMask = recognizerAtomMask
        var found: UInt64 = 0
        var q = hi - 1
        lexiconAtomsByBit.withUnsafeBufferPointer { byFilterBit in
        recognizerAtomsByBit.withUnsafeBufferPointer { byStartBit in
        lastStart.withUnsafeMutableBufferPointer { last in
            while q >= from && found != all {
                var m = byFilterBit[HashFilter64.bit(ahead.tokens[q].hash)]
                var bits = ahead.startMask[q] & recognizerMask
                while bits != 0 {
                    m |= byStartBit[bits.trailingZeroBitCount]
                    bits &= bits &- 1
                }
                var fresh = m & ~found
                found |= fresh
                while fresh != 0 {
                    last[fresh.trailingZeroBitCount] = q
                    fresh &= fresh &- 1
                }
                q &-= 1
            }
        }
        }
        }
        lastFound = found
        allLastSerial = serial
    }

    // MARK: - Leftmost-longest, non-overlapping

    private mutating func record(_ r: Int, start: Int, end: Int, _ caps: Int32) {
        let state = ruleStates[r]
        guard end > start, start >= Int(state.minStart) else { return }
        let bs = Int(state.bestStart)
        if bs < 0 {
            setBest(r, start: start, end: end, caps)
            pendingRules.append(r)
        } else if start < bs || (start == bs && end > Int(state.bestEnd)) {
            setBest(r, start: start, end: end, caps)
        } else if start >= Int(state.bestEnd) {
            let m = Candidate(start: start, end: end, captures: caps)
            if let k = candidates[r].firstIndex(where: { $0.start >= start }) {
                if candidates[r][k].start == start {
                    if end > candidates[r][k].end { candidates[r][k] = m }
                } else {
                    candidates[r].insert(m, at: k)
                }
            } else {
                candidates[r].append(m)
            }
        }
    }

    /// Makes (start, end, caps) rule `r`'s pending match.
    @inline(__always)
    private func setBest(_ r: Int, start: Int, end: Int, _ caps: Int32) {
        ruleStates[r].bestStart = Int32(start)
        ruleStates[r].bestEnd = Int32(end)
        ruleStates[r].bestCaptures = caps
    }

    /// Emits each pending match that no live thread can still beat (no live thread of the rule
    /// started at or before it), then moves on to the rule's next candidate. `ahead`: the sentence, at
    /// position p (nil only when `final`).
    private mutating func settle(_ current: ThreadList, final: Bool, at p: Int, _ ahead: Lookahead?) {
        var k = 0
        while k < pendingRules.count {
            let r = pendingRules[k]
            while ruleStates[r].bestStart >= 0 {
                let state = ruleStates[r]
                let bs = Int(state.bestStart)
                if !final && isBlocked(r, by: bs, current, at: p, ahead!) { break }
                let be = Int(state.bestEnd)
                let captures = state.bestCaptures, size = captureSize[r], at = slotCount
                settled.append((r, bs, be, at))
                if matchSlots.count < at + size { matchSlots += repeatElement(0, count: max(matchSlots.count, size + 64)) }
                // (A rule without capture slots reads nothing: `matchSlots` may still be empty then.)
                if size > 0 {
                    let (arena, hot) = (self.arena, self.hot)
                    matchSlots.withUnsafeMutableBufferPointer { slots in
                        PikeVM.slots(of: captures, size: size, into: slots.baseAddress! + at, arena, hot)
                    }
                }
                slotCount = at + size
                ruleStates[r].minStart = Int32(be)
                ruleStates[r].bestStart = -1
                ruleStates[r].bestEnd = -1
                // Most rules have no later candidate: leave their (empty) list untouched.
                if !candidates[r].isEmpty {
                    candidates[r].removeAll { $0.start < be }
                    if !candidates[r].isEmpty {
                        let c = candidates[r].removeFirst()
                        setBest(r, start: c.start, end: c.end, c.captures)
                    }
                }
            }
            if ruleStates[r].bestStart < 0 {
                ruleStates[r].bestCaptures = -1
                pendingRules.swapAt(k, pendingRules.count - 1)
                pendingRules.removeLast()
            } else {
                k += 1
            }
        }
    }

    /// Whether a live thread of rule `r` that started at or before `start` exists (stepping or riding a
    /// multi-token step, or `doomed` at position p, when its needs would have kept it).
    /// (Mutating only so the call takes the VM by reference: a non-mutating call from `settle` copied it.)
    private mutating func isBlocked(_ r: Int, by start: Int, _ current: ThreadList, at p: Int, _ ahead: Lookahead) -> Bool {
        for k in 0..<current.count {
            let t = current[k]
            if Int(t.start) <= start && Int(hot.steps[Int(t.pc)].rule) == r && alive(Int(t.start), rule: r) { return true }
        }
        for k in 0..<doomed.count {
            let t = doomed[k]
            guard Int(t.start) <= start && Int(hot.steps[Int(t.pc)].rule) == r && alive(Int(t.start), rule: r) else { continue }
            let need = hot.needs[Int(t.pc)]
            if need < 0 || isAhead(need, at: p, ahead) { return true }
        }
        return false
    }
}
