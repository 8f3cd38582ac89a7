/// The engine's front door: load → clean → segment → extract → align → compare → report.
/// Never prints, reads argv or exits; errors are thrown as `InputError` (with diagnostics).
public struct CrossCheck: Sendable {
    public var rules: RuleSet
    public var recognizers: [any Recognizer]

    public init(rules: RuleSet, recognizers: [any Recognizer] = RecognizerRegistry.builtin()) {
        self.rules = rules
        self.recognizers = recognizers
    }

    /// Loads and cleans a cluster from paths (a folder, or files).
    public func load(_ paths: [String]) throws -> Cluster {
        Cleaner().clean(try ClusterLoader().load(paths))
    }

    /// Segments and extracts every source (in parallel; the result does not depend on scheduling).
    public func analyze(_ cluster: Cluster) -> AnalyzedCluster {
        let segmenter = Segmenter()
        let extractor = Extractor(rules: rules, recognizers: recognizers)
        var texts: [SegmentedText] = []
        var claims: [Claim] = []
        for (i, source) in cluster.sources.enumerated() {
            let text = segmenter.segment(source)
            texts.append(text)
            claims += extractor.extract(source, index: i, text: text)
        }
        return AnalyzedCluster(cluster: cluster, texts: texts, claims: claims)
    }

    /// Aligns and compares an analyzed cluster into a report.
    public func report(_ analyzed: AnalyzedCluster) -> Report {
        let groups = Aligner().align(analyzed)
        let result = Comparator(lexicons: rules.lexicons).compare(groups, in: analyzed)
        let sources = analyzed.cluster.sources.enumerated().map { i, s in
            SourceInfo(id: s.id, file: s.file, outlet: s.outlet, published: s.published, url: s.url,
                       claims: analyzed.claims.filter { $0.source == i }.count)
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
        report(analyze(try load(paths)))
    }
}
