/// The outcome of evaluating one peer spec file.
public struct EvaluationReport: Sendable, Hashable {
    public struct Failure: Sendable, Hashable {
        public var input: String
        public var expected: [String]
        public var got: [String]
    }

    public var file: String
    public var total: Int
    public var inScope: Int
    public var passed: Int
    /// Out-of-scope cases counted by reason (sorted by reason).
    public var excluded: [(reason: String, count: Int)]
    public var failures: [Failure]

    public var passRate: Double { inScope == 0 ? 0 : Double(passed) / Double(inScope) }

    public static func == (a: EvaluationReport, b: EvaluationReport) -> Bool {
        a.file == b.file && a.total == b.total && a.inScope == b.inScope && a.passed == b.passed && a.failures == b.failures
            && a.excluded.map(\.reason) == b.excluded.map(\.reason) && a.excluded.map(\.count) == b.excluded.map(\.count)
    }

    public func hash(into h: inout Hasher) { h.combine(file); h.combine(passed); h.combine(inScope) }
}
