/// Runs the rules (and the recognizers they call) over one segmented source and returns its claims.
/// (First version: no rules, no claims.)
public struct Extractor: Sendable {
    public var rules: RuleSet
    public var recognizers: [any Recognizer]

    public init(rules: RuleSet, recognizers: [any Recognizer] = RecognizerRegistry.builtin()) {
        self.rules = rules
        self.recognizers = recognizers
    }

    public func extract(_ source: Source, index: Int, text: SegmentedText) -> [Claim] {
        []
    }
}
