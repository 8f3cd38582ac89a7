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
                s += "\(Self.field(e.file)):\(e.line):\(e.column)\t\(c.kind)\t\(c.rule)\t\(Self.field(c.key))\t"
                    + "\(Self.field(c.value.display))\t\(Self.field(e.text))\n"
            }
        }
        return s
    }

    /// `s` as a field of the one-line-per-claim listing: each line break (CR, LF or CRLF) and tab as one
    /// space. (A claim's text may span lines: a title or quotation wrapped in hard-wrapped prose.)
    static func field(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return s }
        var r = ""
        for ch in s {
            switch ch {
            case "\n", "\r", "\r\n", "\t": r.append(" ")
            default: r.append(ch)
            }
        }
        return r
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
