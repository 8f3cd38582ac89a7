/// The JSON report: the machine-readable contract, documented by `Reports/report.schema.json` and
/// `Reports/README.md`.
///
/// Everything the Markdown report shows is here too. Keys are sorted, arrays keep the report's order
/// (which the comparator makes deterministic), numbers print without ".0" or exponent noise, and the
/// same report always renders to the same bytes.
public struct JSONRenderer: ReportRenderer {
    /// Pretty-printed (2-space indent, trailing newline) by default; one line for JSON Lines.
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    public var format: String { "json" }

    public func render(_ report: Report) -> String {
        JSONRenderer.json(report).rendered(pretty: pretty)
    }

    // MARK: The mapping, one function per report part

    public static func json(_ report: Report) -> JSONValue {
        .object([
            "schemaVersion": .string(Report.schemaVersion),
            "cluster": .string(report.cluster),
            "sources": .array(report.sources.map(json)),
            "findings": .array(report.findings.map(json)),
            "corroborated": .array(report.corroborated.map(json)),
            "singleSource": .array(report.singleSource.map(json)),
            "excluded": .array(report.excluded.map(json)),
            "diagnostics": .array(report.diagnostics.map(json)),
            "summary": json(ReportSummary(report)),
        ])
    }

    public static func json(_ source: SourceInfo) -> JSONValue {
        .object([
            "id": .string(source.id),
            "file": .string(source.file),
            "outlet": .string(source.outlet),
            "published": .string(source.published?.iso),
            "url": .string(source.url),
            "claims": .int(source.claims),
        ])
    }

    public static func json(_ finding: Finding) -> JSONValue {
        .object([
            "id": .string(finding.id),
            "kind": .string(finding.kind),
            "severity": .string(finding.severity.rawValue),
            "rule": .string(finding.rule),
            "key": .string(finding.key),
            "message": .string(finding.message),
            "label": .string(finding.label),
            "claims": .array(finding.claims.map(json)),
            "diffs": .array(finding.diffs.map(json)),
        ])
    }

    public static func json(_ evidence: Evidence) -> JSONValue {
        .object([
            "source": .string(evidence.source),
            "file": .string(evidence.file),
            "outlet": .string(evidence.outlet),
            "published": .string(evidence.published?.iso),
            "line": .int(evidence.line),
            "column": .int(evidence.column),
            "text": .string(evidence.text),
            "value": value(evidence.value),
            "valueType": .string(valueType(evidence.value)),
            "display": .string(evidence.value.display),
            "sentence": .string(evidence.sentence),
            "rule": .string(evidence.rule),
        ])
    }

    public static func json(_ diff: WordDiff) -> JSONValue {
        .object([
            "from": .string(diff.from),
            "to": .string(diff.to),
            "parts": .array(diff.parts.map { .object(["op": .string($0.op.rawValue), "text": .string($0.text)]) }),
        ])
    }

    public static func json(_ c: Corroboration) -> JSONValue {
        .object([
            "kind": .string(c.kind),
            "key": .string(c.key),
            "rule": .string(c.rule),
            "value": value(c.value),
            "valueType": .string(valueType(c.value)),
            "display": .string(c.value.display),
            "claims": .array(c.claims.map(json)),
        ])
    }

    public static func json(_ e: ExcludedEntry) -> JSONValue {
        .object([
            "source": .string(e.source),
            "file": .string(e.file),
            "startLine": .int(e.startLine),
            "endLine": .int(e.endLine),
            "reason": .string(e.reason.rawValue),
            "detail": .string(e.detail),
            "preview": .string(e.preview),
        ])
    }

    public static func json(_ d: Diagnostic) -> JSONValue {
        .object([
            "level": .string(d.level.rawValue),
            "file": .string(d.file),
            "line": d.line.map { .int($0) } ?? .null,
            "column": d.column.map { .int($0) } ?? .null,
            "message": .string(d.message),
        ])
    }

    public static func json(_ s: ReportSummary) -> JSONValue {
        func counts(_ c: [Severity: Int]) -> JSONValue {
            .object(Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, .int(c[$0] ?? 0)) }))
        }
        return .object([
            "sources": .int(s.sources),
            "claims": .int(s.claims),
            "findings": .int(s.findings),
            "bySeverity": counts(s.bySeverity),
            "shown": .int(s.shown),
            "shownBySeverity": counts(s.shownBySeverity),
            "corroborated": .int(s.corroborated),
            "singleSource": .int(s.singleSource),
            "excluded": .int(s.excluded),
            "diagnostics": .int(s.diagnostics),
            "suppressed": .int(s.suppressed),
            "baselined": .int(s.baselined),
            "belowMinSeverity": .int(s.belowMinSeverity),
            "minSeverity": .string(s.minSeverity?.rawValue),
        ])
    }

    /// The tag that says which shape `value` has: quantity, date, time, duration, official, name, quote, text.
    public static func valueType(_ v: ClaimValue) -> String {
        switch v {
        case .quantity: return "quantity"
        case .date: return "date"
        case .time: return "time"
        case .duration: return "duration"
        case .official: return "official"
        case .name: return "name"
        case .quote: return "quote"
        case .text: return "text"
        }
    }

    /// The normalized value: quantities as an interval object, dates/times/durations as ISO 8601 at their
    /// precision, officials and quotes as objects, names and text as strings.
    public static func value(_ v: ClaimValue) -> JSONValue {
        switch v {
        case .quantity(let q):
            return .object([
                "min": .number(q.min),
                "max": .number(q.max),
                "unit": .string(q.unit),
                "of": .string(q.of),
                "approximate": .bool(q.approximate),
                "lowerOpen": .bool(q.lowerOpen),
                "upperOpen": .bool(q.upperOpen),
                "suspect": .string(q.suspect),
            ])
        case .date(let d): return .string(d.iso)
        case .time(let t): return .string(t.iso)
        case .duration(let d): return .string(d.iso)
        case .official(let name, let title): return .object(["name": .string(name), "title": .string(title)])
        case .name(let n): return .string(n)
        case .quote(let text, let speaker): return .object(["text": .string(text), "speaker": .string(speaker)])
        case .text(let t): return .string(t)
        }
    }
}
