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
        let cluster = self.cluster.map(BatchError.quoted) ?? "null"
        return "{\"cluster\":\(cluster),\"error\":\(BatchError.quoted(message)),\"line\":\(line)}"
    }

    /// A JSON string literal.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
