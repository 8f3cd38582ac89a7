import Foundation

/// Findings already reviewed, by stable id: `crosscheck baseline` writes one, `crosscheck check --baseline`
/// hides the findings it lists. Ids hash a finding's kind, key and values (never line numbers), so a
/// baseline still matches when the text around a claim moves.
///
/// File format (JSON, written deterministically):
/// `{ "schemaVersion": "1.0", "cluster": "...", "findings": [ { "id", "evidenceId", "kind", "key", "message" } ] }`.
/// Only `findings[].id` is needed to match; `evidenceId` (optional) is the id the finding takes if a twin
/// appears (`FindingID.withEvidence`); the other fields are there for the person reading the file.
///
/// Twins: two findings of one key and values get ids that also hash their evidence, and a twin whose
/// other goes away gets its plain id back. A finding matches an entry by its id, by the entry's
/// `evidenceId` (recorded alone, it now has a twin), or, when its id is its own, by the id it would take
/// with a twin (recorded with a twin that has gone since).
public struct Baseline: Sendable, Hashable {
    public static let schemaVersion = "1.0"

    public struct Entry: Sendable, Hashable {
        public var id: String
        /// The id the finding takes when another finding of the report shares its id (see the type's
        /// comment); empty when unknown (older files) or when `id` already holds the evidence.
        public var evidenceID: String
        public var kind: String
        public var key: String
        public var message: String

        public init(id: String, evidenceID: String = "", kind: String = "", key: String = "", message: String = "") {
            self.id = id
            self.evidenceID = evidenceID
            self.kind = kind
            self.key = key
            self.message = message
        }
    }

    public var cluster: String?
    /// Sorted by id, one per id.
    public private(set) var entries: [Entry]
    public private(set) var ids: Set<String>
    /// The entries' non-empty `evidenceID`s.
    private var evidenceIDs: Set<String>

    public init(cluster: String? = nil, entries: [Entry]) {
        self.cluster = cluster
        var seen: Set<String> = []
        var unique: [Entry] = []
        for e in entries where seen.insert(e.id).inserted { unique.append(e) }
        self.entries = unique.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        self.ids = seen
        evidenceIDs = Set(unique.map(\.evidenceID).filter { !$0.isEmpty })
    }

    /// A baseline of every finding in `report` (give it the unfiltered report).
    public init(report: Report) {
        self.init(cluster: report.cluster,
                  entries: report.findings.map {
                      Entry(id: $0.id, evidenceID: $0.sharedID == nil ? FindingID.withEvidence($0.id, $0.claims) : "",
                            kind: $0.kind, key: $0.key, message: $0.message)
                  })
    }

    /// Whether `finding` was reviewed: its id is listed, or it is an entry's finding that has since gained
    /// or lost a twin (see the type's comment).
    public func contains(_ finding: Finding) -> Bool {
        if ids.contains(finding.id) || evidenceIDs.contains(finding.id) { return true }
        return finding.sharedID == nil && ids.contains(FindingID.withEvidence(finding.id, finding.claims))
    }

    /// The baseline file's text: pretty-printed JSON, keys sorted, trailing newline.
    public func rendered() -> String {
        var top: [String: JSONValue] = [
            "schemaVersion": .string(Baseline.schemaVersion),
            "findings": .array(entries.map {
                var entry: [String: JSONValue] = ["id": .string($0.id), "kind": .string($0.kind), "key": .string($0.key), "message": .string($0.message)]
                if !$0.evidenceID.isEmpty { entry["evidenceId"] = .string($0.evidenceID) }
                return .object(entry)
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
            entries.append(Entry(id: id, evidenceID: item["evidenceId"]?.stringValue ?? "", kind: item["kind"]?.stringValue ?? "",
                                 key: item["key"]?.stringValue ?? "", message: item["message"]?.stringValue ?? ""))
        }
        return Baseline(cluster: top["cluster"]?.stringValue, entries: entries)
    }
}
