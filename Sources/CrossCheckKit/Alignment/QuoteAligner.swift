/// Groups quotations about the same words by fuzzy token overlap: versions are de-duplicated by
/// their folded words, indexed by word (an inverted index), and a version is only checked against
/// the recent versions that share a word with it, so the cost stays linear in the number of quotes.
/// A shortened quote matches its longer version through the containment ratio (shared words over
/// the shorter one's words).
struct QuoteAligner: Sendable {
    /// Shared words over the shorter version's words.
    var minContainment = 0.6
    /// How many earlier versions per word are checked.
    var candidatesPerWord = 32
    /// A version with fewer content words than this must appear word for word inside the other and make up
    /// at least `minShortRatio` of it (two common words are not enough to identify a quotation).
    var shortWords = 4
    var minShortRatio = 0.5

    /// Groups of indices into `texts`.
    func groups(_ texts: [String]) -> [[Int]] {
        // Versions by folded words.
        var versionOf: [String: Int] = [:]
        var versionChunks: [[String]] = []
        var members: [[Int]] = []
        for (i, t) in texts.enumerated() {
            let chunks = QuoteWord.chunks(QuoteWord.words(of: t))
            let key = chunks.joined(separator: " ")
            if let v = versionOf[key] { members[v].append(i) } else {
                versionOf[key] = versionChunks.count
                versionChunks.append(chunks)
                members.append([i])
            }
        }
        let vn = versionChunks.count
        let sets = versionChunks.map { Set($0) }
        var dsu = DisjointSet(count: vn)
        var postings: [String: [Int]] = [:]
        var stamp = Array(repeating: -1, count: vn)
        for v in 0..<vn {
            for word in sets[v].sorted() {
                guard let list = postings[word] else { continue }
                for u in list.suffix(candidatesPerWord) where stamp[u] != v {
                    stamp[u] = v
                    if !dsu.same(u, v), linked(versionChunks[u], sets[u], versionChunks[v], sets[v]) { dsu.union(u, v) }
                }
            }
            for word in sets[v] { postings[word, default: []].append(v) }
        }
        var byRoot: [Int: [Int]] = [:]
        var order: [Int] = []
        for v in 0..<vn {
            let r = dsu.find(v)
            if byRoot[r] == nil { order.append(r) }
            byRoot[r, default: []] += members[v]
        }
        return order.map { byRoot[$0]!.sorted() }
    }

    /// Linked when the shorter version's content words (function words left out: "the", "of", "to" are
    /// shared by any two sentences) are mostly in the longer one; a version with few content words
    /// must appear word for word inside the other and make up a good part of it.
    func linked(_ a: [String], _ sa: Set<String>, _ b: [String], _ sb: Set<String>) -> Bool {
        let ca = sa.filter { !StopWords.words.contains($0) }, cb = sb.filter { !StopWords.words.contains($0) }
        let (short, long, cShort, cLong) = ca.count < cb.count || (ca.count == cb.count && a.count <= b.count) ? (a, b, ca, cb) : (b, a, cb, ca)
        guard cShort.count >= 1, short.count >= 2 else { return false }
        if cShort.count < shortWords {
            guard Double(short.count) / Double(long.count) >= minShortRatio else { return false }
            return QuoteAligner.containsRun(long, short)
        }
        let shared = cShort.intersection(cLong).count
        return shared >= 3 && Double(shared) / Double(cShort.count) >= minContainment
    }

    /// Whether `needle` occurs as a contiguous run in `hay`.
    static func containsRun(_ hay: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= hay.count else { return needle.isEmpty }
        for s in 0...(hay.count - needle.count) where hay[s] == needle[0] {
            if Array(hay[s..<(s + needle.count)]) == needle { return true }
        }
        return false
    }
}
