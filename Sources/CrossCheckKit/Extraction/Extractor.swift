/// Runs the rules (and the recognizers they call) over one segmented source and returns its claims.
///
/// The rules are compiled once into one automaton (`Program`); each source's recognitions are
/// computed once and indexed by start token; then every sentence is matched by all rules in one
/// pass (`PikeVM`) and each match becomes a claim (`ClaimBuilder`).
public struct Extractor: Sendable {
    public var rules: RuleSet
    public var recognizers: [any Recognizer]
    let program: Program

    public init(rules: RuleSet, recognizers: [any Recognizer] = RecognizerRegistry.builtin()) {
        self.rules = rules
        self.recognizers = recognizers
        var names: [String] = []
        for r in recognizers where !names.contains(r.name) { names.append(r.name) }
        self.program = Program(rules: rules.rules, recognizerNames: names, lexicons: rules.lexicons)
    }

    public func extract(_ source: Source, index: Int, text: SegmentedText) -> [Claim] {
        guard !rules.rules.isEmpty, !text.tokens.isEmpty else { return [] }
        let context = RecognizerContext(published: source.published, lexicons: rules.lexicons)
        let table = RecognitionTable(program: program, recognizers: recognizers, text: text, context: context)
        var vm = PikeVM(program: program, text: text, recognitions: table)
        let builder = ClaimBuilder(program: program, rules: rules.rules, lexicons: rules.lexicons, text: text, recognitions: table)
        var claims: [Claim] = []
        for (s, sentence) in text.sentences.enumerated() where !sentence.tokens.isEmpty {
            for m in vm.run(sentence.tokens) {
                if let c = builder.claim(m, source: index, sentence: s) { claims.append(c) }
            }
        }
        claims.sort { a, b in
            if a.span.start != b.span.start { return a.span.start < b.span.start }
            if a.span.end != b.span.end { return a.span.end < b.span.end }
            return a.rule < b.rule
        }
        return claims
    }
}
