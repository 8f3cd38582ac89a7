import CrossCheckKit

/// The command-line interface: parses arguments, calls the engine, renders, writes, and returns an exit code.
/// Thin by design: everything that decides anything about the text lives in CrossCheckKit.
public struct CLI: Sendable {
    public static let version = "0.1.0"
    public var output: Output

    public init(output: Output = .standard) {
        self.output = output
    }

    /// Runs one command line (without the program name) and returns the exit code.
    public func run(_ arguments: [String]) -> ExitCode {
        guard let command = arguments.first else {
            output.err(Help.main)
            return .failure
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch command {
            case "check": return try CheckCommand(output: output).run(rest)
            case "claims": return try ClaimsCommand(output: output).run(rest)
            case "baseline": return try BaselineCommand(output: output).run(rest)
            case "score": return try ScoreCommand(output: output).run(rest)
            case "rules": return try RulesCommand(output: output).run(rest)
            case "eval": return try EvalCommand(output: output).run(rest)
            case "batch": return try BatchCommand(output: output).run(rest)
            case "--help", "-h", "help": output.out(Help.main); return .success
            case "--version": output.out("crosscheck \(CLI.version)\n"); return .success
            default: throw UsageError("unknown command '\(command)'")
            }
        } catch let e as UsageError {
            output.err("crosscheck: \(e.message)\nRun 'crosscheck --help' for usage.\n")
            return .failure
        } catch let e as InputError {
            output.err(e.diagnostics.map { $0.description + "\n" }.joined())
            return .failure
        } catch let e as OutputError {
            output.err("\(e.path): error: \(e.message)\n")
            return .failure
        } catch {
            output.err("crosscheck: error: \(error)\n")
            return .failure
        }
    }
}
