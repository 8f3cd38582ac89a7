import CrossCheckKit

/// `crosscheck rules test|list [PATH...]`: run the rules' examples, or list the rules.
/// With PATHs, the rules of those files are tested or listed (built-in lexicons stay available
/// unless `--no-default-rules`); without, the built-in rules.
struct RulesCommand {
    var output: Output

    func run(_ args: [String]) throws -> ExitCode {
        let a = try Arguments(args, valueOptions: [], flagOptions: ["--no-default-rules", "--help", "-h"])
        if a.flag("--help") || a.flag("-h") || a.positional.isEmpty {
            output.out(Help.rules)
            return a.positional.isEmpty && !(a.flag("--help") || a.flag("-h")) ? .failure : .success
        }
        let sub = a.positional[0]
        let paths = Array(a.positional.dropFirst())
        guard sub == "test" || sub == "list" else { throw UsageError("unknown rules command '\(sub)' (use 'rules test' or 'rules list')") }
        let noDefaults = a.flag("--no-default-rules")
        if noDefaults && paths.isEmpty { throw UsageError("--no-default-rules needs rule files or folders to \(sub)") }
        let set = try RuleSet.load(paths: paths, includeBuiltin: !noDefaults)
        // With paths, only their rules are tested/listed (a path's rule may override a built-in one);
        // their examples are extracted with every loaded rule, as a check would.
        var selected = set
        if !paths.isEmpty { selected.rules = set.rules.filter { !$0.builtin } }
        return sub == "test" ? test(set, only: paths.isEmpty ? nil : Set(selected.rules.map(\.id))) : list(selected)
    }

    private func test(_ set: RuleSet, only: Set<String>?) -> ExitCode {
        let results = RuleTester(rules: set, testing: only).run()
        var s = ""
        var failed = 0
        for r in results {
            if r.passed {
                s += "PASS \(r.rule) (\(r.examples) examples)\n"
            } else {
                failed += 1
                s += "FAIL \(r.rule) (\(r.file):\(r.line))\n"
                for f in r.failures {
                    s += "  \(r.file):\(f.example.line): \(f.isMatch ? "match" : "noMatch") example: \(f.message)\n"
                }
            }
        }
        s += "\(results.count) rules, \(results.count - failed) passed, \(failed) failed\n"
        output.out(s)
        return failed > 0 ? .findings : .success
    }

    private func list(_ set: RuleSet) -> ExitCode {
        var s = ""
        for r in set.rules {
            s += "\(r.id)\t\(r.kind)\t\(r.description)\t\(r.file):\(r.line)\n"
        }
        s += "\(set.rules.count) rules\n"
        let recognizers = RecognizerRegistry.builtin().map(\.name).sorted()
        s += "recognizer classes: " + (recognizers.isEmpty ? "(none)" : recognizers.map { "<\($0)>" }.joined(separator: " ")) + "\n"
        let lexicons = set.lexicons.byName.keys.sorted()
        s += "lexicons: " + (lexicons.isEmpty ? "(none)" : lexicons.map { "<\($0)> (\(set.lexicons[$0]?.entries.count ?? 0))" }.joined(separator: " ")) + "\n"
        output.out(s)
        return .success
    }
}
