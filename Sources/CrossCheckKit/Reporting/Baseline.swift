import Foundation

/// Findings already reviewed, by stable id: `crosscheck baseline` writes one, `crosscheck check --baseline`
/// hides the findings it lists. Ids hash a finding's kind, key and values (never line numbers), so a
/// baseline still matches when the text around a claim moves.
///
/// File format (JSON, written deterministically):
/// `{ "schemaVersion": "1.0", "cluster": "...", "findings": [ { "id", "kind", "key", "message" } ] }`.
/// Only `findings[].id` is needed to match; the other fields are there for the person reading the file.
public struct Baseline: Sendable, Hashable {
    public static let schemaVersion = "1.0"

    public struct Entry: Sendable, Hashable {
        public var id: String
        public var kind: String
        public var key: String
        public var message: String

        public init(id: String, kind: String = "", key: String = "", message: String = "") {
            self.id = id
            self.kind = kind
            self.key = key
            self.message = message
        }
    }

    public var cluster: String?
    /// Sorted by id, one per id.
    public private(set) var entries: [Entry]
    public private(set) var ids: Set<String>

    public init(cluster: String? = nil, entries: [Entry]) {
        self.cluster = cluster
        var seen: Set<String> = []
        var unique: [Entry] = []
        for e in entries where seen.insert(e.id).inserted { unique.append(e) }
        self.entries = unique.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        self.ids = seen
    }

    /// A baseline of every finding in `report` (give it the unfiltered report).
    public init(report: Report) {
        self.init(cluster: report.cluster,
                  entries: report.findings.map { Entry(id: $0.id, kind: $0.kind, key: $0.key, message: $0.message) })
    }

    public func contains(_ finding: Finding) -> Bool { ids.contains(finding.id) }

    /// The baseline file's text: pretty-printed JSON, keys sorted, trailing newline.
    public func rendered() -> String {
        var top: [String: JSONValue] = [
            "schemaVersion": .string(Baseline.schemaVersion),
            "findings": .array(entries.map {
                .object(["id": .string($0.id), "kind": .string($0.kind), "key": .string($0.key), "message": .string($0.message)])
            }),
        ]
        if let cluster { top["cluster"] = .string(cluster) }
        return JSONValue.object(top).rendered()
    }

    /// Reads a baseline file; a missing, unreadable or malformed file is an `InputError` naming it.
    public static func load(path: String) throws(InputError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot read baseline file (missing or unreadable)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, "baseline file is not valid UTF-8")
        }
        return try parse(text, file: path)
    }

    /// Parses a baseline file's text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(InputError) -> Baseline {
        let json: JSONValue
        do {
            json = try JSONValue.parse(text)
        } catch {
            throw InputError(file: file, line: error.line, column: error.column, "baseline is not valid JSON: \(error.message)")
        }
        guard case .object(let top) = json else { throw InputError(file: file, "baseline must be a JSON object") }
        guard let version = top["schemaVersion"]?.stringValue else {
            throw InputError(file: file, "baseline has no \"schemaVersion\" string")
        }
        guard version.split(separator: ".").first == Baseline.schemaVersion.split(separator: ".").first else {
            throw InputError(file: file, "baseline schemaVersion \(version) is not supported (expected \(Baseline.schemaVersion))")
        }
        guard let list = top["findings"]?.arrayValue else {
            throw InputError(file: file, "baseline has no \"findings\" array")
        }
        var entries: [Entry] = []
        for (i, item) in list.enumerated() {
            guard let id = item["id"]?.stringValue, !id.isEmpty else {
                throw InputError(file: file, "baseline findings[\(i)] has no \"id\" string")
            }
            entries.append(Entry(id: id, kind: item["kind"]?.stringValue ?? "", key: item["key"]?.stringValue ?? "",
                                 message: item["message"]?.stringValue ?? ""))
        }
        return Baseline(cluster: top["cluster"]?.stringValue, entries: entries)
    }
}
