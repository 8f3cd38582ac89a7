/// Marks what is not article text as excluded, never deleting text, so every offset still maps back to
/// the original file: repeated lines and photo captions, page clutter (per source, by line shape,
/// position and a generic lexicon: see `ClutterDetector`), paragraphs the source says are about another
/// event (`OtherEventDetector`), then off-topic blocks found by vocabulary
/// overlap with the other sources of the cluster (see `OffTopicDetector`). Segments inside an off-topic
/// block are folded into it, so each excluded stretch is listed once.
public struct Cleaner: Sendable {
    public init() {}

    public func clean(_ cluster: Cluster) -> Cluster {
        var result = cluster
        let detector = ClutterDetector()
        // The lines are read once: the off-topic detector takes the same lines minus those the clutter
        // pass has just excluded (a line lies inside an excluded span either way).
        var lines: [[TextLine]] = []
        lines.reserveCapacity(result.sources.count)
        for s in result.sources.indices {
            let source = result.sources[s]
            let sourceLines = TextLine.lines(of: source.text, skipping: source.excluded.map(\.span))
            let clutter = merge(source.excluded + detector.detect(source.text, lines: sourceLines))
            let prose = TextLine.lines(sourceLines, skipping: clutter.map(\.span))
            let otherEvents = OtherEventDetector().detect(source.text, lines: prose, year: source.published?.date.year)
            result.sources[s].excluded = otherEvents.isEmpty ? clutter : merge(clutter + otherEvents)
            lines.append(sourceLines)
        }
        let offTopic = OffTopicDetector().detect(result.sources, lines: lines)
        for s in result.sources.indices where !offTopic[s].isEmpty {
            let blocks = offTopic[s]
            let kept = result.sources[s].excluded.filter { e in !blocks.contains { $0.span.contains(e.span) } }
            result.sources[s].excluded = merge(kept + blocks)
        }
        return result
    }

    /// Sorted by position, exact duplicates removed.
    private func merge(_ segments: [ExcludedSegment]) -> [ExcludedSegment] {
        var seen: Set<ExcludedSegment> = []
        return segments.sorted { ($0.span, $0.reason.rawValue) < ($1.span, $1.reason.rawValue) }.filter { seen.insert($0).inserted }
    }
}
