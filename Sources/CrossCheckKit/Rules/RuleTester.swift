/// Runs every rule's examples, the way `crosscheck rules test` and the test suite do: each example
/// text is segmented and extracted with all rules, all recognizers and all lexicons; a match example
/// passes when the rule produced a claim with the expected value (and surface text and key, when
/// given), a noMatch example when the rule produced nothing.
public struct RuleTester: Sendable {
    public var rules: RuleSet
    public var recognizers: [any Recognizer]

    public init(rules: RuleSet, recognizers: [any Recognizer] = RecognizerRegistry.builtin()) {
        self.rules = rules
        self.recognizers = recognizers
    }

    /// One result per rule, in rule-set order.
    public func run() -> [RuleTestResult] {
        let extractor = Extractor(rules: rules, recognizers: recognizers)
        let segmenter = extractor.segmenter
        return rules.rules.map { rule in
            var failures: [RuleTestFailure] = []
            func produced(_ example: RuleExample) -> (claims: [Claim], source: Source) {
                let source = Source(id: "example", file: rule.file, published: example.published.flatMap(PublishedTime.init(iso:)), text: example.text)
                let claims = extractor.extract(source, index: 0, text: segmenter.segment(source)).filter { $0.rule == rule.id }
                return (claims, source)
            }
            func describe(_ claims: [Claim], _ source: Source) -> [String] {
                claims.map { "'\($0.value.display)' «\(source.string($0.span))» (key '\($0.key)')" }
            }
            for example in rule.examples.match {
                let (claims, source) = produced(example)
                let ok = claims.contains { c in
                    c.value.display == example.value
                        && (example.match.map { source.string(c.span) == $0 } ?? true)
                        && (example.key.map { c.key == $0 } ?? true)
                }
                if !ok { failures.append(RuleTestFailure(example: example, isMatch: true, produced: describe(claims, source))) }
            }
            for example in rule.examples.noMatch {
                let (claims, source) = produced(example)
                if !claims.isEmpty { failures.append(RuleTestFailure(example: example, isMatch: false, produced: describe(claims, source))) }
            }
            return RuleTestResult(rule: rule.id, file: rule.file, line: rule.line,
                                  examples: rule.examples.match.count + rule.examples.noMatch.count, failures: failures)
        }
    }
}
