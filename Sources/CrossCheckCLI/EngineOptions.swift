import CrossCheckKit

/// The options every command that reads a cluster shares: which rules, and how large a file may be.
/// `--rules PATH` (repeatable), `--no-default-rules`, `--max-file-size BYTES` (suffixes K, M, G).
enum EngineOptions {
    static let valueOptions: Set<String> = ["--rules", "--max-file-size"]
    static let flagOptions: Set<String> = ["--no-default-rules", "--help", "-h"]

    static func engine(_ a: Arguments) throws -> CrossCheck {
        let rules = try RuleSet.load(paths: a.all("--rules"), includeBuiltin: !a.flag("--no-default-rules"))
        var engine = CrossCheck(rules: rules)
        if let size = a.value("--max-file-size") {
            engine.loader = ClusterLoader(maxFileBytes: try bytes(size))
        }
        return engine
    }

    /// "300000", "64K", "256M", "2G" → bytes.
    static func bytes(_ s: String) throws -> Int {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(s.uppercased())
        var factor = 1
        if let last = digits.last, let f = units[last] {
            factor = f
            digits = digits.dropLast()
        }
        if digits.hasSuffix("I") || digits.hasSuffix("B") { throw UsageError("--max-file-size takes a number of bytes with an optional K, M or G suffix (got '\(s)')") }
        guard let n = Int(digits), n > 0, n <= Int.max / factor else {
            throw UsageError("--max-file-size takes a number of bytes with an optional K, M or G suffix (got '\(s)')")
        }
        guard n * factor <= ClusterLoader.hardMaxFileBytes else {
            throw UsageError("--max-file-size can be at most \(ClusterLoader.hardMaxFileBytes) bytes (2 GiB): text offsets are 32-bit")
        }
        return n * factor
    }
}
