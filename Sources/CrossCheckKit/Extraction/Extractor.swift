/// Runs the rules (and the recognizers they call) over one segmented source and returns its claims.
///
/// The rules are compiled once into one automaton (`Program`); each source's recognitions are
/// computed once and indexed by start token; then every sentence is matched by all rules in one
/// pass (`PikeVM`) and each match becomes a claim (`ClaimBuilder`); rules that are one recognizer call
/// take their matches straight from the recognitions (`RecognizerRule`).
/// Several sources can be extracted together, stage by stage (`extract(batch:scratch:)`): each gets
/// exactly the claims it gets alone.
public struct Extractor: Sendable {
    /// The rules and recognizers it was made with (read-only: the compiled program and claim plan are
    /// built from them once, so changing them afterwards could not take effect).
    public let rules: RuleSet
    public let recognizers: [any Recognizer]
    /// The recognizers that recognize in place (`RecognitionTable.inPlace`).
    let inPlace: InPlaceRecognizers
    let program: Program
    /// The rules' templates resolved against the program, for the claim builder.
    let claimPlan: ClaimPlan
    /// The people vocabulary (from the rule lexicons), when the rules use a people recognizer.
    let peopleVocabulary: PeopleVocabulary?
    /// The unit table of the rule lexicons, built once for every source (nil: the built-in table serves).
    let units: UnitConverter?
    /// When the rules call both the number and the percent recognizer, which then share one number pass:
    /// their `RecognitionTable.bit`s.
    let numberPassBits: UInt64?
    /// Which recognizers each sentence needs, from its words (`RecognizerDemand`).
    let demand: RecognizerDemand
    /// Per recognizer of the program, the one of `recognizers` that runs for it (`RecognitionTable.slots`).
    let recognizerSlots: [Int]
    /// The segmenter whose texts these rules are meant for: it reads a title wrapped across a line break
    /// with the rules' title lexicons (`LineWrapVocabulary`), as the people recognizers read titles.
    public let segmenter: Segmenter
    /// Whether recognizers run only in the sentences where some rule can use them (on by default; off
    /// only to test that it changes no claim).
    var skipsUnneededRecognizers = true

    public init(rules: RuleSet, recognizers: [any Recognizer] = RecognizerRegistry.builtin()) {
        self.rules = rules
        self.recognizers = recognizers
        self.inPlace = RecognitionTable.inPlace(recognizers)
        var names: [String] = []
        for r in recognizers where !names.contains(r.name) { names.append(r.name) }
        self.program = Program(rules: rules.rules, recognizerNames: names, lexicons: rules.lexicons)
        let program = self.program
        let units = rules.lexicons["unit"] == nil ? nil : UnitConverter(lexicons: rules.lexicons)
        self.units = units
        self.claimPlan = ClaimPlan(program: program, rules: rules.rules, lexicons: rules.lexicons, units: units ?? .standard)
        let usesPeople = program.recognizerNames.indices.contains { i in
            program.usesRecognizer[i] && recognizers.contains { $0.name == program.recognizerNames[i] && $0 is any PeopleRecognizing }
        }
        self.peopleVocabulary = usesPeople ? PeopleVocabulary.from(RecognizerContext(lexicons: rules.lexicons)) : nil
        self.numberPassBits = NumberRecognizer.sharedPassBits(program: program, recognizers: recognizers)
        self.demand = RecognizerDemand(program: program)
        self.recognizerSlots = RecognitionTable.slots(program: program, recognizers: recognizers)
        self.segmenter = Segmenter(lineWraps: LineWrapVocabulary(lexicons: rules.lexicons))
    }

    public func extract(_ source: Source, index: Int, text: SegmentedText) -> [Claim] {
        extract(source, index: index, text: text, scratch: ExtractionScratch())
    }

    /// `extract`, reusing `scratch`'s room (left from the sources it served before): what a loop over
    /// many sources on one thread calls, with one scratch for the whole loop.
    public func extract(_ source: Source, index: Int, text: SegmentedText, scratch: ExtractionScratch) -> [Claim] {
        // A batch of one, on the stack (no array per source).
        withUnsafeTemporaryAllocation(of: PendingSource.self, capacity: 1) { batch in
            guard open(source, index: index, text: text, room: scratch.room(0), at: batch.baseAddress!) else { return [] }
            run(batch, scratch: scratch)
            var claims: [Claim] = []
            swap(&claims, &batch[0].claims)
            batch.deinitialize()
            return claims
        }
    }

    /// The most sources, and the most text, a batch should hold (`batches(of:)`): the stages' code is
    /// hot again after a few sources, and the batch's sources hold their tokens and their room until
    /// the batch is done (so memory grows with a batch's text, not with the number of sources).
    public static let batchLimit = (sources: 16, bytes: 1 << 16)

    /// `sources` cut into consecutive batches for `extract(batch:scratch:)`, in order: each as many
    /// sources as fit in `batchLimit` (a source larger than its byte limit alone).
    public static func batches(of sources: [Source]) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = 0, bytes = 0
        for (i, s) in sources.enumerated() {
            if i > start && (i - start == batchLimit.sources || bytes + s.text.count > batchLimit.bytes) {
                batches.append(start..<i)
                start = i
                bytes = 0
            }
            bytes += s.text.count
        }
        if start < sources.count { batches.append(start..<sources.count) }
        return batches
    }

    /// The claims of each of `batch`'s sources, each exactly as `extract` returns them for the source
    /// alone, extracted stage by stage: each pass before the recognizers over every source, then each
    /// recognizer over every source, then the tables, then the rules over each source. A stage's code
    /// then stays in the instruction cache (and its branches trained) from one source to the next,
    /// which source by source it does not: about 10% faster on the benchmark's corpus with 8 to 16 sources.
    /// The scratch keeps room for each source of the largest batch it served: callers cut their sources
    /// with `batches(of:)`.
    /// (Not inlined into `CrossCheck.analyze`: a profile of the extraction then has one function to
    /// collect, as `extract` is for single sources; a call per batch costs nothing.)
    @inline(never)
    public func extract(batch: [(source: Source, index: Int, text: SegmentedText)], scratch: ExtractionScratch) -> [[Claim]] {
        var claims = [[Claim]](repeating: [], count: batch.count)
        // The sources with something to extract, on the stack for a usual batch.
        withUnsafeTemporaryAllocation(of: PendingSource.self, capacity: batch.count) { slots in
            var n = 0
            for (j, b) in batch.enumerated() {
                guard open(b.source, index: b.index, text: b.text, room: scratch.room(n), at: slots.baseAddress! + n) else { continue }
                slots[n].position = j
                n += 1
            }
            let pending = UnsafeMutableBufferPointer(rebasing: slots[0..<n])
            run(pending, scratch: scratch)
            for j in pending.indices { swap(&claims[pending[j].position], &pending[j].claims) }
            pending.deinitialize()
        }
        return claims
    }

    /// Runs every stage on each of `batch`, one stage after the other; each source's claims end in its
    /// `claims`. (Each stage's loop takes the sources in place: no copy of a pending source.)
    private func run(_ batch: UnsafeMutableBufferPointer<PendingSource>, scratch: ExtractionScratch) {
        for j in batch.indices { scanPeople(&batch[j]) }
        for j in batch.indices { findStarts(&batch[j]) }
        for j in batch.indices { findDemand(&batch[j], scratch: scratch) }
        for j in batch.indices { findNumbers(&batch[j]) }
        for (i, slot) in recognizerSlots.enumerated() {
            for j in batch.indices { batch[j].recognize(i, slot: slot, of: recognizers, inPlace: inPlace) }
        }
        for j in batch.indices { place(&batch[j]) }
        for j in batch.indices { findClaims(&batch[j], scratch: scratch) }
    }

    /// Initializes `pending` to a source to extract from, working in `room`; false (`pending` left
    /// uninitialized) when there is nothing to extract.
    private func open(_ source: Source, index: Int, text: SegmentedText, room: SourceScratch,
                      at pending: UnsafeMutablePointer<PendingSource>) -> Bool {
        guard !rules.rules.isEmpty, !text.tokens.isEmpty else { return false }
        let context = RecognizerContext(published: source.published, lexicons: rules.lexicons)
        guard text.tiled || TiledText.isTiled(text) else {
            // Built by hand with gaps, disorder or overlap (the segmenter never makes such a text):
            // extract from the repaired text and name the caller's sentences.
            let tiled = TiledText(repairing: text)
            guard !tiled.text.tokens.isEmpty else { return false }
            pending.initialize(to: PendingSource(index: index, text: tiled.text, original: tiled.original, context: context, room: room))
            return true
        }
        pending.initialize(to: PendingSource(index: index, text: text, original: nil, context: context, room: room))
        return true
    }

    /// The people scan (when the rules use a people recognizer), into the room's analysis.
    private func scanPeople(_ p: inout PendingSource) {
        guard let vocabulary = peopleVocabulary else { return }
        let room = p.room
        if room.analysis == nil {
            room.analysis = PeopleAnalysis(vocabulary: vocabulary, text: p.text, scratch: room.people)
        } else {
            room.analysis!.refill(vocabulary: vocabulary, text: p.text, scratch: room.people)
        }
    }

    /// The start pass (`TokenStarts`), in the room's lists.
    private func findStarts(_ p: inout PendingSource) {
        // `self.units` is nil only without a unit lexicon, where `NumberRecognizer.units` gives the standard table.
        p.starts = TokenStarts(p.text, units: units ?? UnitConverter.standard, reusing: &p.room.startLists, &p.room.startParsed)
    }

    /// Per sentence, the recognizers some rule can use there: the others do not run in it.
    private func findDemand(_ p: inout PendingSource, scratch: ExtractionScratch) {
        // (The room's lists are swapped out for the source and back after it, as the table is: not
        // copied out and assigned back, a retain and a release each.)
        swap(&p.words, &p.room.words)
        swap(&p.wantedMasks, &p.room.wanted)
        // The demand's memo lives in the VM, which belongs to this program (none: no memo).
        let runsVM = program.runsVM
        if runsVM { scratch.prepareVM(for: program) }
        var memo: [UInt64] = []
        if runsVM { swap(&memo, &scratch.vm!.demandMemo) }
        demand.sentences(p.text, prefilter: program.prefilter, present: &p.words, wanted: &p.wantedMasks, memo: &memo)
        if runsVM { swap(&memo, &scratch.vm!.demandMemo) }
        // (A second reference to the room's list until `place`: set once here, not made per recognizer.)
        p.wanted = demand.conditional == 0 || !skipsUnneededRecognizers ? nil : p.wantedMasks
        p.anywhere = RecognitionTable.anywhere(p.wanted)
    }

    /// The number pass shared by the number, percent and measure recognizers; then the scans go into the
    /// recognizers' context and the room's table is taken for the recognizers.
    private func findNumbers(_ p: inout PendingSource) {
        // The table is moved out of the room for the source and back after it (not copied: refilling
        // it in place needs the only reference). Swapped with an empty table, out and back: an
        // assignment would copy the table's arrays (a retain each) and release them again.
        // (Begun first: it releases the last source's recognitions, and with them its reference to the
        // room's number list, which the number pass then empties and refills in place.)
        swap(&p.table, &p.room.table)
        p.table.begin()
        let wanted = p.wanted
        var numbers: [Recognition]?
        if !p.room.numbers.isEmpty { p.room.numbers.removeAll(keepingCapacity: true) }
        // (Not when no sentence wants either recognizer: the table then calls neither.)
        if let numberPassBits, let starts = p.starts, wanted?.contains(where: { $0 & numberPassBits != 0 }) ?? true {
            let scope = TokenScope(p.text, masks: wanted, bit: numberPassBits)
            NumberRecognizer().recognize(p.text, units: units ?? UnitConverter.standard, starts: starts, scope: scope, nouns: p.room.nouns, into: &p.room.numbers)
            numbers = p.room.numbers
        }
        // (The room's scans, refilled: a new one only if something kept the last source's.)
        let room = p.room
        if !isKnownUniquelyReferenced(&room.scans) { room.scans = SharedScans() }
        room.scans.fill(people: peopleVocabulary == nil ? nil : room.analysis, units: units, numbers: numbers, starts: p.starts)
        p.context.scans = room.scans
    }

    /// The table indexed once every recognizer has run; the scans released.
    private func place(_ p: inout PendingSource) {
        p.table.place(program: program, tokenCount: p.text.tokens.count)
        // The recognizers are done with the scans: the start lists' room goes back to the room (the only
        // reference left once the scans are released).
        p.context.scans = nil
        p.room.scans.empty()
        p.starts?.giveBack(&p.room.startLists, &p.room.startParsed)
        p.starts = nil
        // (So the room's list is again its only reference when it goes back: the recognizers' scope held it too.)
        p.wanted = nil
        p.context.scope = nil
    }

    /// The claims of one sentence's matches (`direct`: the recognizer rules', `vm`: the others') when
    /// some are a rule's that gives way to others (`Rule.fallback`, `Rule.yieldsTo`), in three rounds: the
    /// rules that give way to none claim; then each match of a rule with `yieldsTo` that lies inside no
    /// match that gave a claim of a rule it names; then each fallback match that lies inside no match
    /// that gave a claim of a rule that is no fallback (of either round before). `roles`: the matches'
    /// `ClaimPlan.Storage.roles`, or-ed (without a fallback's match only the claims of rules yielded to are
    /// kept in `claimed`, room for the claims' token ranges and rules, left empty).
    private func claimGivingWay(_ direct: [RuleMatch], _ vm: [RuleMatch], _ builder: ClaimBuilder, source: Int, sentence s: Int,
                                roles: UInt8, claimed: inout [(range: Range<Int>, rule: Int)], scratch: ExtractionScratch) {
        let plan = claimPlan.storage
        let gives = ClaimPlan.Storage.gives, isFallback = ClaimPlan.Storage.isFallback, yields = ClaimPlan.Storage.yields
        let anyFallback = roles & isFallback != 0
        for pass in 0..<2 {
            for m in pass == 0 ? direct : vm where plan.roles[m.rule] & gives == 0 {
                guard let c = builder.claim(m, source: source, sentence: s) else { continue }
                if anyFallback || plan.roles[m.rule] & ClaimPlan.Storage.isYieldedTo != 0 { claimed.append((m.start..<m.end, m.rule)) }
                scratch.appendClaim(c)
            }
        }
        // Round 0: the rules with `yieldsTo` (when any matched); round 1: the fallbacks (when any matched).
        for round in 0..<2 where roles & (round == 0 ? yields : isFallback) != 0 {
            let wanted = round == 0 ? yields : isFallback
            let before = claimed.count
            for pass in 0..<2 {
                for m in pass == 0 ? direct : vm where plan.roles[m.rule] & wanted != 0 {
                    var hidden = false
                    for k in 0..<before where claimed[k].range.lowerBound <= m.start && m.end <= claimed[k].range.upperBound {
                        if round == 1 || plan.yieldsTo[m.rule].contains(claimed[k].rule) { hidden = true; break }
                    }
                    guard !hidden, let c = builder.claim(m, source: source, sentence: s) else { continue }
                    if round == 0 && anyFallback { claimed.append((m.start..<m.end, m.rule)) }
                    scratch.appendClaim(c)
                }
            }
        }
        claimed.removeAll(keepingCapacity: true)
    }

    /// Every sentence matched by the rules and each match made a claim (into `p.claims`); the source's
    /// room given back.
    private func findClaims(_ p: inout PendingSource, scratch: ExtractionScratch) {
        let text = p.text
        let index = p.index
        var table = RecognitionTable(), words: [RulePrefilter.Present] = []
        swap(&table, &p.table)
        swap(&words, &p.words)
        let runsVM = program.runsVM
        let builder = ClaimBuilder(plan: claimPlan, text: text, recognitions: table)
        var direct: [RuleMatch] = [], resume: [Int] = []
        swap(&direct, &scratch.direct)
        swap(&resume, &scratch.resume)
        var ruleCursor = 0
        let plan = claimPlan.storage, deferring = plan.hasDeferring
        var claimed: [(range: Range<Int>, rule: Int)] = []
        for (s, sentence) in text.sentences.enumerated() where !sentence.tokens.isEmpty {
            // (Only when it holds matches: most sentences have none, and the call is not free.)
            if !direct.isEmpty { direct.removeAll(keepingCapacity: true) }
            if !program.recognizerRules.isEmpty {
                RecognizerRule.matches(of: program.recognizerRules, mask: program.recognizerRuleMask, in: table,
                                       sentence: sentence.tokens, cursor: &ruleCursor, resume: &resume, into: &direct)
            }
            let vm = runsVM ? scratch.vm!.run(sentence.tokens, words: words.isEmpty ? nil : words[s], text: text, recognitions: table) : []
            // The matches of rules that give way to others wait until the others have claimed; one load
            // per match tells whether the sentence has such matches and any they could give way to (a
            // fallback gives way to every rule; a rule with `yieldsTo` only to its rules: where none of
            // those matched, it claims as any other rule).
            if deferring {
                var roles: UInt8 = 0
                for m in direct { roles |= plan.roles[m.rule] }
                for m in vm { roles |= plan.roles[m.rule] }
                if roles & ClaimPlan.Storage.isFallback != 0 || roles & ClaimPlan.Storage.yields != 0 && roles & ClaimPlan.Storage.isYieldedTo != 0 {
                    claimGivingWay(direct, vm, builder, source: index, sentence: s, roles: roles, claimed: &claimed, scratch: scratch)
                    continue
                }
            }
            for m in direct {
                if let c = builder.claim(m, source: index, sentence: s) { scratch.appendClaim(c) }
            }
            for m in vm {
                if let c = builder.claim(m, source: index, sentence: s) { scratch.appendClaim(c) }
            }
        }
        if !direct.isEmpty { direct.removeAll(keepingCapacity: true) }
        swap(&direct, &scratch.direct)
        swap(&resume, &scratch.resume)
        let room = p.room
        swap(&words, &room.words)
        swap(&p.wantedMasks, &room.wanted)
        swap(&table, &room.table)
        p.claims = scratch.takeClaims { a, b in
            if a.span.start != b.span.start { return a.span.start < b.span.start }
            if a.span.end != b.span.end { return a.span.end < b.span.end }
            return a.rule < b.rule
        }
        guard let original = p.original else { return }
        for k in p.claims.indices { p.claims[k].sentence = original[p.claims[k].sentence] }
    }
}
