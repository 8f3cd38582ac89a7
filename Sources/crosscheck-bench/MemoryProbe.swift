import CrossCheckKit
import Foundation

/// Peak memory of one end-to-end check, measured in a fresh process (this executable run with
/// `--memory-probe N`), so one size's allocations do not inflate the next size's figure.
struct MemoryProbe {
    var input: Int
    var baseline: Int
    var peak: Int

    /// Parent side: runs the probe process and reads its one-line answer.
    static func run(sources: Int, storyRoots: [String]) -> MemoryProbe? {
        guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: exe)
        process.arguments = ["--memory-probe", String(sources)] + storyRoots.flatMap { ["--stories", $0] }
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        guard process.terminationStatus == 0, fields.count == 3 else { return nil }
        return MemoryProbe(input: fields[0], baseline: fields[1], peak: fields[2])
    }

    /// Child side: prints "input baseline peak" (bytes).
    static func measure(sources n: Int, generator: InputGenerator, rules: RuleSet) -> String {
        let baseline = MemoryStatus.resident ?? 0
        let texts = generator.clusterTexts(sources: n, story: generator.clusterStory)
        let input = texts.reduce(0) { $0 + $1.text.count }
        MemoryStatus.resetPeak()
        let size = Benchmark.endToEnd(texts, engine: CrossCheck(rules: rules, parallelism: 1))
        let peak = MemoryStatus.peak ?? 0
        precondition(size > 0)
        return "\(input) \(baseline) \(peak)\n"
    }
}
