import CrossCheckKit

/// `crosscheck baseline`: records the ids of every current finding, so later checks with
/// `--baseline FILE` list only what is new.
struct BaselineCommand {
    var output: Output

    func run(_ args: [String]) throws -> ExitCode {
        let a = try Arguments(args, valueOptions: EngineOptions.valueOptions.union(["--output"]), flagOptions: EngineOptions.flagOptions)
        if a.flag("--help") || a.flag("-h") { output.out(Help.baseline); return .success }
        guard !a.positional.isEmpty else { throw UsageError("baseline needs a folder or files") }
        try OutputGuard.check(output: a.value("--output"), inputs: a.positional + a.all("--rules"))
        let engine = try EngineOptions.engine(a)
        let report = try engine.check(a.positional)
        let text = Baseline(report: report).rendered()
        if let path = a.value("--output") {
            try AtomicWriter.write(text, to: path)
            output.err("crosscheck: wrote \(report.findings.count) finding id\(report.findings.count == 1 ? "" : "s") to \(path)\n")
        } else {
            output.out(text)
        }
        return .success
    }
}
