import CrossCheckKit

/// `crosscheck claims`: every extracted claim per source, the rule author's debugging view.
struct ClaimsCommand {
    var output: Output

    func run(_ args: [String]) throws -> ExitCode {
        let a = try Arguments(args, valueOptions: ["--rules", "--format"], flagOptions: ["--no-default-rules", "--help", "-h"])
        if a.flag("--help") || a.flag("-h") { output.out(Help.claims); return .success }
        guard !a.positional.isEmpty else { throw UsageError("claims needs a folder or files") }
        _ = try a.choice("--format", ["text", "json"], default: "text")
        let rules = try RuleSet.load(paths: a.all("--rules"), includeBuiltin: !a.flag("--no-default-rules"))
        let engine = CrossCheck(rules: rules)
        let analyzed = engine.analyze(try engine.load(a.positional))
        var s = ""
        for (i, source) in analyzed.cluster.sources.enumerated() {
            s += "## \(source.id) (\(source.file))\n"
            for c in analyzed.claims where c.source == i {
                let e = analyzed.evidence(for: c)
                s += "\(e.file):\(e.line):\(e.column)\t\(c.kind)\t\(c.rule)\t\(c.key)\t\(c.value.display)\t\(e.text)\n"
            }
        }
        output.out(s)
        return .success
    }
}
