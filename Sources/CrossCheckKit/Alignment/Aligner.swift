/// Groups claims across sources that are about the same thing. (First version: by kind and key.)
public struct Aligner: Sendable {
    public init() {}

    public func align(_ analyzed: AnalyzedCluster) -> [ClaimGroup] {
        var groups: [String: [Int]] = [:]
        for (i, c) in analyzed.claims.enumerated() { groups[c.kind + "\u{1F}" + c.key, default: []].append(i) }
        return groups.keys.sorted().map { k in
            let c = analyzed.claims[groups[k]![0]]
            return ClaimGroup(kind: c.kind, key: c.key, claims: groups[k]!, basis: "key")
        }
    }
}
