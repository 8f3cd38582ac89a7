import CrossCheckKit
import Foundation

/// The benchmark's sections, each printing its figures; `targets` collects the targets.
struct Benchmark {
    var quick: Bool
    var generator: InputGenerator
    var rules: RuleSet
    var storyRoots: [String]
    var targets: [TargetResult] = []

    static func mb(_ bytes: Int) -> String {
        bytes < 1_000_000 ? String(format: "%.1f KB", Double(bytes) / 1e3) : String(format: "%.2f MB", Double(bytes) / 1e6)
    }
    static func f(_ x: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", x) }

    // MARK: (a) extraction throughput

    mutating func throughput() {
        let size = quick ? 6_000_000 : 24_000_000
        let texts = generator.corpusTexts(bytes: size)
        let bytes = texts.reduce(0) { $0 + $1.count }
        let sources = InputGenerator.sources(texts.map { ($0, nil) })
        print("(a) Extraction throughput on one core (sequential, in batches of sources as `analyze` extracts; thread CPU time), \(Self.mb(bytes)) in \(sources.count) generated sources")
        let runs = quick ? 2 : 3
        let tokenizer = Tokenizer()
        let tok = Stopwatch.best(of: runs) { sources.reduce(0) { $0 + tokenizer.tokenize($1.text).count } }
        let extractor = Extractor(rules: rules)
        let segmenter = extractor.segmenter
        let seg = Stopwatch.best(of: runs) { sources.reduce(0) { $0 + segmenter.segment($1).sentences.count } }
        let scratch = ExtractionScratch()
        let ext = Stopwatch.best(of: runs) { Self.batchedClaimCount(sources, extractor, scratch: scratch) }
        // The same text as sources 16 times longer: what the work per source (not per byte) costs.
        let joined = Self.joined(texts, by: 16)
        let long = InputGenerator.sources(joined.map { ($0, nil) })
        let joinedBytes = joined.reduce(0) { $0 + $1.count }
        let ext16 = Stopwatch.best(of: runs) { Self.batchedClaimCount(long, extractor, scratch: scratch) }
        let mbps = { (t: Stopwatch.Timing) in Double(bytes) / 1e6 / t.cpu }
        print("    tokenizer only                      \(Self.f(mbps(tok.timing), 1)) MB/s   (\(tok.result) tokens)")
        print("    segmenter (tokens + sentences)      \(Self.f(mbps(seg.timing), 1)) MB/s   (\(seg.result) sentences)")
        print("    segment + extract, all shipped rules \(Self.f(mbps(ext.timing), 1)) MB/s   (\(ext.result) claims, \(RuleLinearity.describe(rules)))")
        let perSource = (ext.timing.cpu - ext16.timing.cpu * Double(bytes) / Double(joinedBytes)) / Double(sources.count - long.count)
        print("    the same, sources joined 16 at a time \(Self.f(Double(joinedBytes) / 1e6 / ext16.timing.cpu, 1)) MB/s   (\(long.count) sources, \(ext16.result) claims; about \(Self.f(perSource * 1e6, 1)) µs a source is work per source, not per byte)")
        targets.append(TargetResult(name: "extraction >= 100 MB/s on one core", figure: "\(Self.f(mbps(ext.timing), 1)) MB/s",
                                    met: mbps(ext.timing) >= 100))
        print("")
    }

    // MARK: (b) end to end, (d) speed-up

    /// Sources from bytes in memory → cleaned → analyzed → aligned and compared → rendered as JSON
    /// (`check`, as the CLI's `check` runs it).
    static func endToEnd(_ texts: [(text: [UInt8], published: PublishedTime?)], engine: CrossCheck) -> Int {
        let cluster = Cluster(name: "generated", sources: InputGenerator.sources(texts))
        let report = engine.check(Cleaner().clean(cluster))
        var size = 0
        JSONRenderer().render(report, chunkSize: 1 << 16) { size += $0.count }  // streamed, as `check --output` writes it
        return size
    }

    mutating func scaling() {
        let story = generator.clusterStory
        let sizes = quick ? [10, 100, 1000, 2000] : [10, 100, 1000, 2000, 10000]
        let engine = CrossCheck(rules: rules, parallelism: 1)
        print("(b) End to end `check` on one core (parallelism 1; thread CPU time, wall clock beside it):")
        print("    sources built from memory → cleaned → analyzed → compared → report rendered as JSON")
        print("    clusters vary the \(generator.corpus.stories[story].versions.count) versions of '\(generator.corpus.stories[story].name)'")
        print("    sources  input       CPU s     wall s    growth (CPU)")
        var times: [Int: Double] = [:]
        var previous: (n: Int, t: Double)?
        let inputs = sizes.map { generator.clusterTexts(sources: $0, story: story) }
        let runs = sizes.map { $0 <= 1000 ? 3 : ($0 <= 2000 ? 2 : 1) }
        // Round robin: each round checks every size once (while it has runs left), and each size keeps
        // its best run. A noisy spell on this shared machine then slows one run of several sizes, not
        // every run of one size, which would skew the growth ratios.
        var best = [Stopwatch.Timing?](repeating: nil, count: sizes.count)
        for round in 0..<(runs.max() ?? 1) {
            for k in sizes.indices where round < runs[k] {
                let (t, _) = Stopwatch.measure { Self.endToEnd(inputs[k], engine: engine) }
                best[k] = best[k].map { Stopwatch.Timing(wall: min($0.wall, t.wall), cpu: min($0.cpu, t.cpu)) } ?? t
            }
        }
        for (k, n) in sizes.enumerated() {
            let bytes = inputs[k].reduce(0) { $0 + $1.text.count }
            guard let timing = best[k] else { continue }
            let t = timing.cpu
            times[n] = t
            var growth = ""
            if let p = previous {
                let ratio = t / p.t
                let factor = Double(n) / Double(p.n)
                let perDoubling = pow(ratio, 1 / log2(factor))
                growth = "\(Self.f(ratio, 2))x for \(Int(factor))x sources (\(Self.f(perDoubling, 2))x per doubling)"
            }
            print("    " + String(n).padding(toLength: 9, withPad: " ", startingAt: 0)
                  + Self.mb(bytes).padding(toLength: 12, withPad: " ", startingAt: 0)
                  + Self.f(t, 4).padding(toLength: 10, withPad: " ", startingAt: 0)
                  + Self.f(timing.wall, 4).padding(toLength: 10, withPad: " ", startingAt: 0) + growth)
            if n != 2000 { previous = (n, t) }
        }
        stageBreakdown(sources: 1000, story: story, engine: engine)
        if let t1000 = times[1000] {
            targets.append(TargetResult(name: "1,000-source cluster end to end < 1 s", figure: "\(Self.f(t1000)) s", met: t1000 < 1))
        }
        if let a = times[1000], let b = times[2000] {
            targets.append(TargetResult(name: "each doubling <= 2.2x (1,000 → 2,000 sources)", figure: "\(Self.f(b / a, 2))x", met: b / a <= 2.2))
        }
        if let a = times[1000], let b = times[10000] {
            let perDoubling = pow(b / a, 1 / log2(10.0))
            targets.append(TargetResult(name: "each doubling <= 2.2x (1,000 → 10,000, per 2x)", figure: "\(Self.f(perDoubling, 2))x (\(Self.f(b / a, 1))x per 10x)",
                                        met: perDoubling <= 2.2))
        }
        print("")
    }

    /// Where the end-to-end time of one cluster goes, stage by stage (best of three, thread CPU time).
    func stageBreakdown(sources n: Int, story: Int, engine: CrossCheck) {
        let texts = generator.clusterTexts(sources: n, story: story)
        var best: [Double] = [.infinity, .infinity, .infinity, .infinity]
        for _ in 0..<3 {
            let cluster = Cluster(name: "generated", sources: InputGenerator.sources(texts))
            let (clean, cleaned) = Stopwatch.measure { Cleaner().clean(cluster) }
            let (analyze, analyzed) = Stopwatch.measure { engine.analyze(cleaned) }
            let (report, r) = Stopwatch.measure { engine.report(analyzed) }
            let (render, _) = Stopwatch.measure { () -> Int in
                var size = 0
                JSONRenderer().render(r, chunkSize: 1 << 16) { size += $0.count }
                return size
            }
            for (k, t) in [clean, analyze, report, render].enumerated() { best[k] = min(best[k], t.cpu) }
        }
        let total = best.reduce(0, +)
        let parts = zip(["clean", "segment + extract", "align + compare", "render JSON"], best).map { name, t in
            "\(name) \(Self.f(t, 3)) s (\(Int((t / total * 100).rounded()))%)"
        }
        print("    \(n) sources by stage: " + parts.joined(separator: ", "))
    }

    func speedUp() {
        let story = generator.clusterStory
        let texts = generator.clusterTexts(sources: 1000, story: story)
        let cluster = Cluster(name: "generated", sources: InputGenerator.sources(texts))
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("(d) Speed-up from 2 threads (1,000-source cluster; wall clock; \(cores) active cores, load average \(Stopwatch.loadAverage))")
        let runs = quick ? 2 : 3
        let rules = self.rules
        for (label, body) in [
            ("segment + extract (analyze)", { (p: Int) in _ = CrossCheck(rules: rules, parallelism: p).analyze(cluster) }),
            ("end to end", { (p: Int) in _ = Self.endToEnd(texts, engine: CrossCheck(rules: rules, parallelism: p)) }),
        ] as [(String, (Int) -> Void)] {
            let one = Stopwatch.best(of: runs) { body(1) }.timing.wall
            let two = Stopwatch.best(of: runs) { body(2) }.timing.wall
            print("    " + label.padding(toLength: 30, withPad: " ", startingAt: 0)
                  + "1 thread \(Self.f(one, 4)) s, 2 threads \(Self.f(two, 4)) s: speed-up \(Self.f(one / two, 2))x")
        }
        print("")
    }

    // MARK: (c) peak memory

    mutating func memory() {
        let sizes = quick ? [100, 1000] : [100, 1000, 10000]
        print("(c) Peak memory (a fresh process per size; VmHWM from /proc/self/status, reset before the check)")
        print("    sources      input     baseline    peak        (peak - baseline) / input")
        var probes: [MemoryProbe] = []
        for n in sizes {
            guard let probe = MemoryProbe.run(sources: n, storyRoots: storyRoots) else {
                print("    \(n): could not run the probe process")
                continue
            }
            probes.append(probe)
            let ratio = Double(probe.peak - probe.baseline) / Double(probe.input)
            print("    " + String(n).padding(toLength: 9, withPad: " ", startingAt: 0)
                  + Self.mb(probe.input).padding(toLength: 12, withPad: " ", startingAt: 0)
                  + Self.mb(probe.baseline).padding(toLength: 12, withPad: " ", startingAt: 0)
                  + Self.mb(probe.peak).padding(toLength: 12, withPad: " ", startingAt: 0) + Self.f(ratio, 2) + "x")
        }
        print("    (baseline: the process with rules and stories loaded, before the input is generated; the input itself counts)")
        // What a cluster holds one of per claim, sentence or evidence entry (bytes, array stride).
        print("    sizes: Claim \(MemoryLayout<Claim>.stride), ClaimValue \(MemoryLayout<ClaimValue>.stride), Evidence \(MemoryLayout<Evidence>.stride), "
              + "Sentence \(MemoryLayout<Sentence>.stride), Token \(MemoryLayout<Token>.stride) bytes")
        // "Under 5x the input plus a small constant": the growth of the peak per input byte between the
        // two largest sizes (constants cancel) must stay under 5.
        if probes.count >= 2 {
            let a = probes[probes.count - 2], b = probes[probes.count - 1]
            let slope = Double(b.peak - a.peak) / Double(b.input - a.input)
            let constant = Double(b.peak - b.baseline) - slope * Double(b.input)
            print("    marginal: \(Self.f(slope, 2)) bytes of peak per input byte (\(Self.mb(a.input)) → \(Self.mb(b.input))); fitted constant \(Self.mb(Int(constant)))")
            targets.append(TargetResult(name: "peak memory < 5x input + constant", figure: "\(Self.f(slope, 2))x input + \(Self.mb(Int(constant)))",
                                        met: slope < 5))
        }
        print("")
    }

    // MARK: (e) rule engine linearity

    mutating func linearity() {
        print("(e) Rule engine linearity: shipped rules + a pathological user pattern")
        let pattern = "((<word>? <word>*)+ x)"
        let ruleSet: RuleSet
        switch RuleLinearity.ruleSet(adding: pattern, to: rules) {
        case .success(let set): ruleSet = set
        case .failure(let error):
            print("    not measured: the rule file was rejected: \(error)")
            targets.append(TargetResult(name: "rule matching linear (8 MB / 1 MB time)", figure: "-", met: nil))
            print("")
            return
        }
        // Every sentence opens with the pattern's literal, so the rule prefilter (which skips a rule in a
        // sentence that lacks a word it needs) lets it through and the VM runs it over every sentence.
        let small = generator.corpusTexts(bytes: 1_000_000).map(RuleLinearity.literalOpensSentences)
        let large = generator.corpusTexts(bytes: 8 * small.reduce(0) { $0 + $1.count }).map(RuleLinearity.literalOpensSentences)
        let extractor = Extractor(rules: ruleSet)
        let segmenter = extractor.segmenter
        func time(_ texts: [[UInt8]]) -> (Double, Int) {
            let sources = InputGenerator.sources(texts.map { ($0, nil) })
            let segmented = sources.map { segmenter.segment($0) }
            let best = Stopwatch.best(of: 2) {
                zip(sources.indices, segmented).reduce(0) { $0 + extractor.extract(sources[$1.0], index: $1.0, text: $1.1).count }
            }
            return (best.timing.cpu, texts.reduce(0) { $0 + $1.count })
        }
        let (t1, b1) = time(small)
        let (t8, b8) = time(large)
        print("    pattern \(pattern) as a user rule, \"x\" opening every sentence; extraction only (segmenting excluded), thread CPU time")
        print("    \(Self.mb(b1)): \(Self.f(t1, 4)) s    \(Self.mb(b8)): \(Self.f(t8, 4)) s    ratio \(Self.f(t8 / t1, 2))x for \(Self.f(Double(b8) / Double(b1), 1))x text")
        let linear = t8 / t1 <= 1.25 * Double(b8) / Double(b1)
        targets.append(TargetResult(name: "rule matching linear (8 MB / 1 MB time)", figure: "\(Self.f(t8 / t1, 2))x for \(Self.f(Double(b8) / Double(b1), 1))x text",
                                    met: linear))
        print("")
    }

    /// The number of claims `extractor` finds in `sources`, source after source on one scratch (as each
    /// of `CrossCheck`'s workers keeps one), each source's text given by `text` (source, index).
    static func claimCount(_ sources: [Source], _ extractor: Extractor, scratch: ExtractionScratch,
                           text: (Source, Int) -> SegmentedText) -> Int {
        sources.enumerated().reduce(0) { n, s in n + extractor.extract(s.element, index: s.offset, text: text(s.element, s.offset), scratch: scratch).count }
    }

    /// The number of claims `extractor` finds in `sources` as each of `CrossCheck.analyze`'s workers
    /// extracts them: batch after batch (`Extractor.batches(of:)`), each batch's sources segmented, then
    /// extracted together, on one scratch.
    static func batchedClaimCount(_ sources: [Source], _ extractor: Extractor, scratch: ExtractionScratch) -> Int {
        let segmenter = extractor.segmenter
        var n = 0
        for range in Extractor.batches(of: sources) {
            let batch = range.map { i in (source: sources[i], index: i, text: segmenter.segment(sources[i])) }
            for claims in extractor.extract(batch: batch, scratch: scratch) { n += claims.count }
        }
        return n
    }

    /// Texts joined `group` at a time, a blank line between two.
    static func joined(_ texts: [[UInt8]], by group: Int) -> [[UInt8]] {
        stride(from: 0, to: texts.count, by: group).map { i in
            Array(texts[i..<min(i + group, texts.count)].joined(separator: Array("\n\n".utf8)))
        }
    }

    /// The `--profile small` workload: extraction over 2,000 one-sentence sources, where the work done
    /// once per source (not per byte) is most of the cost.
    static func smallSourcesWorkload(rules: RuleSet) -> String {
        let texts = (0..<2000).map { i in Array("The mayor of Varno said \(i % 50 + 2) people came to the pier on Monday.".utf8) }
        let sources = InputGenerator.sources(texts.map { ($0, nil) })
        let extractor = Extractor(rules: rules)
        let segmenter = extractor.segmenter
        let segmented = sources.map { segmenter.segment($0) }
        let scratch = ExtractionScratch()
        let claims = Self.claimCount(sources, extractor, scratch: scratch) { _, i in segmented[i] }
        return "small-source profile workload: \(sources.count) sources, \(claims) claims"
    }

    /// The `--profile` workload: extraction over about 1 MB, then a 300-source check end to end.
    static func profileWorkload(generator: InputGenerator, rules: RuleSet) -> String {
        let sources = InputGenerator.sources(generator.corpusTexts(bytes: 1_000_000).map { ($0, nil) })
        let extractor = Extractor(rules: rules)
        let segmenter = extractor.segmenter
        let scratch = ExtractionScratch()
        let claims = Self.claimCount(sources, extractor, scratch: scratch) { source, _ in segmenter.segment(source) }
        let texts = generator.clusterTexts(sources: 300, story: generator.clusterStory)
        let size = endToEnd(texts, engine: CrossCheck(rules: rules, parallelism: 1))
        return "profile workload: \(sources.count) sources, \(claims) claims; 300-source report \(size) bytes"
    }

    func printTargets() {
        print("Targets (one core of this machine):")
        for t in targets { print(t.line) }
    }
}
