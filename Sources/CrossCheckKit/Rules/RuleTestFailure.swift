/// A failing rule example: what was expected and what the rule produced instead.
public struct RuleTestFailure: Sendable, Hashable {
    public var example: RuleExample
    /// Whether it is a match example (else a noMatch example).
    public var isMatch: Bool
    /// The rule's claims on the example's text, as `value «surface text»` (key).
    public var produced: [String]
    /// For a match example of a rule whose value requires a dimension: the claims it refused for their
    /// unit, described as `produced` is.
    public var refused: [String]

    public init(example: RuleExample, isMatch: Bool, produced: [String], refused: [String] = []) {
        self.example = example
        self.isMatch = isMatch
        self.produced = produced
        self.refused = refused
    }

    /// One line: what was expected, on which text, and what came out.
    public var message: String {
        if isMatch {
            var want = "value '\(example.value ?? "")'"
            if let m = example.match { want += " on text '\(m)'" }
            if let k = example.key { want += " with key '\(k)'" }
            return "expected \(want) from \"\(example.text)\"; produced " + (produced.isEmpty ? "nothing" : produced.joined(separator: ", "))
                + (refused.isEmpty ? "" : "; refused " + refused.joined(separator: ", "))
        }
        return "expected no claim from \"\(example.text)\"; produced " + produced.joined(separator: ", ")
    }
}
