/// Finds near-duplicate sentences across sources (shared wire copy) without comparing every pair:
/// each sentence becomes a set of word 3-shingles, a MinHash signature and LSH band keys; only
/// sentences that share a band bucket are verified, and each is verified against a bucket's first
/// member (then its predecessor), so the work grows with the number of sentences, not its square.
struct SentenceAligner: Sendable {
    /// Word n-gram size of the shingles.
    var shingleSize = 3
    /// MinHash signature length = bands × rows.
    var bands = 12
    var rows = 2
    /// Verified when shared shingles cover this fraction of the shorter sentence's shingles...
    var minContainment = 0.6
    /// ...and this fraction of their union.
    var minJaccard = 0.3
    /// Sentences shorter than this many words are not aligned (too little evidence).
    var minWords = 5

    /// A sentence to align: (source, sentence index) plus its normalized word hashes.
    struct Item: Sendable {
        var source: Int
        var sentence: Int
        /// A view of the source's stored words (`AlignmentFeatures`), not a copy.
        var words: ArraySlice<UInt64>

        init(source: Int, sentence: Int, words: ArraySlice<UInt64>) {
            self.source = source
            self.sentence = sentence
            self.words = words
        }

        init(source: Int, sentence: Int, words: [UInt64]) {
            self.init(source: source, sentence: sentence, words: words[...])
        }
    }

    /// Returns, for each item, the index of its alignment class's representative item
    /// (itself when nothing aligned with it).
    func classes(_ items: [Item]) -> [Int] {
        let n = items.count
        var sets = DisjointSet(count: n)
        // Identical word sequences collapse first (cheap and exact).
        var exact: [UInt64: Int] = [:]
        var shingles: [[UInt64]] = Array(repeating: [], count: n)
        var eligible = Array(repeating: false, count: n)
        // The item whose shingles and band keys an item shares: an earlier identical one (syndicated
        // copies repeat sentences word for word), or itself.
        var copyOf = Array(0..<n)
        for (i, item) in items.enumerated() {
            guard item.words.count >= minWords else { continue }
            eligible[i] = true
            var h = StableHash.offset
            for w in item.words { h = StableHash.combine(h, w) }
            if let j = exact[h] {
                sets.union(j, i)
                copyOf[i] = j
                shingles[i] = shingles[j]
            } else {
                exact[h] = i
                shingles[i] = shingleSet(item.words)
            }
        }
        var buckets: [UInt64: [Int]] = [:]
        var bandKeys: [[UInt64]] = Array(repeating: [], count: n)
        for i in 0..<n where eligible[i] && !shingles[i].isEmpty {
            if copyOf[i] != i {
                for key in bandKeys[copyOf[i]] { buckets[key, default: []].append(i) }
                continue
            }
            let sig = signature(shingles[i])
            var keys: [UInt64] = []
            keys.reserveCapacity(bands)
            for b in 0..<bands {
                var key = StableHash.combine(StableHash.offset, UInt64(b))
                for r in 0..<rows { key = StableHash.combine(key, sig[b * rows + r]) }
                buckets[key, default: []].append(i)
                keys.append(key)
            }
            bandKeys[i] = keys
        }
        // Bucket lists are filled in item order; buckets are visited in a fixed order too (never the
        // dictionary's), so the classes do not depend on hashing seeds.
        let ordered = buckets.filter { $0.value.count > 1 }.sorted { ($0.value[0], $0.key) < ($1.value[0], $1.key) }
        for (_, members) in ordered {
            let first = members[0]
            for k in 1..<members.count {
                let i = members[k]
                if sets.same(first, i) { continue }
                if similar(shingles[first], shingles[i]) {
                    sets.union(first, i)
                } else if k > 1, !sets.same(members[k - 1], i), similar(shingles[members[k - 1]], shingles[i]) {
                    sets.union(members[k - 1], i)
                }
            }
        }
        // Representative = smallest item index of the class.
        var rep = Array(repeating: -1, count: n)
        var rootRep: [Int: Int] = [:]
        for i in 0..<n {
            let r = sets.find(i)
            if let existing = rootRep[r] { rep[i] = existing } else { rootRep[r] = i; rep[i] = i }
        }
        return rep
    }

    /// Sorted, de-duplicated shingle hashes.
    func shingleSet(_ words: ArraySlice<UInt64>) -> [UInt64] {
        var out: [UInt64] = []
        if words.count < shingleSize {
            var h = StableHash.offset
            for w in words { h = StableHash.combine(h, w) }
            return [h]
        }
        out.reserveCapacity(words.count)
        for i in words.startIndex...(words.endIndex - shingleSize) {
            var h = StableHash.offset
            for w in words[i..<(i + shingleSize)] { h = StableHash.combine(h, w) }
            out.append(h)
        }
        out.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(out.count)
        for h in out where unique.last != h { unique.append(h) }
        return unique
    }

    func signature(_ shingles: [UInt64]) -> [UInt64] {
        var sig = Array(repeating: UInt64.max, count: bands * rows)
        for s in shingles {
            for p in 0..<sig.count {
                let v = StableHash.mix(s ^ (UInt64(p + 1) &* 0x9E37_79B9_7F4A_7C15))
                if v < sig[p] { sig[p] = v }
            }
        }
        return sig
    }

    /// Exact verification on sorted shingle sets.
    func similar(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        let containment = Double(shared) / Double(min(a.count, b.count))
        let jaccard = Double(shared) / Double(a.count + b.count - shared)
        return containment >= minContainment && jaccard >= minJaccard
    }
}
