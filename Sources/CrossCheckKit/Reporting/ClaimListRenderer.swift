/// Renders every extracted claim per source — the `crosscheck claims` view rule authors debug with —
/// as tab-separated text or as JSON (each claim: `kind`, `key` plus the evidence fields of the report).
public struct ClaimListRenderer: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, json
    }

    public var format: Format

    public init(format: Format) {
        self.format = format
    }

    public func render(_ analyzed: AnalyzedCluster) -> String {
        switch format {
        case .text: return text(analyzed)
        case .json: return json(analyzed).rendered()
        }
    }

    /// One header line per source, then one line per claim:
    /// `file:line:column  kind  rule  key  value  text`.
    private func text(_ analyzed: AnalyzedCluster) -> String {
        var s = ""
        for (i, source) in analyzed.cluster.sources.enumerated() {
            s += "## \(source.id) (\(source.file))\n"
            for c in analyzed.claims where c.source == i {
                let e = analyzed.evidence(for: c)
                s += "\(e.file):\(e.line):\(e.column)\t\(c.kind)\t\(c.rule)\t\(c.key)\t\(c.value.display)\t\(e.text)\n"
            }
        }
        return s
    }

    private func json(_ analyzed: AnalyzedCluster) -> JSONValue {
        var bySource = [[JSONValue]](repeating: [], count: analyzed.cluster.sources.count)
        for c in analyzed.claims {
            guard case .object(var o) = JSONRenderer.json(analyzed.evidence(for: c)) else { continue }
            o["kind"] = .string(c.kind)
            o["key"] = .string(c.key)
            o["severity"] = .string(c.severity.rawValue)
            bySource[c.source].append(.object(o))
        }
        let sources: [JSONValue] = analyzed.cluster.sources.enumerated().map { i, s in
            .object([
                "id": .string(s.id),
                "file": .string(s.file),
                "outlet": .string(s.outlet),
                "published": .string(s.published?.iso),
                "url": .string(s.url),
                "claims": .array(bySource[i]),
            ])
        }
        return .object([
            "schemaVersion": .string(Report.schemaVersion),
            "cluster": .string(analyzed.cluster.name),
            "sources": .array(sources),
            "diagnostics": .array((analyzed.cluster.diagnostics + analyzed.cluster.sources.flatMap(\.diagnostics)).map(JSONRenderer.json)),
        ])
    }
}
