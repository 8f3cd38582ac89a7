/// Where the quotations of a cluster are, by source, and which quotation group each belongs to: a
/// figure claimed inside a quotation is reported once, by the quotation's comparison, when every
/// version of the figure lies inside versions of that one quotation.
struct QuotationSpans {
    /// Per source: the spans of its quotation claims and their group (index into the groups given).
    private var bySource: [Int: [(span: TextSpan, group: Int)]] = [:]

    init(_ groups: [ClaimGroup], _ analyzed: AnalyzedCluster) {
        for (gi, g) in groups.enumerated() where !g.claims.isEmpty {
            guard case .quote = analyzed.claims[g.claims[0]].value else { continue }
            for m in g.claims {
                let c = analyzed.claims[m]
                bySource[c.source, default: []].append((c.span, gi))
            }
        }
    }

    /// Whether every claim of `claims` lies inside a quotation of its source, all of one group (two
    /// sources at least: within one source there is no other version to compare).
    func oneQuotation(_ claims: [Int], _ analyzed: AnalyzedCluster) -> Bool {
        guard !bySource.isEmpty else { return false }
        var group: Int? = nil
        var sources = Set<Int>()
        for m in claims {
            let c = analyzed.claims[m]
            guard let q = bySource[c.source]?.first(where: { $0.span.contains(c.span) }) else { return false }
            if let g = group, g != q.group { return false }
            group = q.group
            sources.insert(c.source)
        }
        return group != nil && sources.count >= 2
    }
}
