import CrossCheckKit

/// `crosscheck claims`: every extracted claim per source, the rule author's debugging view.
struct ClaimsCommand {
    var output: Output

    func run(_ args: [String]) throws -> ExitCode {
        let a = try Arguments(args, valueOptions: EngineOptions.valueOptions.union(["--format"]), flagOptions: EngineOptions.flagOptions)
        if a.flag("--help") || a.flag("-h") { output.out(Help.claims); return .success }
        guard !a.positional.isEmpty else { throw UsageError("claims needs a folder or files") }
        let format = try a.choice("--format", ClaimListRenderer.Format.allCases.map(\.rawValue), default: "text")
        let engine = try EngineOptions.engine(a)
        let analyzed = engine.analyze(try engine.load(a.positional))
        output.out(ClaimListRenderer(format: ClaimListRenderer.Format(rawValue: format) ?? .text).render(analyzed))
        return .success
    }
}
