import CrossCheckKit
import Foundation

// crosscheck-bench: prints throughput, growth, memory and speed-up figures for generated inputs.
// Build and run in release: swift run -c release crosscheck-bench [--quick] [--stories DIR]...
// Figures only: the exit status is 0 whatever they are (targets are reported as met / not met).

var quick = false
var storyRoots: [String] = []
var probe: Int?
var profile = false
var profileSmall = false
var memoryOnly = false
var reportSources: Int?
var claimsBytes: Int?
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--quick": quick = true
    case "--full": quick = false
    case "--stories":
        guard let dir = args.popFirst() else { FileHandle.standardError.write(Data("--stories needs a folder\n".utf8)); exit(2) }
        storyRoots.append(dir)
    case "--profile":
        profile = true
        if args.first == "small" { profileSmall = true; args.removeFirst() }
    case "--memory": memoryOnly = true
    case "--report":
        guard let n = args.popFirst().flatMap(Int.init), n > 0 else {
            FileHandle.standardError.write(Data("--report needs a number of sources\n".utf8)); exit(2)
        }
        reportSources = n
    case "--claims":
        guard let n = args.popFirst().flatMap(Int.init), n > 0 else {
            FileHandle.standardError.write(Data("--claims needs a number of bytes\n".utf8)); exit(2)
        }
        claimsBytes = n
    case "--memory-probe":
        guard let n = args.popFirst().flatMap(Int.init) else { exit(2) }
        probe = n
    case "--help", "-h":
        print("""
        Usage: crosscheck-bench [--quick | --full] [--stories DIR]...

        Generates clusters by varying real-shaped stories (every cluster folder under each DIR; default:
        the Examples and ../shared/clusters of the package the benchmark was built in, so the inputs
        do not depend on the working directory; a binary copied out of its package looks in the
        working directory's Examples and ../shared/clusters) and prints: (a) extraction throughput
        per core, (b) end-to-end time for 10 to 10,000 sources with growth ratios, (c) peak memory,
        (d) speed-up from 2 threads, (e) rule-engine linearity; then each target as met or not met.
        --quick uses smaller sizes and skips 10,000 sources (for CI).
        --profile runs only a small fixed workload (1 MB extraction, a 300-source check), for
        valgrind --tool=callgrind; --profile small extracts from 2,000 one-sentence sources instead
        (the work done once per source).
        --memory runs only section (c), peak memory (with --quick: 100 and 1,000 sources).
        --report N writes the JSON report of the generated N-source cluster to standard output (the
        same cluster section (b) checks), to compare the output of two builds at scale.
        --claims BYTES writes the claims of a generated throughput corpus of about BYTES (the text
        section (a) extracts from) as JSON, then each claim's attributes a line a claim, to standard
        output, to compare two builds' extraction.
        """)
        exit(0)
    default:
        FileHandle.standardError.write(Data("crosscheck-bench: unknown option \(a)\n".utf8))
        exit(2)
    }
}
if storyRoots.isEmpty { storyRoots = StoryRoots.defaults() }

let corpus = StoryCorpus.load(roots: storyRoots)
guard !corpus.stories.isEmpty else {
    FileHandle.standardError.write(Data("crosscheck-bench: no story clusters found under \(storyRoots) (use --stories DIR)\n".utf8))
    exit(2)
}
let rules: RuleSet
do { rules = try RuleSet.builtin() } catch {
    FileHandle.standardError.write(Data("crosscheck-bench: cannot load the built-in rules: \(error)\n".utf8))
    exit(2)
}
let generator = InputGenerator(corpus: corpus)

if let n = probe {
    FileHandle.standardOutput.write(Data(MemoryProbe.measure(sources: n, generator: generator, rules: rules).utf8))
    exit(0)
}

if let n = reportSources {
    let texts = generator.clusterTexts(sources: n, story: generator.clusterStory)
    let cluster = Cluster(name: "generated", sources: InputGenerator.sources(texts))
    let engine = CrossCheck(rules: rules, parallelism: 1)
    let out = FileHandle.standardOutput
    JSONRenderer().render(engine.check(Cleaner().clean(cluster)), chunkSize: 1 << 16) { out.write(Data($0)) }
    exit(0)
}

if let n = claimsBytes {
    let sources = InputGenerator.sources(generator.corpusTexts(bytes: n).map { ($0, nil) })
    let engine = CrossCheck(rules: rules, parallelism: 1)
    let analyzed = engine.analyze(Cluster(name: "corpus", sources: sources))
    var out = ClaimListRenderer(format: .json).render(analyzed)
    // The JSON leaves attributes out (rules read them through parts); list them too, a line a claim.
    for c in analyzed.claims where !c.attributes.isEmpty {
        out += "\(c.source) \(c.span.start)-\(c.span.end) \(c.rule)"
        for (k, v) in c.attributes { out += " \(k)=\(v.debugDescription)" }
        out += "\n"
    }
    FileHandle.standardOutput.write(Data(out.utf8))
    exit(0)
}

if profile {
    // A small fixed workload for `valgrind --tool=callgrind` (instruction counts are repeatable).
    print(profileSmall ? Benchmark.smallSourcesWorkload(rules: rules) : Benchmark.profileWorkload(generator: generator, rules: rules))
    exit(0)
}

#if DEBUG
print("warning: this is a debug build; measure with `swift run -c release crosscheck-bench`\n")
#endif
print("crosscheck-bench \(quick ? "--quick" : "(full)"): \(ProcessInfo.processInfo.activeProcessorCount) active cores, load average \(Stopwatch.loadAverage)")
print("stories: " + corpus.stories.map { "\($0.name) (\($0.versions.count) versions, \(Benchmark.mb($0.bytes)))" }.joined(separator: ", "))
print("")
var bench = Benchmark(quick: quick, generator: generator, rules: rules, storyRoots: storyRoots)
if memoryOnly {
    bench.memory()
    bench.printTargets()
    exit(0)
}
bench.throughput()
bench.scaling()
bench.memory()
bench.speedUp()
bench.linearity()
bench.printTargets()
