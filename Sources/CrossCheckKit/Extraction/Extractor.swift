/// Runs the rules (and the recognizers they call) over one segmented source and returns its claims.
///
/// The rules are compiled once into one automaton (`Program`); each source's recognitions are
/// computed once and indexed by start token; then every sentence is matched by all rules in one
/// pass (`PikeVM`) and each match becomes a claim (`ClaimBuilder`); rules that are one recognizer call
/// take their matches straight from the recognitions (`RecognizerRule`).
public struct Extractor: Sendable {
    /// The rules and recognizers it was made with (read-only: the compiled program and claim plan are
    /// built from them once, so changing them afterwards could not take effect).
    public let rules: RuleSet
    public let recognizers: [any Recognizer]
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
        var names: [String] = []
        for r in recognizers where !names.contains(r.name) { names.append(r.name) }
        self.program = Program(rules: rules.rules, recognizerNames: names, lexicons: rules.lexicons)
        let program = self.program
        self.claimPlan = ClaimPlan(program: program, rules: rules.rules, lexicons: rules.lexicons)
        let usesPeople = program.recognizerNames.indices.contains { i in
            program.usesRecognizer[i] && recognizers.contains { $0.name == program.recognizerNames[i] && $0 is any PeopleRecognizing }
        }
        self.peopleVocabulary = usesPeople ? PeopleVocabulary.from(RecognizerContext(lexicons: rules.lexicons)) : nil
        self.units = rules.lexicons["unit"] == nil ? nil : UnitConverter(lexicons: rules.lexicons)
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
        guard !rules.rules.isEmpty, !text.tokens.isEmpty else { return [] }
        guard text.tiled || TiledText.isTiled(text) else {
            // Built by hand with gaps, disorder or overlap (the segmenter never makes such a text):
            // extract from the repaired text and name the caller's sentences.
            let tiled = TiledText(repairing: text)
            return extract(source, index: index, text: tiled.text, scratch: scratch).map { c in
                var c = c
                c.sentence = tiled.original[c.sentence]
                return c
            }
        }
        var context = RecognizerContext(published: source.published, lexicons: rules.lexicons)
        let people = peopleVocabulary.map { PeopleAnalysis(vocabulary: $0, text: text, scratch: scratch.people) }
        // `self.units` is nil only without a unit lexicon, where `NumberRecognizer.units` gives the standard table.
        let unitTable = units ?? UnitConverter.standard
        var starts = TokenStarts(text, units: unitTable, reusing: &scratch.startLists, &scratch.startParsed)
        // Per sentence, the recognizers some rule can use there: the others do not run in it.
        // (The scratch's lists are swapped out for the source and back after it, as the table is: not
        // copied out and assigned back, a retain and a release each.)
        var words: [RulePrefilter.Present] = [], wantedMasks: [UInt64] = []
        swap(&words, &scratch.words)
        swap(&wantedMasks, &scratch.wanted)
        // The demand's memo lives in the VM, which belongs to this program (none: no memo).
        let runsVM = program.runsVM
        if runsVM { scratch.prepareVM(for: program) }
        var memo: [UInt64] = []
        if runsVM { swap(&memo, &scratch.vm!.demandMemo) }
        demand.sentences(text, prefilter: program.prefilter, present: &words, wanted: &wantedMasks, memo: &memo)
        if runsVM { swap(&memo, &scratch.vm!.demandMemo) }
        let wanted = demand.conditional == 0 || !skipsUnneededRecognizers ? nil : wantedMasks
        var numbers: [Recognition]?
        // (Not when no sentence wants either recognizer: the table then calls neither.)
        if let numberPassBits, wanted?.contains(where: { $0 & numberPassBits != 0 }) ?? true {
            let scope = TokenScope(text, masks: wanted, bit: numberPassBits)
            numbers = NumberRecognizer().recognize(text, units: unitTable, starts: starts, scope: scope)
        }
        context.scans = SharedScans(people: people, units: units, numbers: numbers, starts: starts)
        // The table is moved out of the scratch for the source and back after it (not copied: refilling
        // it in place needs the only reference). Swapped with an empty table, out and back: an
        // assignment would copy the table's arrays (a retain each) and release them again.
        var table = RecognitionTable()
        swap(&table, &scratch.table)
        table.fill(program: program, recognizers: recognizers, slots: recognizerSlots, text: text, context: context, wanted: wanted)
        // The recognizers are done with the scans: the start lists' room goes back to the scratch (the only
        // reference left once the scans are released).
        context.scans = nil
        numbers = nil
        starts.giveBack(&scratch.startLists, &scratch.startParsed)
        let builder = ClaimBuilder(plan: claimPlan, text: text, recognitions: table)
        var direct: [RuleMatch] = [], resume: [Int] = []
        swap(&direct, &scratch.direct)
        swap(&resume, &scratch.resume)
        var ruleCursor = 0
        for (s, sentence) in text.sentences.enumerated() where !sentence.tokens.isEmpty {
            // (Only when it holds matches: most sentences have none, and the call is not free.)
            if !direct.isEmpty { direct.removeAll(keepingCapacity: true) }
            if !program.recognizerRules.isEmpty {
                RecognizerRule.matches(of: program.recognizerRules, mask: program.recognizerRuleMask, in: table,
                                       sentence: sentence.tokens, cursor: &ruleCursor, resume: &resume, into: &direct)
            }
            for m in direct {
                if let c = builder.claim(m, source: index, sentence: s) { scratch.appendClaim(c) }
            }
            guard runsVM else { continue }
            for m in scratch.vm!.run(sentence.tokens, words: words.isEmpty ? nil : words[s], text: text, recognitions: table) {
                if let c = builder.claim(m, source: index, sentence: s) { scratch.appendClaim(c) }
            }
        }
        if !direct.isEmpty { direct.removeAll(keepingCapacity: true) }
        swap(&direct, &scratch.direct)
        swap(&resume, &scratch.resume)
        swap(&words, &scratch.words)
        swap(&wantedMasks, &scratch.wanted)
        swap(&table, &scratch.table)
        return scratch.takeClaims { a, b in
            if a.span.start != b.span.start { return a.span.start < b.span.start }
            if a.span.end != b.span.end { return a.span.end < b.span.end }
            return a.rule < b.rule
        }
    }
}
