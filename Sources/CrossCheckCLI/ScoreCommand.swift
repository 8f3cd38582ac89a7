import CrossCheckKit

/// `crosscheck score`: runs a check and measures the report against a hand-labelled answer key.
struct ScoreCommand {
    var output: Output

    func run(_ args: [String]) throws -> ExitCode {
        let a = try Arguments(args, valueOptions: EngineOptions.valueOptions.union(["--expected"]), flagOptions: EngineOptions.flagOptions.union(["--verbose"]))
        if a.flag("--help") || a.flag("-h") { output.out(Help.score); return .success }
        guard a.positional.count == 1, let folder = a.positional.first else { throw UsageError("score needs one cluster folder") }
        let expectedPath = a.value("--expected") ?? (folder.hasSuffix("/") ? folder : folder + "/") + "expected.json"
        let expected = try ExpectedFile.load(expectedPath)
        let engine = try EngineOptions.engine(a)
        let report = try engine.check([folder])
        let score = ExpectedScore(report: report, expected: expected)
        var s = "score of \(report.cluster) against \(expectedPath)\n" + score.summary + "\n"
        if a.flag("--verbose") {
            for line in score.lines { s += (line.ok ? "  ok    " : "  MISS  ") + line.label + ": " + line.detail + "\n" }
        }
        output.out(s)
        return .success
    }
}
