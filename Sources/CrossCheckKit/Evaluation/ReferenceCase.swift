import Foundation

/// One case of a peer spec file (Recognizers-Text format): the input, its reference date, and the
/// expected results.
public struct ReferenceCase: Sendable, Hashable {
    public struct Expected: Sendable, Hashable {
        public var text: String
        /// Character offset of the result in the input, when given.
        public var start: Int?
        public var typeName: String?
        /// `Resolution.value` (numbers, ranges, percentages, dimensions, ordinals).
        public var value: String?
        public var subtype: String?
        public var unit: String?
        /// `Value.Timex` (date parser).
        public var timex: String?
    }

    public var input: String
    /// `Context.ReferenceDateTime` (ISO), when given.
    public var reference: String?
    public var results: [Expected]
    /// Platforms the peer itself does not support this case on ("dotnet, javascript").
    public var notSupported: [String]

    /// Parses a spec file's bytes (UTF-8, with or without a byte-order mark).
    public static func parse(_ data: Data, file: String) throws -> [ReferenceCase] {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
            throw InputError(file: file, "not valid JSON: \(error.localizedDescription)")
        }
        guard let array = json as? [[String: Any]] else { throw InputError(file: file, "expected a JSON array of cases") }
        return array.map { c in
            let results = (c["Results"] as? [[String: Any]] ?? []).map { r -> Expected in
                let res = r["Resolution"] as? [String: Any]
                let val = r["Value"] as? [String: Any]
                func str(_ v: Any?) -> String? { v.flatMap { $0 is NSNull ? nil : "\($0)" } }
                return Expected(text: r["Text"] as? String ?? "", start: r["Start"] as? Int, typeName: r["TypeName"] as? String ?? r["Type"] as? String,
                                value: str(res?["value"]), subtype: str(res?["subtype"]), unit: str(res?["unit"]), timex: str(val?["Timex"]))
            }
            let ns = (c["NotSupported"] as? String ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
            return ReferenceCase(input: c["Input"] as? String ?? "", reference: (c["Context"] as? [String: Any])?["ReferenceDateTime"] as? String,
                                 results: results, notSupported: ns)
        }
    }
}
