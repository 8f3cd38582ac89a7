import CrossCheckKit

/// `crosscheck eval recognizers <dir>`: runs the peer's spec files through our recognizers and prints
/// the in-scope pass rate per file, what was left out of scope and why, and every failure. Exit 0
/// (the figures are information, not a verdict).
struct EvalCommand {
    var output: Output

    func run(_ args: [String]) throws -> ExitCode {
        let a = try Arguments(args, valueOptions: ["--max-failures"], flagOptions: ["--help", "-h", "--no-failures"])
        if a.flag("--help") || a.flag("-h") { output.out(Help.eval); return .success }
        guard a.positional.first == "recognizers" else { throw UsageError("eval needs a target: crosscheck eval recognizers <dir>") }
        guard a.positional.count == 2 else { throw UsageError("eval recognizers needs one folder of peer spec files") }
        var maxFailures = Int.max
        if let m = a.value("--max-failures") {
            guard let v = Int(m), v >= 0 else { throw UsageError("--max-failures needs a number") }
            maxFailures = v
        }
        let reports = try RecognizerEvaluation().run(directory: a.positional[1])
        var s = "file                 in-scope/total  passed  pass rate\n"
        for r in reports {
            let name = r.file.padding(toLength: 20, withPad: " ", startingAt: 0)
            let scope = "\(r.inScope)/\(r.total)".padding(toLength: 14, withPad: " ", startingAt: 0)
            let passed = "\(r.passed)".padding(toLength: 6, withPad: " ", startingAt: 0)
            let rate = String(Double(Int(r.passRate * 1000)) / 10) + "%"
            s += "\(name) \(scope)  \(passed)  \(rate)\n"
        }
        for r in reports {
            s += "\n## \(r.file): \(r.passed)/\(r.inScope) in scope passed\n"
            for (reason, n) in r.excluded { s += "  out of scope: \(reason): \(n)\n" }
            if a.flag("--no-failures") { continue }
            for f in r.failures.prefix(maxFailures) {
                s += "  FAIL \(quoted(f.input))\n    expected: \(f.expected.joined(separator: " | "))\n    got:      \(f.got.joined(separator: " | "))\n"
            }
        }
        output.out(s)
        return .success
    }

    private func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\n", with: " ") + "\"" }
}
