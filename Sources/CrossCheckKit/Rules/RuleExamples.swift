/// A rule's examples: texts it must match (with the value each must produce) and texts it must not match.
public struct RuleExamples: Sendable, Hashable {
    public var match: [RuleExample]
    public var noMatch: [RuleExample]

    public init(match: [RuleExample] = [], noMatch: [RuleExample] = []) {
        self.match = match
        self.noMatch = noMatch
    }
}
