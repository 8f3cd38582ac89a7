import CrossCheckKit

/// A small JSON Schema (draft 2020-12) validator for the subset `Reports/report.schema.json` uses:
/// type, properties, required, additionalProperties, items, enum, const, oneOf, anyOf, allOf,
/// $ref to local `#/$defs/...`, minimum; annotations ($schema, $id, title, description) are ignored.
/// Any other keyword is reported as an error, so the schema cannot silently use something this
/// validator does not check.
struct SchemaValidator {
    let root: JSONValue

    static let annotations: Set<String> = ["$schema", "$id", "title", "description"]
    static let keywords: Set<String> = ["type", "properties", "required", "additionalProperties", "items", "enum",
                                        "const", "oneOf", "anyOf", "allOf", "$ref", "$defs", "minimum"]

    /// Every error, as "path: message"; empty when the instance is valid.
    func validate(_ instance: JSONValue) -> [String] {
        var errors: [String] = []
        check(instance, against: root, path: "$", errors: &errors, depth: 0)
        return errors
    }

    private func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: JSONValue? = root
        for part in ref.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node
    }

    private func typeMatches(_ v: JSONValue, _ type: String) -> Bool {
        switch (type, v) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object), ("number", .number):
            return true
        case ("integer", .number(let d)): return d == d.rounded() && d.isFinite
        default: return false
        }
    }

    private func check(_ v: JSONValue, against schema: JSONValue, path: String, errors: inout [String], depth: Int) {
        guard depth < 64 else { errors.append("\(path): schema recursion too deep"); return }
        if case .bool(let b) = schema { if !b { errors.append("\(path): schema false") }; return }
        guard let s = schema.objectValue else { errors.append("\(path): schema is not an object"); return }
        for key in JSONValue.sortedKeys(s) where !SchemaValidator.keywords.contains(key) && !SchemaValidator.annotations.contains(key) {
            errors.append("\(path): unsupported schema keyword \(key)")
        }
        if let ref = s["$ref"]?.stringValue {
            if let target = resolve(ref) {
                check(v, against: target, path: path, errors: &errors, depth: depth + 1)
            } else {
                errors.append("\(path): unresolvable $ref \(ref)")
            }
        }
        if let t = s["type"] {
            let types = t.arrayValue?.compactMap(\.stringValue) ?? [t.stringValue ?? "?"]
            if !types.contains(where: { typeMatches(v, $0) }) {
                errors.append("\(path): expected type \(types.joined(separator: "|"))")
                return
            }
        }
        if let c = s["const"], c != v { errors.append("\(path): expected constant \(c.rendered(pretty: false))") }
        if let e = s["enum"]?.arrayValue, !e.contains(v) { errors.append("\(path): not one of the enumerated values") }
        if let minimum = s["minimum"]?.doubleValue, case .number(let d) = v, d < minimum {
            errors.append("\(path): below minimum \(JSONValue.format(minimum))")
        }
        if case .object(let o) = v {
            if let required = s["required"]?.arrayValue {
                for r in required.compactMap(\.stringValue) where o[r] == nil { errors.append("\(path): missing required \(r)") }
            }
            let props = s["properties"]?.objectValue ?? [:]
            for key in JSONValue.sortedKeys(o) {
                if let ps = props[key] {
                    check(o[key]!, against: ps, path: path + "." + key, errors: &errors, depth: depth + 1)
                } else if let ap = s["additionalProperties"] {
                    if case .bool(false) = ap {
                        errors.append("\(path): unexpected property \(key)")
                    } else {
                        check(o[key]!, against: ap, path: path + "." + key, errors: &errors, depth: depth + 1)
                    }
                }
            }
        }
        if case .array(let items) = v, let itemSchema = s["items"] {
            for (i, item) in items.enumerated() {
                check(item, against: itemSchema, path: path + "[\(i)]", errors: &errors, depth: depth + 1)
            }
        }
        if let all = s["allOf"]?.arrayValue {
            for sub in all { check(v, against: sub, path: path, errors: &errors, depth: depth + 1) }
        }
        if let any = s["anyOf"]?.arrayValue {
            let ok = any.contains { sub in
                var e: [String] = []
                check(v, against: sub, path: path, errors: &e, depth: depth + 1)
                return e.isEmpty
            }
            if !ok { errors.append("\(path): matches none of anyOf") }
        }
        if let one = s["oneOf"]?.arrayValue {
            let matches = one.filter { sub in
                var e: [String] = []
                check(v, against: sub, path: path, errors: &e, depth: depth + 1)
                return e.isEmpty
            }.count
            if matches != 1 { errors.append("\(path): matches \(matches) of oneOf (exactly 1 required)") }
        }
    }
}
