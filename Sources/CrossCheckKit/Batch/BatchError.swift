/// A bad batch record, written to the output in place of what it would have produced:
/// `{"cluster":"…","error":"…","line":N}` (`cluster` is null when the record names none).
public struct BatchError: Error, Sendable, Hashable {
    public var message: String
    /// 1-based line of the record in the input.
    public var line: Int
    public var cluster: String?

    public init(_ message: String, line: Int, cluster: String? = nil) {
        self.message = message
        self.line = line
        self.cluster = cluster
    }

    /// One line of JSON (keys sorted), without the trailing newline.
    public var json: String {
        JSONValue.object([
            "cluster": .string(cluster),
            "error": .string(message),
            "line": .int(line),
        ]).rendered(pretty: false)
    }
}
