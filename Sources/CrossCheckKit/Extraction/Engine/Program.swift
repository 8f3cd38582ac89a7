/// Every rule of a rule set compiled into one Thompson automaton, with the tables the VM and the
/// claim builder need. Built once per `Extractor`.
///
/// A class with constant fields: the VM, the claim builder and the recognition table each keep the
/// program, and a copy of the reference costs one retain where a copy of the tables (some twenty
/// arrays) cost one per array, per source.
final class Program: Sendable {
    let instructions: [Instruction]
    /// The token sets `Instruction.tokenSet` refers to.
    let tokenSets: [TokenSet]
    /// Entry instruction of each rule.
    let ruleStart: [Int]
    /// Per rule: its number of capture slots.
    let captureSizes: [Int]
    /// Per rule: named capture → slot of its start (end at +1).
    let namedSlots: [[String: Int]]
    /// Per rule: recognizer and lexicon occurrences.
    let occurrences: [[OccurrenceSlot]]
    let recognizerNames: [String]
    let lexiconNames: [String]
    let tries: [LexiconTrie]
    /// Which rules can start at a token.
    let starts: StartIndex
    /// What a sentence must hold for each rule to match in it.
    let prefilter: RulePrefilter
    /// The automaton as the VM runs it (leaf tables and precomputed ε-closures).
    let code: VMCode
    /// What each VM state still needs ahead in the sentence.
    let needs: AheadNeeds
    /// Whether some rule needs recognizer `i`.
    let usesRecognizer: [Bool]
    /// The rules that are one recognizer call: matched off the recognition table, not by the VM.
    let recognizerRules: [RecognizerRule]
    /// The `RecognitionTable.startMask` bits of their recognizers.
    let recognizerRuleMask: UInt64
    /// Per rule: whether the VM runs it (every rule but the `recognizerRules`).
    let runsInVM: [Bool]
    /// Whether the VM runs some rule.
    let runsVM: Bool
    /// Per rule: the recognizers it calls, as `RecognitionTable.bit`s.
    let ruleRecognizers: [UInt64]
    /// When there are at most 64 rules: the VM rules a sentence's prefilter clauses enable (else empty).
    let enabledRules: EnabledRules<UInt64>
    /// When there are 65 to 128 rules: the same in two words (else empty). Apart from `enabledRules`: a
    /// word's table is an AND per byte where two words' is two loads and two ANDs, and the shipped
    /// rules fit one.
    let wideEnabledRules: EnabledRules<UInt128>
    /// The VM's read-only tables (`VMTables`), built once here for every VM that runs the program.
    let vmTables: VMTables

    /// Compiles `rules`; `recognizerNames` are the recognizers available this run (others never match).
    convenience init(rules: [Rule], recognizerNames: [String], lexicons: Lexicons) {
        self.init(ProgramParts(rules: rules, recognizerNames: recognizerNames, lexicons: lexicons))
    }

    init(_ parts: ProgramParts) {
        instructions = parts.instructions
        tokenSets = parts.tokenSets
        ruleStart = parts.ruleStart
        captureSizes = parts.captureSizes
        namedSlots = parts.namedSlots
        occurrences = parts.occurrences
        recognizerNames = parts.recognizerNames
        lexiconNames = parts.lexiconNames
        tries = parts.tries
        starts = parts.starts
        prefilter = parts.prefilter
        code = parts.code
        needs = parts.needs
        usesRecognizer = parts.usesRecognizer
        recognizerRules = parts.recognizerRules
        recognizerRuleMask = parts.recognizerRuleMask
        runsInVM = parts.runsInVM
        runsVM = parts.runsInVM.contains(true)
        ruleRecognizers = parts.ruleRecognizers
        let vmRules = parts.runsInVM.indices.filter { parts.runsInVM[$0] }
        enabledRules = parts.runsInVM.count <= 64 ? EnabledRules(parts.prefilter, rules: vmRules) : EnabledRules()
        wideEnabledRules = (65...128).contains(parts.runsInVM.count) ? EnabledRules(parts.prefilter, rules: vmRules) : EnabledRules()
        vmTables = VMTables(parts)
    }
}
