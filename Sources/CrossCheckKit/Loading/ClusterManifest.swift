import Foundation

/// A `cluster.json` beside the files: `{story, event_date, sources: [{file, outlet, published, url?}]}`.
struct ClusterManifest: Sendable {
    struct Entry: Sendable {
        var outlet: String?
        var published: PublishedTime?
        var url: String?
    }

    var story: String?
    /// Entries by file name (the last path component).
    var entries: [String: Entry]

    /// Parses a manifest; throws `InputError` naming `path` (and the line when the JSON parser gives one).
    init(bytes: [UInt8], path: String) throws {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            let (line, detail) = ClusterManifest.describe(error, bytes: bytes)
            throw InputError(file: path, line: line, "malformed cluster.json: " + detail)
        }
        guard let root = object as? [String: Any] else {
            throw InputError(file: path, line: 1, "malformed cluster.json: expected an object with a `sources` array")
        }
        story = root["story"] as? String
        guard let sources = root["sources"] as? [Any] else {
            throw InputError(file: path, "malformed cluster.json: missing `sources` array of {file, outlet, published, url}")
        }
        var entries: [String: Entry] = [:]
        for (k, item) in sources.enumerated() {
            guard let dict = item as? [String: Any], let file = dict["file"] as? String, !file.isEmpty else {
                throw InputError(file: path, "malformed cluster.json: sources[\(k)] needs a `file` string")
            }
            var entry = Entry()
            if let v = dict["outlet"] {
                guard let s = v as? String else { throw InputError(file: path, "malformed cluster.json: sources[\(k)].outlet must be a string") }
                entry.outlet = s.isEmpty ? nil : s
            }
            if let v = dict["published"], !(v is NSNull) {
                guard let s = v as? String, let t = PublishedTime(iso: s) else {
                    throw InputError(file: path, "malformed cluster.json: sources[\(k)].published `\(v)` is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
                }
                entry.published = t
            }
            if let v = dict["url"], !(v is NSNull) {
                guard let s = v as? String else { throw InputError(file: path, "malformed cluster.json: sources[\(k)].url must be a string") }
                entry.url = s
            }
            entries[(file as NSString).lastPathComponent] = entry
        }
        self.entries = entries
    }

    /// A line number and message for a JSON syntax error (Foundation reports a character index or "line N").
    private static func describe(_ error: Error, bytes: [UInt8]) -> (Int?, String) {
        let ns = error as NSError
        let debug = (ns.userInfo["NSDebugDescription"] as? String) ?? ns.localizedDescription
        if let index = ns.userInfo["NSJSONSerializationErrorIndex"] as? Int, index <= bytes.count {
            return (bytes[0..<index].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }, debug)
        }
        // "... around line 3, column 5."
        if let r = debug.range(of: "line ") {
            let digits = debug[r.upperBound...].prefix { $0.isNumber }
            if let n = Int(digits) { return (n, debug) }
        }
        return (nil, debug)
    }
}
