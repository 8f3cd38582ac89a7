/// The outcome of one rule's examples.
public struct RuleTestResult: Sendable, Hashable {
    public var rule: String
    public var file: String
    public var line: Int
    /// Examples run (match + noMatch).
    public var examples: Int
    public var failures: [RuleTestFailure]

    public init(rule: String, file: String, line: Int, examples: Int, failures: [RuleTestFailure]) {
        self.rule = rule
        self.file = file
        self.line = line
        self.examples = examples
        self.failures = failures
    }

    public var passed: Bool { failures.isEmpty }
}
