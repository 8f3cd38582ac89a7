/// Judges each claim group: conflict, divergence, variant, or corroboration. (First version: nothing.)
public struct Comparator: Sendable {
    public var lexicons: Lexicons

    public init(lexicons: Lexicons = Lexicons()) {
        self.lexicons = lexicons
    }

    public func compare(_ groups: [ClaimGroup], in analyzed: AnalyzedCluster) -> ComparisonResult {
        ComparisonResult()
    }
}
