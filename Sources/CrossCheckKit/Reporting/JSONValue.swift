/// A JSON document as a value, with a deterministic writer and a small strict parser.
///
/// Writing: object keys sorted by their UTF-8 bytes, 2-space indentation, numbers without spurious
/// ".0" or exponent noise (integral values print as integers, others in their shortest round-trip
/// form, expanded to plain decimals), strings escaped as RFC 8259 requires. The same value always
/// gives the same bytes. Reports, baselines and anything else we persist as JSON go through it,
/// never through `JSONEncoder`, whose number formatting and key order we do not control.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// Non-finite numbers are written as `null` (JSON has no NaN or infinity).
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    // MARK: Convenience

    public static func int(_ n: Int) -> JSONValue { .number(Double(n)) }
    public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    public static func number(_ d: Double?) -> JSONValue { d.map { .number($0) } ?? .null }

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var doubleValue: Double? { if case .number(let d) = self { return d }; return nil }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    public var objectValue: [String: JSONValue]? { if case .object(let o) = self { return o }; return nil }

    // MARK: Writing

    /// Pretty-printed (2-space indent) with a trailing newline; `pretty: false` gives one line without one
    /// (for JSON Lines).
    public func rendered(pretty: Bool = true) -> String {
        String(decoding: renderedBytes(pretty: pretty), as: UTF8.self)
    }

    /// `rendered(pretty:)` as UTF-8 bytes, without going through a `String` (for writing files).
    public func renderedBytes(pretty: Bool = true) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        write(to: &w)
        if pretty { w.newline() }
        return w.bytes
    }

    /// Object keys in the order they are written: by UTF-8 bytes, so the order never depends on locale.
    public static func sortedKeys(_ object: [String: JSONValue]) -> [String] {
        object.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    func write(to w: inout JSONWriter) {
        switch self {
        case .null: w.null()
        case .bool(let b): w.bool(b)
        case .number(let d): w.number(d)
        case .string(let s): w.string(s)
        case .array(let items):
            w.beginArray()
            for item in items {
                w.element()
                item.write(to: &w)
            }
            w.endArray()
        case .object(let object):
            w.beginObject()
            for key in JSONValue.sortedKeys(object) {
                w.key(escaping: key)
                object[key]!.write(to: &w)
            }
            w.endObject()
        }
    }

    /// A JSON number for `d`: integers without a fraction ("398", not "398.0"), other values in their
    /// shortest round-trip digits written as a plain decimal ("0.00001", not "1e-05"); only magnitudes
    /// beyond 1e±21 keep an exponent. `-0` is "0"; NaN and infinities are "null".
    public static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == 0 { return "0" }
        if d == d.rounded(.towardZero), abs(d) < 9.007199254740992e15 { return String(Int64(d)) }
        let shortest = "\(d)"  // Swift prints the shortest digits that round-trip, e.g. "0.1", "1e-05", "1.5e+20"
        guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return shortest }
        guard let exponent = Int(shortest[shortest.index(after: e)...]), abs(exponent) <= 21 else {
            return shortest  // "1e+22": still valid JSON
        }
        var mantissa = Substring(shortest[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa = mantissa.dropFirst() }
        let dot = mantissa.firstIndex(of: ".")
        let intPart = dot.map { mantissa[..<$0] } ?? mantissa
        let fracPart = dot.map { mantissa[mantissa.index(after: $0)...] } ?? ""
        var digits = String(intPart) + String(fracPart)
        var point = intPart.count + exponent  // position of the decimal point within `digits`
        while digits.count > 1, digits.hasPrefix("0") { digits.removeFirst(); point -= 1 }
        var result: String
        if point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            result = digits + String(repeating: "0", count: point - digits.count)
        } else {
            let i = digits.index(digits.startIndex, offsetBy: point)
            result = String(digits[..<i]) + "." + String(digits[i...])
        }
        if result.contains(".") {
            while result.hasSuffix("0") { result.removeLast() }
            if result.hasSuffix(".") { result.removeLast() }
        }
        return (negative ? "-" : "") + result
    }
}

extension JSONValue {
    /// Where and why a text is not valid JSON (1-based line and column, counted in characters).
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "\(line):\(column): \(message)" }
    }

    /// Parses strict JSON (RFC 8259): no comments, no trailing commas, one value, nothing after it.
    /// Duplicate object keys are an error (a report or baseline never has them).
    public static func parse(_ text: String) throws(ParseError) -> JSONValue {
        var parser = JSONParser(Array(text.utf8))
        return try parser.parseDocument()
    }
}
