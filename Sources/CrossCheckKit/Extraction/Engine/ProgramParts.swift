/// A `Program`'s tables while they are compiled (`PatternCompiler` appends to them); `Program` keeps
/// them, finished, behind one reference.
struct ProgramParts: Sendable {
    var instructions: [Instruction] = []
    /// The token sets `Instruction.tokenSet` refers to.
    var tokenSets: [TokenSet] = []
    /// Entry instruction of each rule.
    var ruleStart: [Int] = []
    /// Per rule: its number of capture slots.
    var captureSizes: [Int] = []
    /// Per rule: named capture → slot of its start (end at +1).
    var namedSlots: [[String: Int]] = []
    /// Per rule: recognizer and lexicon occurrences.
    var occurrences: [[OccurrenceSlot]] = []
    var recognizerNames: [String] = []
    var lexiconNames: [String] = []
    var tries: [LexiconTrie] = []
    /// Which rules can start at a token.
    var starts = StartIndex()
    /// What a sentence must hold for each rule to match in it.
    var prefilter = RulePrefilter()
    /// The automaton as the VM runs it (leaf tables and precomputed ε-closures).
    var code = VMCode()
    /// What each VM state still needs ahead in the sentence (`AheadNeeds`).
    var needs = AheadNeeds()
    /// Whether some rule needs recognizer `i`.
    var usesRecognizer: [Bool] = []
    /// The rules that are one recognizer call: matched off the recognition table, not by the VM.
    var recognizerRules: [RecognizerRule] = []
    /// The `RecognitionTable.startMask` bits of their recognizers.
    var recognizerRuleMask: UInt64 = 0
    /// Per rule: whether the VM runs it (every rule but the `recognizerRules`).
    var runsInVM: [Bool] = []
    /// Per rule: the recognizers it calls, as `RecognitionTable.bit`s.
    var ruleRecognizers: [UInt64] = []

    init() {}

    /// Compiles `rules`; `recognizerNames` are the recognizers available this run (others never match).
    init(rules: [Rule], recognizerNames: [String], lexicons: Lexicons) {
        self.recognizerNames = recognizerNames
        self.usesRecognizer = Array(repeating: false, count: recognizerNames.count)
        lexiconNames = lexicons.byName.keys.sorted()
        tries = lexiconNames.map { LexiconTrie(lexicons.byName[$0]!) }
        var compiler = PatternCompiler(program: self)
        for (r, rule) in rules.enumerated() {
            compiler.compile(rule.node, rule: r)
        }
        self = compiler.program
        runsInVM = Array(repeating: true, count: ruleStart.count)
        ruleRecognizers = Array(repeating: 0, count: ruleStart.count)
        for r in ruleStart.indices {
            let end = r + 1 < ruleStart.count ? ruleStart[r + 1] : instructions.count
            for pc in ruleStart[r]..<end {
                if case .recognizer(let i, _) = instructions[pc], i >= 0 { ruleRecognizers[r] |= RecognitionTable.bit(i) }
            }
            if let d = RecognizerRule(rule: r, instructions[ruleStart[r]..<end]) {
                recognizerRules.append(d)
                recognizerRuleMask |= RecognitionTable.bit(d.recognizer)
                runsInVM[r] = false
            }
        }
        code = VMCode(instructions: instructions, ruleStart: ruleStart, tokenSets: tokenSets)
        needs = AheadNeeds(instructions: instructions, ruleStart: ruleStart)
        starts = StartIndex(filters: rules.indices.map { firstTokens(of: $0) }, tries: tries)
        prefilter = RulePrefilter(rules: rules, recognizerNames: recognizerNames, lexiconNames: lexiconNames, tries: tries, wordRows: true)
    }

    /// The consuming instructions reachable from a rule's entry without consuming (anchors pass).
    private func firstTokens(of rule: Int) -> FirstTokenFilter {
        var filter = FirstTokenFilter()
        var seen = Set<Int>()
        var stack = [ruleStart[rule]]
        while let pc = stack.popLast() {
            guard seen.insert(pc).inserted else { continue }
            switch instructions[pc] {
            case .literal(let h): if !filter.literals.contains(h) { filter.literals.append(h) }
            case .tokenClass(let c): if !filter.classes.contains(c) { filter.classes.append(c) }
            case .tokenSet(let k):
                for h in tokenSets[k].hashes where !filter.literals.contains(h) { filter.literals.append(h) }
                for c in tokenSets[k].classes where !filter.classes.contains(c) { filter.classes.append(c) }
            case .recognizer(let i, _): if i >= 0 && !filter.recognizers.contains(i) { filter.recognizers.append(i) }
            case .lexicon(let i, _): if !filter.lexicons.contains(i) { filter.lexicons.append(i) }
            case .split(let a, let b): stack.append(a); stack.append(b)
            case .jump(let a): stack.append(a)
            case .save, .assertStart, .assertEnd: stack.append(pc + 1)
            case .match: break
            }
        }
        return filter
    }
}
