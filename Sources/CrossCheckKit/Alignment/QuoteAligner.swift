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
        groups(chunks: texts.map { QuoteWord.chunks(QuoteWord.words(of: $0)) })
    }

    /// One version of a quotation as matched: its folded words as FNV-1a hashes, in order, and the sorted
    /// unique hashes of all its words and of its content words (function words left out).
    struct Version {
        var words: [UInt64]
        var set: [UInt64]
        var content: [UInt64]
        /// The speaker the copies of this version that name one give it (lower case), nil when none
        /// names one or when two name different speakers (a copy with no known speaker, "the governor
        /// said", leaves it as it is).
        var speaker: String? = nil
        /// Whether two copies named different speakers.
        var mixed = false

        /// Takes the speaker of one more copy (nil: unknown).
        mutating func add(speaker other: String?) {
            guard let other, !mixed else { return }
            if speaker == nil { speaker = other } else if speaker != other { speaker = nil; mixed = true }
        }
    }

    /// A rewording by one speaker ("We did not forget them for a single day" / "We never forgot them
    /// for a single day") shares too few content words to be linked as above: versions given to the
    /// same named speaker are linked when this many of their words, at least, are in one order in both
    /// (the longest common subsequence)...
    var minRewordedCommon = 5
    /// ... making up this share of the shorter version's words and `minRewordedLongShare` of the longer
    /// one's (a piece of a longer quotation is linked by the rules above or not at all: "not controlled
    /// by the West" is not a rewording of "develop ... mechanisms not controlled by the West") ...
    var minRewordedShare = 0.6
    var minRewordedLongShare = 0.5
    /// ... with this many content words shared (not only "the", "we", "for a").
    var minRewordedContent = 2
    /// Versions longer than this are not compared word by word (the table grows with both lengths).
    var maxRewordedWords = 80

    /// Function words (`StopWords`) as word hashes.
    static let stopHashes = HashSet64(StopWords.words.map { StableHash.fnv1a($0) })

    /// Groups of indices into `chunks` (each quotation's `QuoteWord.chunks`). Words are compared by
    /// their 64-bit FNV-1a hashes.
    func groups(chunks: [[String]]) -> [[Int]] {
        groups(distinct: chunks, slots: Array(chunks.indices))
    }

    /// `groups(chunks:)` where quotation `i` has the chunks `distinct[slots[i]]`: copies of one text are
    /// hashed once.
    /// `speakers`, when given, holds each quotation's speaker (nil when unknown), for `reworded`.
    func groups(distinct: [[String]], slots: [Int], speakers: [String?]? = nil) -> [[Int]] {
        // Versions by folded words: equal word sequences are one version.
        var versionOf = HashMap64(capacity: distinct.count)
        var sameKeyNext: [Int32] = []  // versions whose sequence hash collides, chained
        var versions: [Version] = []
        var members: [[Int]] = []
        var versionOfSlot = [Int](repeating: -1, count: distinct.count)
        for (i, slot) in slots.enumerated() {
            let speaker = speakers?[i].map { $0.lowercased() }
            if versionOfSlot[slot] >= 0 {
                let v = versionOfSlot[slot]
                members[v].append(i)
                versions[v].add(speaker: speaker)
                continue
            }
            let words = distinct[slot].map { StableHash.fnv1a($0) }
            var key: UInt64 = StableHash.offset
            for w in words { key = StableHash.mix(key ^ w) }
            var v = versionOf.get(key).map(Int.init) ?? -1
            while v >= 0 && versions[v].words != words { v = Int(sameKeyNext[v]) }
            if v >= 0 {
                members[v].append(i)
                versionOfSlot[slot] = v
                versions[v].add(speaker: speaker)
                continue
            }
            versionOfSlot[slot] = versions.count
            var set = words.sorted()
            var unique = 0
            for k in set.indices where k == 0 || set[k] != set[unique - 1] { set[unique] = set[k]; unique += 1 }
            set.removeLast(set.count - unique)
            let content = set.filter { !QuoteAligner.stopHashes.contains($0) }
            sameKeyNext.append(versionOf.get(key) ?? -1)
            versionOf.set(key, Int32(versions.count))
            versions.append(Version(words: words, set: set, content: content, speaker: speaker))
            members.append([i])
        }
        let vn = versions.count
        var dsu = DisjointSet(count: vn)
        // Inverted index: word → versions holding it, in order. The checked set of earlier versions is the
        // union over the words, so the order words are visited in does not matter.
        var postingOf = HashMap64(capacity: 1024)
        var postings: [[Int32]] = []
        var stamp = Array(repeating: -1, count: vn)
        // Versions and posting lists are read through buffer pointers: no copy (and no reference
        // counting) per candidate.
        versions.withUnsafeBufferPointer { versions in
        for v in 0..<vn {
            for word in versions[v].set {
                guard let p = postingOf.get(word) else { continue }
                postings[Int(p)].withUnsafeBufferPointer { list in
                    for k in max(0, list.count - candidatesPerWord)..<list.count where stamp[Int(list[k])] != v {
                        let u = Int(list[k])
                        stamp[u] = v
                        if !dsu.same(u, v), linked(versions[u], versions[v]) || reworded(versions[u], versions[v]) { dsu.union(u, v) }
                    }
                }
            }
            for word in versions[v].set {
                if let p = postingOf.get(word) {
                    postings[Int(p)].append(Int32(v))
                } else {
                    postingOf.set(word, Int32(postings.count))
                    postings.append([Int32(v)])
                }
            }
        }
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
    func linked(_ a: Version, _ b: Version) -> Bool {
        let ca = a.content, cb = b.content
        let (short, long, cShort, cLong) = ca.count < cb.count || (ca.count == cb.count && a.words.count <= b.words.count)
            ? (a.words, b.words, ca, cb) : (b.words, a.words, cb, ca)
        guard cShort.count >= 1, short.count >= 2 else { return false }
        if cShort.count < shortWords {
            guard Double(short.count) / Double(long.count) >= minShortRatio else { return false }
            return QuoteAligner.containsRun(long, short)
        }
        // Shared content words: a merge of the two sorted lists.
        var i = 0, j = 0, shared = 0
        while i < cShort.count && j < cLong.count {
            if cShort[i] == cLong[j] { shared += 1; i += 1; j += 1 } else if cShort[i] < cLong[j] { i += 1 } else { j += 1 }
        }
        return shared >= 3 && Double(shared) / Double(cShort.count) >= minContainment
    }

    /// Two versions given to the same named speaker that say mostly the same words in the same order
    /// (`minRewordedCommon`, `minRewordedShare`, `minRewordedContent`).
    func reworded(_ a: Version, _ b: Version) -> Bool {
        guard let s = a.speaker, !s.isEmpty, b.speaker == s else { return false }
        let (short, long) = a.words.count <= b.words.count ? (a.words, b.words) : (b.words, a.words)
        guard short.count >= minRewordedCommon, long.count <= maxRewordedWords,
              Double(short.count) >= minRewordedLongShare * Double(long.count) else { return false }
        // Shared content words first (a merge of the sorted lists): most pairs stop here.
        var i = 0, j = 0, shared = 0
        while i < a.content.count && j < b.content.count {
            if a.content[i] == b.content[j] { shared += 1; i += 1; j += 1 } else if a.content[i] < b.content[j] { i += 1 } else { j += 1 }
        }
        guard shared >= minRewordedContent else { return false }
        let common = QuoteAligner.commonSubsequence(short, long)
        return common >= minRewordedCommon && Double(common) >= minRewordedShare * Double(short.count)
            && Double(common) >= minRewordedLongShare * Double(long.count)
    }

    /// The length of the longest common subsequence of `a` and `b` (one row of the table at a time).
    static func commonSubsequence(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1), row = previous
        for x in a {
            for (k, y) in b.enumerated() {
                row[k + 1] = x == y ? previous[k] + 1 : max(previous[k + 1], row[k])
            }
            swap(&previous, &row)
        }
        return previous[b.count]
    }

    /// Whether `needle` occurs as a contiguous run in `hay`.
    static func containsRun<T: Equatable>(_ hay: [T], _ needle: [T]) -> Bool {
        guard !needle.isEmpty, needle.count <= hay.count else { return needle.isEmpty }
        for s in 0...(hay.count - needle.count) where hay[s] == needle[0] {
            if hay[s..<(s + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
