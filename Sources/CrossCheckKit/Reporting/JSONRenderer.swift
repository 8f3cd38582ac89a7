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
        String(decoding: renderBytes(report), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes. The report is streamed straight into the bytes (no `JSONValue` tree,
    /// no `String`), writing exactly what `JSONRenderer.json(report).rendered(pretty:)` gives.
    public func renderBytes(_ report: Report) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: JSONRenderer.estimatedSize(report))
        JSONRenderer.write(report, to: &w)
        if pretty { w.newline() }
        return w.bytes
    }

    /// `renderBytes` handed to `emit` in pieces of about `chunkSize` bytes, each ending after a complete JSON
    /// value (so each is valid UTF-8), so a large report is never held in memory as a whole text.
    public func render(_ report: Report, chunkSize: Int, to emit: ([UInt8]) -> Void) {
        withoutActuallyEscaping(emit) { emit in
            var w = JSONWriter(pretty: pretty, capacity: min(chunkSize, JSONRenderer.estimatedSize(report)) + 4096)
            w.emit = emit
            w.chunkSize = max(1, chunkSize)
            JSONRenderer.write(report, to: &w)
            if pretty { w.newline() }
            w.flush()
        }
    }

    /// A rough output size, so the byte buffer is rarely regrown.
    static func estimatedSize(_ report: Report) -> Int {
        var evidence = 0
        for f in report.findings { evidence += f.claims.count + 2 * f.diffs.count }
        for c in report.corroborated { evidence += c.claims.count + 1 }
        for c in report.singleSource { evidence += c.claims.count + 1 }
        return 4096 + 700 * evidence + 300 * (report.sources.count + report.excluded.count + report.diagnostics.count)
    }

    // MARK: Streaming, one function per report part (members in key order, as `JSONValue` sorts them)

    static func write(_ report: Report, to w: inout JSONWriter) {
        w.beginObject()
        w.key("cluster"); w.string(report.cluster)
        w.key("corroborated"); writeArray(report.corroborated, to: &w, write)
        w.key("diagnostics"); writeArray(report.diagnostics, to: &w, write)
        w.key("excluded"); writeArray(report.excluded, to: &w, write)
        w.key("findings"); writeArray(report.findings, to: &w, write)
        w.key("schemaVersion"); w.string(Report.schemaVersion)
        w.key("singleSource"); writeArray(report.singleSource, to: &w, write)
        w.key("sources"); writeArray(report.sources, to: &w, write)
        w.key("summary"); json(ReportSummary(report)).write(to: &w)
        w.endObject()
    }

    static func writeArray<T>(_ items: [T], to w: inout JSONWriter, _ body: (T, inout JSONWriter) -> Void) {
        w.beginArray()
        for item in items {
            w.element()
            body(item, &w)
            w.flushIfFull()
        }
        w.endArray()
    }

    static func write(_ source: SourceInfo, to w: inout JSONWriter) {
        w.beginObject()
        w.key("claims"); w.int(source.claims)
        w.key("file"); w.string(source.file)
        w.key("id"); w.string(source.id)
        w.key("outlet"); w.string(source.outlet)
        w.key("published"); w.string(source.published?.iso)
        w.key("url"); w.string(source.url)
        w.endObject()
    }

    static func write(_ finding: Finding, to w: inout JSONWriter) {
        w.beginObject()
        w.key("claims"); writeArray(finding.claims, to: &w, write)
        w.key("diffs"); writeArray(finding.diffs, to: &w, write)
        w.key("id"); w.string(finding.id)
        w.key("key"); w.string(finding.key)
        w.key("kind"); w.string(finding.kind)
        w.key("label"); w.string(finding.label)
        w.key("message"); w.string(finding.message)
        w.key("rule"); w.string(finding.rule)
        w.key("severity"); w.string(finding.severity.rawValue)
        w.endObject()
    }

    static func write(_ evidence: Evidence, to w: inout JSONWriter) {
        let (line, column) = evidence.location  // one lookup for both
        let value = evidence.value
        w.beginObject()
        w.key("column"); w.int(column)
        w.key("display"); w.string(value.display)
        w.key("file"); w.string(evidence.file)
        w.key("line"); w.int(line)
        w.key("outlet"); w.string(evidence.outlet)
        w.key("published"); w.string(evidence.published?.iso)
        w.key("rule"); w.string(evidence.rule)
        w.key("sentence"); w.string(evidence.sentence)
        w.key("source"); w.string(evidence.source)
        w.key("text"); w.string(evidence.text)
        w.key("value"); write(value, to: &w)
        w.key("valueType"); w.string(valueType(value))
        w.endObject()
    }

    static func write(_ diff: WordDiff, to w: inout JSONWriter) {
        w.beginObject()
        w.key("from"); w.string(diff.from)
        w.key("parts")
        writeArray(diff.parts, to: &w) { part, w in
            w.beginObject()
            w.key("op"); w.string(part.op.rawValue)
            w.key("text"); w.string(part.text)
            w.endObject()
        }
        w.key("to"); w.string(diff.to)
        w.endObject()
    }

    static func write(_ c: Corroboration, to w: inout JSONWriter) {
        w.beginObject()
        w.key("claims"); writeArray(c.claims, to: &w, write)
        w.key("display"); w.string(c.value.display)
        w.key("key"); w.string(c.key)
        w.key("kind"); w.string(c.kind)
        w.key("rule"); w.string(c.rule)
        w.key("value"); write(c.value, to: &w)
        w.key("valueType"); w.string(valueType(c.value))
        w.endObject()
    }

    static func write(_ e: ExcludedEntry, to w: inout JSONWriter) {
        w.beginObject()
        w.key("detail"); w.string(e.detail)
        w.key("endLine"); w.int(e.endLine)
        w.key("file"); w.string(e.file)
        w.key("preview"); w.string(e.preview)
        w.key("reason"); w.string(e.reason.rawValue)
        w.key("source"); w.string(e.source)
        w.key("startLine"); w.int(e.startLine)
        w.endObject()
    }

    static func write(_ d: Diagnostic, to w: inout JSONWriter) {
        w.beginObject()
        w.key("column"); w.int(d.column)
        w.key("file"); w.string(d.file)
        w.key("level"); w.string(d.level.rawValue)
        w.key("line"); w.int(d.line)
        w.key("message"); w.string(d.message)
        w.endObject()
    }

    static func write(_ v: ClaimValue, to w: inout JSONWriter) {
        switch v {
        case .quantity(let q):
            w.beginObject()
            w.key("approximate"); w.bool(q.approximate)
            w.key("lowerOpen"); w.bool(q.lowerOpen)
            w.key("max"); w.number(q.max)
            w.key("min"); w.number(q.min)
            w.key("of"); w.string(q.of)
            w.key("suspect"); w.string(q.suspect)
            w.key("unit"); w.string(q.unit)
            w.key("upperOpen"); w.bool(q.upperOpen)
            w.endObject()
        case .date(let d): w.string(d.iso)
        case .time(let t): w.string(t.iso)
        case .duration(let d): w.string(d.iso)
        case .official(let name, let title):
            w.beginObject()
            w.key("name"); w.string(name)
            w.key("title"); w.string(title)
            w.endObject()
        case .name(let n): w.string(n)
        case .quote(let text, let speaker):
            w.beginObject()
            w.key("speaker"); w.string(speaker)
            w.key("text"); w.string(text)
            w.endObject()
        case .text(let t): w.string(t)
        }
    }

    // MARK: The mapping as a `JSONValue`, one function per report part

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
