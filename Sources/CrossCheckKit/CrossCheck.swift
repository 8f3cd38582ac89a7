import Dispatch
import Foundation

/// The engine's front door: load → clean → segment → extract → align → compare → report.
/// Never prints, reads argv or exits; errors are thrown as `InputError` (with diagnostics).
public struct CrossCheck: Sendable {
    public var rules: RuleSet
    public var recognizers: [any Recognizer]
    /// How many sources `analyze` segments and extracts at once: 1 runs sequentially; the default is
    /// the number of active processors. The result never depends on it.
    public var parallelism: Int
    /// Reads the input files (its `maxFileBytes` is the CLI's `--max-file-size`).
    public var loader = ClusterLoader()

    public init(rules: RuleSet, recognizers: [any Recognizer] = RecognizerRegistry.builtin(),
                parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.rules = rules
        self.recognizers = recognizers
        self.parallelism = parallelism
    }

    /// Loads and cleans a cluster from paths (a folder, or files).
    public func load(_ paths: [String]) throws -> Cluster {
        Cleaner().clean(try loader.load(paths))
    }

    /// Segments and extracts every source, `parallelism` batches of sources at a time (consecutive
    /// sources, `Extractor.batches(of:)`, extracted stage by stage). Each source's result goes to its own
    /// slot (by source index), so the output is identical to a sequential run whatever the scheduling:
    /// claims are ordered by source, then as the extractor returns them.
    ///
    /// Right after a batch is extracted, what alignment needs of its sources' tokens is computed
    /// (`AlignmentFeatures`, word frequencies) and the tokens are dropped: the result's texts keep
    /// bytes, sentences and paragraphs only. Claims stay in their per-source arrays (`ClaimList`), never
    /// copied into one.
    public func analyze(_ cluster: Cluster) -> AnalyzedCluster {
        analyze(cluster, extractor: Extractor(rules: rules, recognizers: recognizers))
    }

    /// `analyze` with an extractor built once for many clusters (building one compiles the rules).
    public func analyze(_ cluster: Cluster, extractor: Extractor) -> AnalyzedCluster {
        analyze(cluster, extractor: extractor, keepingAttributes: nil)
    }

    /// `analyze`, keeping of each claim's attributes only `keepingAttributes` (all when nil), dropped
    /// per source right after extraction so they never pile up (`check` keeps only what comparison reads).
    func analyze(_ cluster: Cluster, extractor: Extractor, keepingAttributes keys: [String]?) -> AnalyzedCluster {
        let segmenter = extractor.segmenter
        let sources = cluster.sources
        let batches = Extractor.batches(of: sources)
        let kept = keys.map(Attributes.Keys.init)
        let workers = min(max(1, parallelism), batches.count)
        typealias Slot = (text: SegmentedText, claims: [Claim], features: AlignmentFeatures)
        /// What a worker carries from batch to batch: word counts, the rule fields its claims share, and
        /// the extractor's room.
        typealias Carried = (frequencies: WordFrequencies, ruleFields: [String: Shared<Claim.RuleFields>], scratch: ExtractionScratch)
        /// One batch of sources: segmented, extracted; then per source its claims made to share their
        /// rules' fields, its alignment features and word counts taken, its tokens dropped, its slot written.
        @Sendable func analyzeBatch(_ range: Range<Int>, _ carried: inout Carried, _ write: (Slot, Int) -> Void) {
            let batch = range.map { i in (source: sources[i], index: i, text: segmenter.segment(sources[i])) }
            let extracted = extractor.extract(batch: batch, scratch: carried.scratch)
            for (k, i) in range.enumerated() {
                var text = batch[k].text
                var claims = AlignmentFeatures.exact(extracted[k])
                for c in claims.indices {
                    claims[c].shareRuleFields(&carried.ruleFields)
                    if let kept { claims[c].keepAttributes(kept) }
                }
                let features = AlignmentFeatures(text: text, claims: claims)
                carried.frequencies.add(text)
                text.tokens = []
                // Kept to the end of the check (evidence reads them): no room left over from growing.
                text.sentences = AlignmentFeatures.exact(text.sentences)
                text.paragraphs = AlignmentFeatures.exact(text.paragraphs)
                write((text, claims, features), i)
            }
        }
        var slots = [Slot?](repeating: nil, count: sources.count)
        var frequencies = WordFrequencies()
        if workers <= 1 {
            var carried: Carried = (WordFrequencies(), [:], ExtractionScratch())
            for range in batches { analyzeBatch(range, &carried) { slots[$1] = $0 } }
            frequencies = carried.frequencies
        } else {
            // Workers take the next batch index from a lock-protected counter (sources differ in size,
            // so dynamic assignment balances better than fixed strides) and write only their batch's
            // slots. Each worker counts words in its own table; counts add up, so merging them in worker
            // order gives the same frequencies whatever the scheduling.
            let next = SourceCounter(count: batches.count)
            var perWorker: [Carried] = (0..<workers).map { _ in (WordFrequencies(), [:], ExtractionScratch()) }
            slots.withUnsafeMutableBufferPointer { slots in
                perWorker.withUnsafeMutableBufferPointer { tables in
                    let out = SlotWriter(base: slots.baseAddress!)
                    let counts = SlotWriter(base: tables.baseAddress!)
                    DispatchQueue.concurrentPerform(iterations: workers) { w in
                        while let b = next.take() {
                            counts.update(at: w) { table in analyzeBatch(batches[b], &table) { out.write($0, at: $1) } }
                        }
                    }
                }
            }
            for table in perWorker { frequencies.merge(table.frequencies) }
        }
        var texts: [SegmentedText] = []
        texts.reserveCapacity(sources.count)
        var parts: [[Claim]] = []
        parts.reserveCapacity(sources.count)
        var features: [AlignmentFeatures] = []
        features.reserveCapacity(sources.count)
        for i in slots.indices {
            let slot = slots[i]!
            slots[i] = nil
            texts.append(slot.text)
            parts.append(slot.claims)
            features.append(slot.features)
        }
        return AnalyzedCluster(cluster: cluster, texts: texts, claims: ClaimList(parts: parts),
                               features: features, frequencies: frequencies)
    }

    /// Aligns and compares an analyzed cluster into a report.
    ///
    /// Takes the analyzed cluster by value (`consuming`): claim attributes that comparison does not read
    /// are released before alignment, and the tokens (alignment is the last stage that reads them) before
    /// comparison and rendering. A caller that keeps its own copy keeps its attributes and tokens.
    public func report(_ analyzed: consuming AnalyzedCluster) -> Report {
        // Claim attributes no later stage reads are released first (alignment reads none).
        analyzed.releaseAttributes(keeping: Comparator.attributesRead)
        let groups = Aligner().align(analyzed)
        analyzed.releaseTokens()
        let result = Comparator(lexicons: rules.lexicons).compare(groups, in: analyzed)
        // Claims per source in one pass (filtering all claims once per source is quadratic in cluster size).
        var claimCounts = [Int](repeating: 0, count: analyzed.cluster.sources.count)
        for claim in analyzed.claims where claimCounts.indices.contains(claim.source) { claimCounts[claim.source] += 1 }
        let sources = analyzed.cluster.sources.enumerated().map { i, s in
            SourceInfo(id: s.id, file: s.file, outlet: s.outlet, published: s.published, url: s.url,
                       claims: claimCounts[i])
        }
        var excluded: [ExcludedEntry] = []
        for s in analyzed.cluster.sources {
            for e in s.excluded {
                let a = s.location(of: e.span.start).line
                let b = s.location(of: max(e.span.start, e.span.end - 1)).line
                let preview = String(s.string(e.span).prefix(80))
                excluded.append(ExcludedEntry(source: s.id, file: s.file, startLine: a, endLine: b, reason: e.reason, detail: e.detail, preview: preview))
            }
        }
        let diagnostics = analyzed.cluster.diagnostics + analyzed.cluster.sources.flatMap(\.diagnostics)
        return Report(cluster: analyzed.cluster.name, sources: sources, findings: result.findings,
                      corroborated: result.corroborated, singleSource: result.singleSource,
                      excluded: excluded, diagnostics: diagnostics)
    }

    public func check(_ paths: [String]) throws -> Report {
        check(try load(paths))
    }

    /// Analyzes and reports a loaded (cleaned) cluster: the same report as `report(analyze(cluster))`,
    /// but claims keep only the attributes comparison reads from the moment they are extracted (the
    /// others are never shown in a report), so a large cluster's peak memory does not hold them.
    public func check(_ cluster: Cluster, extractor: Extractor? = nil) -> Report {
        report(analyze(cluster, extractor: extractor ?? Extractor(rules: rules, recognizers: recognizers),
                       keepingAttributes: Comparator.attributesRead))
    }
}
