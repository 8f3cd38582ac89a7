/// Checks many clusters read as JSON Lines and writes one JSON report per cluster as JSON Lines.
///
/// Streaming: a cluster's records are contiguous, so a cluster is checked as soon as a record of
/// another cluster (or the end of the input) arrives, and memory holds one cluster at a time plus the
/// ids of finished clusters (to report a cluster whose records reappear later). A bad record becomes
/// an error record in the output (`BatchError.json`) and the run goes on.
///
/// Sharding: with `shard` K/N only clusters whose stable id hash is K mod N are checked or reported;
/// every shard still follows cluster boundaries over all records, so N shards over the same input
/// write, between them, exactly the lines of an unsharded run.
public struct BatchRunner: Sendable {
    public let engine: CrossCheck
    public var shard: Shard
    public var renderer: JSONRenderer

    /// Built once for the whole run: building an extractor compiles the rules.
    private let extractor: Extractor

    public init(engine: CrossCheck, shard: Shard = .all) {
        self.engine = engine
        self.shard = shard
        self.renderer = JSONRenderer(pretty: false)
        self.extractor = Extractor(rules: engine.rules, recognizers: engine.recognizers)
    }

    /// Reads every line of `reader` and calls `emit` with each output line (ending in "\n"), in input
    /// order of the clusters' last records.
    public func run(_ reader: inout LineReader, emit: (String) -> Void) -> BatchSummary {
        var state = State()
        var summary = BatchSummary()
        var lineNumber = 0
        while let bytes = reader.next() {
            lineNumber += 1
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let record: BatchRecord
            do {
                record = try BatchRecord.parse(bytes, line: lineNumber)
            } catch {
                if let cluster = error.cluster {
                    // A record with a cluster id still belongs to that cluster's run of records.
                    advance(to: cluster, line: lineNumber, &state, &summary, emit)
                    if shard.contains(cluster: cluster) { report(error, &summary, emit) }
                } else if shard.reportsUnattributedErrors {
                    report(error, &summary, emit)
                }
                continue
            }
            switch record.content {
            case .source(let source):
                advance(to: record.cluster, line: lineNumber, &state, &summary, emit)
                guard state.skipping == nil, shard.contains(cluster: record.cluster) else { continue }
                if state.sourceIDs.contains(source.id) {
                    report(BatchError("duplicate source '\(source.id)' in cluster '\(record.cluster)'; this record was skipped",
                                      line: lineNumber, cluster: record.cluster), &summary, emit)
                    continue
                }
                state.sourceIDs.insert(source.id)
                if state.sources.isEmpty { state.firstLine = lineNumber }
                state.sources.append(source)
            case .folder(let path):
                finish(&state, &summary, emit)
                if state.finished.contains(record.cluster) {
                    if shard.contains(cluster: record.cluster) {
                        report(BatchError("cluster '\(record.cluster)' appears again after other clusters; a cluster's records must be contiguous",
                                          line: lineNumber, cluster: record.cluster), &summary, emit)
                    }
                    continue
                }
                state.finished.insert(record.cluster)
                guard shard.contains(cluster: record.cluster) else { continue }
                do {
                    var cluster = try engine.load([path])
                    cluster.name = record.cluster
                    check(cluster, &summary, emit)
                } catch let e as InputError {
                    report(BatchError(e.diagnostics.map(\.description).joined(separator: "; "),
                                      line: lineNumber, cluster: record.cluster), &summary, emit)
                } catch {
                    report(BatchError("cannot load folder '\(path)': \(error)", line: lineNumber, cluster: record.cluster),
                           &summary, emit)
                }
            }
        }
        finish(&state, &summary, emit)
        return summary
    }

    /// Checks one in-memory cluster: clean, analyze, compare, render as one line.
    public func reportLine(for cluster: Cluster) -> (line: String, report: Report) {
        let report = engine.check(Cleaner().clean(cluster), extractor: extractor)
        var text = renderer.render(report)
        while text.last == "\n" { text.removeLast() }
        return (text + "\n", report)
    }

    // MARK: - Streaming state

    private struct State {
        /// The cluster whose records are being read.
        var current: String?
        var sources: [Source] = []
        var sourceIDs: Set<String> = []
        /// Line of the cluster's first usable source record.
        var firstLine = 0
        /// Clusters already ended (ids only).
        var finished: Set<String> = []
        /// A cluster that reappeared: its run is skipped, from this line to `skippingLast`.
        var skipping: Int?
        var skippingLast = 0
    }

    /// Moves to `cluster`: ends the current cluster's run when the id changes.
    private func advance(to cluster: String, line: Int, _ state: inout State, _ summary: inout BatchSummary,
                         _ emit: (String) -> Void) {
        if state.current == cluster {
            if state.skipping != nil { state.skippingLast = line }
            return
        }
        finish(&state, &summary, emit)
        state.current = cluster
        if state.finished.contains(cluster) {
            state.skipping = line
            state.skippingLast = line
        }
    }

    /// Ends the current cluster's run: checks it (or reports it as reappeared) if this shard owns it.
    private func finish(_ state: inout State, _ summary: inout BatchSummary, _ emit: (String) -> Void) {
        guard let cluster = state.current else { return }
        let sources = state.sources
        state.current = nil
        state.sources = []
        state.sourceIDs = []
        defer { state.finished.insert(cluster) }
        if let first = state.skipping {
            state.skipping = nil
            if shard.contains(cluster: cluster) {
                let lines = first == state.skippingLast ? "line \(first)" : "lines \(first)-\(state.skippingLast)"
                report(BatchError("cluster '\(cluster)' appears again (\(lines)) after other clusters; a cluster's records must be contiguous, so these records were skipped",
                                  line: first, cluster: cluster), &summary, emit)
            }
            return
        }
        guard !sources.isEmpty, shard.contains(cluster: cluster) else { return }
        guard sources.count >= 2 else {
            // As for a folder: one version of a story has nothing to be compared with.
            report(BatchError("cluster '\(cluster)' has only one usable source; a cluster needs at least two",
                              line: state.firstLine, cluster: cluster), &summary, emit)
            return
        }
        check(Cluster(name: cluster, sources: sources), &summary, emit)
    }

    private func check(_ cluster: Cluster, _ summary: inout BatchSummary, _ emit: (String) -> Void) {
        let (line, report) = reportLine(for: cluster)
        emit(line)
        summary.clusters += 1
        summary.sources += cluster.sources.count
        for finding in report.findings { summary.findings[finding.severity, default: 0] += 1 }
    }

    private func report(_ error: BatchError, _ summary: inout BatchSummary, _ emit: (String) -> Void) {
        emit(error.json + "\n")
        summary.errors += 1
    }
}
