/// Runs every rule's examples, the way `crosscheck rules test` and the test suite do: each example
/// text is segmented and extracted with all rules, all recognizers and all lexicons; a match example
/// passes when the rule produced a claim with the expected value (and surface text and key, when
/// given), a noMatch example when the rule produced nothing.
public struct RuleTester: Sendable {
    public var rules: RuleSet
    public var recognizers: [any Recognizer]
    /// The ids of the rules whose examples run (nil: every rule's). The others still take part in the
    /// extraction, as in a check: a rule that yields to a built-in rule (`Rule.yieldsTo`) or is a
    /// fallback is tested beside the rules it gives way to.
    public var testing: Set<String>?

    public init(rules: RuleSet, recognizers: [any Recognizer] = RecognizerRegistry.builtin(), testing: Set<String>? = nil) {
        self.rules = rules
        self.recognizers = recognizers
        self.testing = testing
    }

    /// One result per tested rule, in rule-set order.
    public func run() -> [RuleTestResult] {
        let extractor = Extractor(rules: rules, recognizers: recognizers)
        let segmenter = extractor.segmenter
        // The rules without their values' dimensions, made only if a match example of a rule with one fails:
        // what the rule would have claimed tells its author why it claimed nothing.
        var undimensioned: Extractor?
        return rules.rules.filter { testing?.contains($0.id) ?? true }.map { rule in
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
                guard !ok else { continue }
                var refused: [String] = []
                if case .quantity(_, _, _, let dimension?) = rule.value {
                    if undimensioned == nil { undimensioned = Extractor(rules: RuleTester.withoutDimensions(rules), recognizers: recognizers) }
                    let seg = undimensioned!.segmenter.segment(source)
                    let unfiltered = undimensioned!.extract(source, index: 0, text: seg).filter { $0.rule == rule.id }
                    refused = describe(unfiltered.filter { u in !claims.contains { $0.span == u.span } }, source)
                        .map { $0 + ", not of dimension '\(dimension)'" }
                }
                failures.append(RuleTestFailure(example: example, isMatch: true, produced: describe(claims, source), refused: refused))
            }
            for example in rule.examples.noMatch {
                let (claims, source) = produced(example)
                if !claims.isEmpty { failures.append(RuleTestFailure(example: example, isMatch: false, produced: describe(claims, source))) }
            }
            return RuleTestResult(rule: rule.id, file: rule.file, line: rule.line,
                                  examples: rule.examples.match.count + rule.examples.noMatch.count, failures: failures)
        }
    }

    /// `rules` with no quantity value requiring a dimension.
    static func withoutDimensions(_ rules: RuleSet) -> RuleSet {
        var out = rules
        for k in out.rules.indices {
            if case .quantity(let q, let of, let unit, _?) = out.rules[k].value { out.rules[k].value = .quantity(quantity: q, of: of, unit: unit) }
        }
        return out
    }
}
