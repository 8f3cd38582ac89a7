/// A small hand-written argument reader: options with values (`--format json`, `--format=json`),
/// flags, and positional arguments; unknown options are usage errors.
struct Arguments {
    private(set) var positional: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []

    init(_ args: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws {
        var i = 0
        var onlyPositional = false
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositional || !a.hasPrefix("-") || a == "-" { positional.append(a); continue }
            if a == "--" { onlyPositional = true; continue }
            var name = a
            var inline: String?
            if let eq = a.firstIndex(of: "=") {
                name = String(a[..<eq])
                inline = String(a[a.index(after: eq)...])
            }
            if valueOptions.contains(name) {
                if let inline { values[name, default: []].append(inline); continue }
                guard i < args.count else { throw UsageError("\(name) needs a value") }
                values[name, default: []].append(args[i])
                i += 1
            } else if flagOptions.contains(name), inline == nil {
                flags.insert(name)
            } else {
                throw UsageError("unknown option \(name)")
            }
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    func choice(_ name: String, _ allowed: [String], default def: String) throws -> String {
        guard let v = value(name) else { return def }
        guard allowed.contains(v) else {
            throw UsageError("\(name) must be one of \(allowed.joined(separator: ", ")) (got '\(v)')")
        }
        return v
    }
}
