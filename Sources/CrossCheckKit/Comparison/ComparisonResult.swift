/// What comparing the claim groups of a cluster gives.
public struct ComparisonResult: Sendable {
    public var findings: [Finding]
    public var corroborated: [Corroboration]
    public var singleSource: [Corroboration]

    public init(findings: [Finding] = [], corroborated: [Corroboration] = [], singleSource: [Corroboration] = []) {
        self.findings = findings
        self.corroborated = corroborated
        self.singleSource = singleSource
    }
}
