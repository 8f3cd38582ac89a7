/// Finds blocks of a source whose vocabulary does not overlap the rest of the cluster (an unrelated story
/// appended to a page, a "more news" digest).
///
/// Each source is cut into units (non-blank lines that are not already excluded; hard-wrapped lines are
/// joined). A unit's score is the share of its content words (lower-cased, stopwords and short words left
/// out) that occur in at least one other source. Units are grouped into sections at heading-like lines
/// (short, unpunctuated, after a blank line). A run of sections is off-topic when its score is far below
/// the rest of the source, it holds enough words to judge, and it is not most of the source: a single
/// low-overlap paragraph (a quote only one outlet has) is never excluded on its own.
struct OffTopicDetector: Sendable {
    /// A block is off-topic when its overlap is below this fraction of the rest of the source's overlap...
    var relativeThreshold = 0.6
    /// ...and below this absolute overlap.
    var absoluteThreshold = 0.55
    /// Minimum content words in a block to judge it.
    var minWords = 30
    /// Minimum units in a block.
    var minUnits = 2

    struct Unit: Sendable {
        var start: Int
        var end: Int
        /// Starts a section: a heading-like line, or the first line after excluded text.
        var heading: Bool
        var words: [UInt64] = []
        var shared = 0
        var score: Double { words.isEmpty ? 1 : Double(shared) / Double(words.count) }
    }

    /// Units of every source with their scores (exposed for tests and tuning).
    func units(_ sources: [Source]) -> [[Unit]] {
        let tokenizer = Tokenizer()
        var perSource: [[Unit]] = []
        var df: [UInt64: (count: Int, last: Int)] = [:]
        for (s, source) in sources.enumerated() {
            let spans = source.excluded.map(\.span)
            let lines = TextLine.lines(of: source.text, skipping: spans)
            var units: [Unit] = []
            for (k, line) in lines.enumerated() {
                // Join a hard-wrapped line to the one before it.
                if k > 0, !line.afterBlank, var last = units.last, last.end <= line.start,
                   !lines[k - 1].endsWithTerminal(source.text), let f = line.normalized.utf8.first, f >= 0x61 && f <= 0x7A,
                   !spans.contains(where: { $0.overlaps(TextSpan(start: last.end, end: line.start)) }) {
                    last.end = line.end
                    last.heading = false
                    units[units.count - 1] = last
                    continue
                }
                let prevEnd = units.last?.end ?? 0
                let afterExcluded = spans.contains { $0.start >= prevEnd && $0.end <= line.start }
                let heading = afterExcluded || (line.afterBlank && line.words <= 15 && !line.endsWithTerminal(source.text))
                units.append(Unit(start: line.start, end: line.end, heading: heading))
            }
            let tokens = tokenizer.tokenize(source.text, excluding: spans)
            var u = 0
            source.text.withUnsafeBufferPointer { buf in
                for t in tokens where t.kind == .word && t.end - t.start >= 3 {
                    let start = Int(t.start)
                    while u < units.count && units[u].end <= start { u += 1 }
                    guard u < units.count, units[u].start <= start else { continue }
                    guard !Stopwords.hashes.contains(t.hash) else { continue }
                    var end = Int(t.end)
                    // Fold a plural "s" so "treaty"/"treaties" stay apart but "talk"/"talks" meet.
                    if end - start >= 5, buf[end - 1] | 0x20 == 0x73, buf[end - 2] | 0x20 != 0x73 { end -= 1 }
                    let h = Normalizer.hash(buf, start..<end)
                    units[u].words.append(h)
                    if let e = df[h] {
                        if e.last != s { df[h] = (e.count + 1, s) }
                    } else {
                        df[h] = (1, s)
                    }
                }
            }
            perSource.append(units)
        }
        for s in perSource.indices {
            for u in perSource[s].indices {
                perSource[s][u].shared = perSource[s][u].words.reduce(0) { $0 + ((df[$1]?.count ?? 0) >= 2 ? 1 : 0) }
            }
        }
        return perSource
    }

    /// Off-topic spans per source.
    func detect(_ sources: [Source]) -> [[ExcludedSegment]] {
        guard sources.count >= 2 else { return sources.map { _ in [] } }
        return zip(units(sources), sources).map { detect(units: $0, excluded: $1.excluded.map(\.span)) }
    }

    func detect(units: [Unit], excluded: [TextSpan]) -> [ExcludedSegment] {
        // Sections: a heading starts a new one.
        var sections: [Range<Int>] = []
        var start = 0
        for (k, u) in units.enumerated() where u.heading && k > start {
            sections.append(start..<k)
            start = k
        }
        if start < units.count { sections.append(start..<units.count) }
        guard sections.count >= 2 else { return [] }

        func stats(_ r: Range<Int>) -> (words: Int, shared: Int) {
            units[r].reduce((0, 0)) { ($0.0 + $1.words.count, $0.1 + $1.shared) }
        }
        let total = stats(0..<units.count)
        var result: [ExcludedSegment] = []
        // Try every run of consecutive sections; keep the lowest-overlap runs that pass, without overlaps.
        var candidates: [(range: Range<Int>, score: Double, rest: Double)] = []
        for a in sections.indices {
            for b in a..<sections.count {
                let r = sections[a].lowerBound..<sections[b].upperBound
                let st = stats(r)
                guard st.words >= minWords, r.count >= minUnits else { continue }
                let restWords = total.words - st.words
                guard restWords >= st.words else { continue } // never most of the source
                let score = Double(st.shared) / Double(st.words)
                let rest = Double(total.shared - st.shared) / Double(max(1, restWords))
                if score < absoluteThreshold && score < rest * relativeThreshold {
                    candidates.append((r, score, rest))
                }
            }
        }
        // Prefer the largest qualifying run (ties: lowest score), then any disjoint others.
        candidates.sort { ($0.range.count, -$0.score, -$0.range.lowerBound) > ($1.range.count, -$1.score, -$1.range.lowerBound) }
        var taken: [Range<Int>] = []
        for c in candidates where !taken.contains(where: { $0.overlaps(c.range) }) {
            taken.append(c.range)
            // Widen over excluded lines between the block and its neighbours (its repeated heading, captions).
            let lo = c.range.lowerBound > 0 ? units[c.range.lowerBound - 1].end : 0
            let hi = c.range.upperBound < units.count ? units[c.range.upperBound].start : Int.max
            var span = TextSpan(start: units[c.range.lowerBound].start, end: units[c.range.upperBound - 1].end)
            for e in excluded where e.start >= lo && e.end <= hi {
                span = TextSpan(start: min(span.start, e.start), end: max(span.end, e.end))
            }
            let pct = { (x: Double) in Int((x * 100).rounded()) }
            result.append(ExcludedSegment(span: span, reason: .offTopic,
                detail: "off-topic block: \(pct(c.score))% of its words occur in other sources, \(pct(c.rest))% for the rest of this source"))
        }
        return result.sorted { $0.span < $1.span }
    }
}
