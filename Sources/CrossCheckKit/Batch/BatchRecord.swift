import Foundation

/// One line of batch input: a source of a cluster, or a cluster folder.
///
/// Source record: `{"cluster": id, "source": id, "text": "…", "outlet": "…", "published": "2024-06-19",
/// "url": "…", "file": "…", "format": "html"}` — `cluster`, `source` (strings, or integers) and a
/// non-empty `text` are required; the rest are optional (`file` names the source in evidence, default
/// `cluster/source`; `format` text, markdown or html, default from `file`'s extension, else text).
/// The text goes through `SourceReader` like a file's bytes (front matter, HTML, UTF-8 repair).
/// Folder record: `{"folder": "path/to/cluster"}` (optional `cluster` overrides the folder's name).
/// Other keys are ignored, so records can carry a pipeline's own fields.
public struct BatchRecord: Sendable {
    public enum Content: Sendable {
        case source(Source)
        case folder(String)
    }

    /// The cluster id the record belongs to.
    public var cluster: String
    /// 1-based line in the input.
    public var line: Int
    public var content: Content

    public init(cluster: String, line: Int, content: Content) {
        self.cluster = cluster
        self.line = line
        self.content = content
    }

    /// Parses one input line. A bad record throws a `BatchError` naming the line and, when the
    /// record is a JSON object with a usable cluster id, the cluster.
    public static func parse(_ bytes: [UInt8], line: Int) throws(BatchError) -> BatchRecord {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                throw BatchError("a record must be a JSON object", line: line)
            }
            object = parsed
        } catch let e as BatchError {
            throw e
        } catch {
            throw BatchError("invalid JSON", line: line)
        }
        let clusterID = try identifier(object, "cluster", line: line, cluster: nil)
        if object["folder"] != nil {
            guard let folder = object["folder"] as? String, !folder.isEmpty else {
                throw BatchError("'folder' must be a non-empty string", line: line, cluster: clusterID)
            }
            let name = clusterID ?? URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
            return BatchRecord(cluster: name, line: line, content: .folder(folder))
        }
        guard let cluster = clusterID else {
            throw BatchError("missing field 'cluster' (or 'folder')", line: line)
        }
        guard let sourceID = try identifier(object, "source", line: line, cluster: cluster) else {
            throw BatchError("missing field 'source'", line: line, cluster: cluster)
        }
        guard let rawText = object["text"] else {
            throw BatchError("missing field 'text'", line: line, cluster: cluster)
        }
        guard let text = rawText as? String else {
            throw BatchError("'text' must be a string", line: line, cluster: cluster)
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw BatchError("empty 'text' for source '\(sourceID)'", line: line, cluster: cluster)
        }
        let outlet = try optionalString(object, "outlet", line: line, cluster: cluster)
        let url = try optionalString(object, "url", line: line, cluster: cluster)
        let file = try optionalString(object, "file", line: line, cluster: cluster) ?? "\(cluster)/\(sourceID)"
        var published: PublishedTime?
        if let p = try optionalString(object, "published", line: line, cluster: cluster) {
            guard let time = PublishedTime(iso: p) else {
                throw BatchError("'published' must be an ISO date like 2024-06-19 or 2024-06-19T21:59 (got '\(p)')",
                                 line: line, cluster: cluster)
            }
            published = time
        }
        var format = SourceFormat(fileName: file) ?? .text
        if let f = try optionalString(object, "format", line: line, cluster: cluster) {
            guard let named = SourceFormat(rawValue: f) else {
                throw BatchError("'format' must be text, markdown or html (got '\(f)')", line: line, cluster: cluster)
            }
            format = named
        }
        // The same path as a file in a folder: UTF-8 repair, front matter, HTML to text, size limit.
        do {
            let source = try SourceReader.source(id: sourceID, file: file, bytes: Array(text.utf8), format: format,
                                                 outlet: outlet, published: published, url: url)
            return BatchRecord(cluster: cluster, line: line, content: .source(source))
        } catch let e as InputError {
            throw BatchError("source '\(sourceID)': " + e.diagnostics.map(\.message).joined(separator: "; "), line: line, cluster: cluster)
        } catch {
            throw BatchError("source '\(sourceID)': \(error)", line: line, cluster: cluster)
        }
    }

    /// A string or integer id field; nil when absent.
    private static func identifier(_ object: [String: Any], _ key: String, line: Int, cluster: String?) throws(BatchError) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        if let s = value as? String {
            guard !s.isEmpty else { throw BatchError("'\(key)' must not be empty", line: line, cluster: cluster) }
            return s
        }
        // JSON true/false arrive as a Boolean subclass of NSNumber; only plain integers are ids.
        if let n = value as? NSNumber, type(of: n) == NSNumber.self, let i = Int(exactly: n.doubleValue) {
            return String(i)
        }
        throw BatchError("'\(key)' must be a string or an integer", line: line, cluster: cluster)
    }

    private static func optionalString(_ object: [String: Any], _ key: String, line: Int, cluster: String) throws(BatchError) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let s = value as? String else {
            throw BatchError("'\(key)' must be a string", line: line, cluster: cluster)
        }
        return s
    }
}
