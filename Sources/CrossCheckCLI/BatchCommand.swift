import CrossCheckKit
import Foundation

/// `crosscheck batch`: many clusters in (JSON Lines), one JSON report per cluster out (JSON Lines),
/// streaming. Bad records become error records in the output; the run goes on.
struct BatchCommand {
    var output: Output

    func run(_ args: [String]) throws -> ExitCode {
        let a = try Arguments(args, valueOptions: EngineOptions.valueOptions.union(["--output", "--shard", "--parallelism"]),
                              flagOptions: EngineOptions.flagOptions)
        if a.flag("--help") || a.flag("-h") { output.out(Help.batch); return .success }
        guard a.positional.count <= 1 else { throw UsageError("batch reads one input (a JSON Lines file, or - for standard input)") }
        try OutputGuard.check(output: a.value("--output"), inputs: a.positional + a.all("--rules"))
        var shard = Shard.all
        if let s = a.value("--shard") {
            guard let parsed = Shard(s) else { throw UsageError("--shard must be K/N with 0 <= K < N (got '\(s)')") }
            shard = parsed
        }
        var engine = try EngineOptions.engine(a)
        if let p = a.value("--parallelism") {
            guard let n = Int(p), n >= 1 else { throw UsageError("--parallelism must be a positive integer (got '\(p)')") }
            engine.parallelism = n
        }
        let inputPath = a.positional.first ?? "-"
        let input: FileHandle
        if inputPath == "-" {
            input = FileHandle.standardInput
        } else {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: inputPath, isDirectory: &isDir) else {
                throw InputError(file: inputPath, "no such file")
            }
            guard !isDir.boolValue else {
                throw InputError(file: inputPath, "is a folder; batch reads JSON Lines (name cluster folders with {\"folder\": PATH} records)")
            }
            guard let h = FileHandle(forReadingAtPath: inputPath) else { throw InputError(file: inputPath, "cannot read file") }
            input = h
        }
        var reader = LineReader(handle: input)
        let runner = BatchRunner(engine: engine, shard: shard)
        let summary: BatchSummary
        if let path = a.value("--output") {
            summary = try AtomicWriter.stream(to: path) { write in runner.run(&reader, emit: write) }
        } else {
            summary = runner.run(&reader, emit: output.out)
        }
        if let failure = reader.readError {
            throw InputError(file: inputPath == "-" ? "<stdin>" : inputPath, "read failed: \(failure)")
        }
        output.err("crosscheck batch: \(summary.clusters) clusters, \(summary.sources) sources, \(summary.errors) bad records"
                   + (shard == .all ? "" : " (shard \(shard))") + "\n")
        return .success
    }
}
