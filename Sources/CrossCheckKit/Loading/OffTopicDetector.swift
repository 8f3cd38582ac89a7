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
    /// Sections with fewer content words are too short to judge on their own.
    var minSectionWords = 12

    struct Unit: Sendable {
        var start: Int
        var end: Int
        /// Starts a section: a heading-like line, the first line after excluded text or after two blank lines.
        var heading: Bool
        /// A heading by its shape: short, unpunctuated, after a blank line.
        var headline = false
        /// Content words in the unit, and how many of them occur in another source.
        var words = 0
        var shared = 0
        var score: Double { words == 0 ? 1 : Double(shared) / Double(words) }
    }

    /// Units of every source with their scores (exposed for tests and tuning).
    func units(_ sources: [Source]) -> [[Unit]] {
        units(sources, lines: sources.map { TextLine.lines(of: $0.text, skipping: []) })
    }

    /// `units(_:)` from lines already read (`TextLine.lines(of:skipping:)` over at most the sources'
    /// excluded spans): lines inside an excluded span are dropped here.
    func units(_ sources: [Source], lines allLines: [[TextLine]]) -> [[Unit]] {
        let tokenizer = Tokenizer()
        var perSource: [[Unit]] = []
        var perSourceEntries: [[Int32]] = []
        // Document frequency per word hash: how many sources use it, and the last source that did.
        var dfIndex = HashMap64(capacity: 4096)
        var dfCount: [Int32] = []
        var dfLast: [Int32] = []
        for (s, source) in sources.enumerated() {
            let spans = source.excluded.map(\.span).sorted()
            let lines = TextLine.lines(allLines[s], skipping: spans)
            var units: [Unit] = []
            var spanIndex = 0
            for (k, line) in lines.enumerated() {
                // Excluded spans between the previous unit and this line.
                let prevEnd = units.last?.end ?? 0
                while spanIndex < spans.count && spans[spanIndex].end <= prevEnd { spanIndex += 1 }
                var afterExcluded = false
                var si = spanIndex
                while si < spans.count && spans[si].start < line.start {
                    if spans[si].end <= line.start && spans[si].start >= prevEnd { afterExcluded = true; break }
                    si += 1
                }
                // Join a hard-wrapped line to the one before it.
                if k > 0, !line.afterBlank, !afterExcluded, var last = units.last, last.end <= line.start,
                   !lines[k - 1].endsWithTerminal(source.text), let f = line.normalized.utf8.first, f >= 0x61 && f <= 0x7A {
                    last.end = line.end
                    last.heading = false
                last.headline = false
                    units[units.count - 1] = last
                    continue
                }
                let headline = line.afterBlank && line.words <= 15 && !line.endsWithTerminal(source.text)
                // Two or more blank lines also start a section (pages glue items together with them).
                let gap = line.blankLinesBefore >= 2 && k > 0
                units.append(Unit(start: line.start, end: line.end, heading: afterExcluded || headline || gap, headline: headline))
            }
            let tokens = tokenizer.tokenize(source.text, excluding: spans)
            // Each content word as its entry in the document-frequency table, units in order; whether it
            // is shared is known once every source has been read.
            var entries: [Int32] = []
            entries.reserveCapacity(tokens.count / 2)
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
                    // A word token's hash is already `Normalizer.hash` of its bytes.
                    let h = end == Int(t.end) ? t.hash : Normalizer.hash(buf, start..<end)
                    units[u].words += 1
                    if let e = dfIndex.get(h) {
                        if dfLast[Int(e)] != Int32(s) { dfCount[Int(e)] += 1; dfLast[Int(e)] = Int32(s) }
                        entries.append(e)
                    } else {
                        entries.append(Int32(dfCount.count))
                        dfIndex.set(h, Int32(dfCount.count))
                        dfCount.append(1)
                        dfLast.append(Int32(s))
                    }
                }
            }
            perSource.append(units)
            perSourceEntries.append(entries)
        }
        for s in perSource.indices {
            var k = 0
            let entries = perSourceEntries[s]
            for u in perSource[s].indices {
                var shared = 0
                for e in entries[k..<(k + perSource[s][u].words)] where dfCount[Int(e)] >= 2 { shared += 1 }
                perSource[s][u].shared = shared
                k += perSource[s][u].words
            }
        }
        return perSource
    }

    /// Off-topic spans per source.
    func detect(_ sources: [Source]) -> [[ExcludedSegment]] {
        detect(sources, lines: sources.map { TextLine.lines(of: $0.text, skipping: []) })
    }

    /// `detect(_:)` from lines already read (see `units(_:lines:)`).
    func detect(_ sources: [Source], lines: [[TextLine]]) -> [[ExcludedSegment]] {
        guard sources.count >= 2 else { return sources.map { _ in [] } }
        return zip(units(sources, lines: lines), sources).map { detect(units: $0, excluded: $1.excluded) }
    }

    func detect(units: [Unit], excluded: [ExcludedSegment]) -> [ExcludedSegment] {
        // Sections: a heading starts a new one.
        var sections: [Range<Int>] = []
        var start = 0
        for (k, u) in units.enumerated() where u.heading && k > start {
            sections.append(start..<k)
            start = k
        }
        if start < units.count { sections.append(start..<units.count) }
        guard sections.count >= 2 else { return [] }

        // Prefix sums of words and shared words over units.
        var wordsBefore = [0]
        var sharedBefore = [0]
        wordsBefore.reserveCapacity(units.count + 1)
        sharedBefore.reserveCapacity(units.count + 1)
        for u in units {
            wordsBefore.append(wordsBefore.last! + u.words)
            sharedBefore.append(sharedBefore.last! + u.shared)
        }
        func stats(_ r: Range<Int>) -> (words: Int, shared: Int) {
            (wordsBefore[r.upperBound] - wordsBefore[r.lowerBound], sharedBefore[r.upperBound] - sharedBefore[r.lowerBound])
        }
        let total = stats(0..<units.count)
        var result: [ExcludedSegment] = []
        func score(_ st: (words: Int, shared: Int)) -> Double { Double(st.shared) / Double(max(1, st.words)) }
        func restScore(_ st: (words: Int, shared: Int)) -> Double {
            Double(total.shared - st.shared) / Double(max(1, total.words - st.words))
        }
        func isLow(_ st: (words: Int, shared: Int)) -> Bool {
            let sc = score(st)
            return sc < absoluteThreshold && sc < restScore(st) * relativeThreshold
        }
        // Each section is low (its overlap far below the rest), high, or too short to judge (a heading, a
        // one-line section). A block is a maximal run of low and short sections, trimmed of short ones at
        // its ends, that is large enough to judge, low as a whole, and not most of the source.
        enum Verdict { case low, high, short }
        let verdicts: [Verdict] = sections.map { r in
            let st = stats(r)
            if st.words < minSectionWords { return .short }
            return isLow(st) ? .low : .high
        }
        var candidates: [(range: Range<Int>, score: Double, rest: Double)] = []
        var a = 0
        while a < sections.count {
            guard verdicts[a] != .high else { a += 1; continue }
            var b = a
            while b + 1 < sections.count && verdicts[b + 1] != .high { b += 1 }
            var lo = a, hi = b
            while lo <= hi && verdicts[lo] == .short { lo += 1 }
            while hi >= lo && verdicts[hi] == .short { hi -= 1 }
            // The block's own headline: short sections right before it that open with a headline.
            while lo <= hi && lo > a && units[sections[lo - 1].lowerBound].headline { lo -= 1 }
            if lo <= hi {
                let r = sections[lo].lowerBound..<sections[hi].upperBound
                let st = stats(r)
                if st.words >= minWords && r.count >= minUnits && total.words - st.words >= st.words && isLow(st) {
                    candidates.append((r, score(st), restScore(st)))
                }
            }
            a = b + 1
        }
        var taken: [Range<Int>] = []
        for c in candidates where !taken.contains(where: { $0.overlaps(c.range) }) {
            taken.append(c.range)
            // Widen over excluded lines between the block and its neighbours (its repeated headline, captions,
            // stray tokens) — backwards only up to page furniture, which belongs to the page before the block.
            let lo = c.range.lowerBound > 0 ? units[c.range.lowerBound - 1].end : 0
            let hi = c.range.upperBound < units.count ? units[c.range.upperBound].start : Int.max
            var span = TextSpan(start: units[c.range.lowerBound].start, end: units[c.range.upperBound - 1].end)
            let before = excluded.filter { $0.span.start >= lo && $0.span.end <= span.start }.sorted { $0.span > $1.span }
            for e in before {
                if e.reason == .clutter && e.detail.hasPrefix(ClutterDetector.pageClutter) { break }
                span.start = min(span.start, e.span.start)
            }
            for e in excluded where e.span.start >= span.end && e.span.end <= hi {
                span.end = max(span.end, e.span.end)
            }
            let pct = { (x: Double) in Int((x * 100).rounded()) }
            result.append(ExcludedSegment(span: span, reason: .offTopic,
                detail: "off-topic block: \(pct(c.score))% of its words occur in other sources, \(pct(c.rest))% for the rest of this source"))
        }
        return result.sorted { $0.span < $1.span }
    }
}
