import Foundation

/// Groups the claims of all sources that are about the same thing.
///
/// - Counts, quantities, dates, times, durations and user kinds: claims must share kind and key
///   (the rule's subject: counted noun, entity, event word), never merely a value. Inside a key,
///   claims are linked when their sentences are near-duplicates across sources (wire copy, found by
///   `SentenceAligner`) and they hold the same slot there (same kind and key, equal value first, then
///   order), or when the words around them (their own part of the sentence, weighted by rarity in
///   the cluster) overlap enough (`contextLinked`): a little for equal values or a key no source
///   uses twice ("passengers"), a lot for different values of an ambiguous key ("date"). A specific
///   key (not in `GenericKeys`) links equal values without context, and all its claims when each
///   source gives it one value. Claims of a generic key that nothing links stay apart: the same
///   number about different things ("40 schools", "40 buses", both "number") is not grouped. A key
///   naming a person ("sentence of Tom Hale", a rule's `person`) counts by the cluster's one spelling
///   of that person, and a claim of the same key naming nobody joins the one person named, if only
///   one is (`PersonKeys`).
/// - Quotations: by fuzzy word overlap (`QuoteAligner`), whatever their keys.
/// - People (`name` and `official` values): by canonical name, near-identical spellings merged
///   (`PersonKeyMerger`).
///
/// Every step indexes or buckets; none compares all pairs of sentences or claims of the cluster.
public struct Aligner: Sendable {
    /// Earlier claims per context word checked.
    public var candidatesPerWord = 16
    /// Context link: at least this many shared content words...
    public var minSharedWords = 3
    /// ...covering this fraction of the smaller context's weight (different values)...
    public var minSharedFraction = 0.5
    /// ...or this fraction when the values are equal (corroboration is harmless, a conflict is not), or
    /// the key is specific (no source gives two values for it).
    public var minSameValueFraction = 0.25

    // Context words are taken `AlignmentFeatures.contextWindow` tokens either side of a claim at most
    // (fixed at analysis, when they are collected).

    public init() {}

    public func align(_ analyzed: AnalyzedCluster) -> [ClaimGroup] {
        let claims = analyzed.claims
        var quoteIdx: [Int] = []
        var personIdx: [Int] = []
        var otherIdx: [Int] = []
        for (i, c) in claims.enumerated() {
            switch c.value {
            case .quote: quoteIdx.append(i)
            case .name, .official: personIdx.append(i)
            default: otherIdx.append(i)
            }
        }
        // Keys naming a person are aligned by the cluster's one spelling of that person, as names are.
        var names: [String: Int] = [:]
        for i in personIdx { names[Aligner.personName(claims[i]), default: 0] += 1 }
        let personKeys = PersonKeys(otherIdx, claims, names: names) { c in
            let text = analyzed.texts[c.source]
            guard c.sentence < text.sentences.count else { return "" }
            let from = text.sentences[c.sentence].span.start, to = max(from, min(c.span.start, text.text.count))
            return String(decoding: text.text[from..<to], as: UTF8.self)
        }
        var groups: [ClaimGroup] = []
        groups += alignKeyed(otherIdx, personKeys, analyzed)
        groups += alignQuotes(quoteIdx, analyzed, names: names)
        groups += alignPeople(personIdx, analyzed)
        return groups.sorted { a, b in
            (a.kind, a.key, a.claims.first ?? 0) < (b.kind, b.key, b.claims.first ?? 0)
        }
    }

    // MARK: keyed claims

    private func alignKeyed(_ idx: [Int], _ personKeys: PersonKeys, _ analyzed: AnalyzedCluster) -> [ClaimGroup] {
        guard !idx.isEmpty else { return [] }
        let claims = analyzed.claims
        let keys = personKeys.keys
        var dsu = DisjointSet(count: idx.count)
        var bySentenceLink = Array(repeating: false, count: idx.count)
        let values = idx.map { NormalizedValue.string(claims[$0].value) }
        // Equal normalized values get equal ids (compared and hashed instead of the strings).
        var idOfValue: [String: Int] = [:]
        let valueID: [Int] = values.map { v in
            if let id = idOfValue[v] { return id }
            idOfValue[v] = idOfValue.count
            return idOfValue.count - 1
        }

        // 1. Sentences holding claims, aligned across sources.
        // Sentences in order of first claim; `sentenceClaims[i]` are the claims of sentence `sentenceOrder[i]`.
        var sentenceIndex = HashMap64(capacity: idx.count)  // source << 32 | sentence → position in sentenceOrder
        var sentenceOrder: [(source: Int, sentence: Int)] = []
        var sentenceClaims: [[Int]] = []
        for l in 0..<idx.count {
            let c = claims[idx[l]]
            let k = UInt64(truncatingIfNeeded: c.source) << 32 | UInt64(truncatingIfNeeded: c.sentence)
            if let i = sentenceIndex.get(k) {
                sentenceClaims[Int(i)].append(l)
            } else {
                sentenceIndex.set(k, Int32(sentenceOrder.count))
                sentenceOrder.append((c.source, c.sentence))
                sentenceClaims.append([l])
            }
        }
        let items: [SentenceAligner.Item] = sentenceOrder.map { k in
            SentenceAligner.Item(source: k.source, sentence: k.sentence, words: analyzed.features[k.source].sentenceWords(k.sentence))
        }
        let reps = SentenceAligner().classes(items)
        var classMembers: [Int: [Int]] = [:]
        for (i, r) in reps.enumerated() { classMembers[r, default: []].append(i) }
        for r in classMembers.keys.sorted() {
            let members = classMembers[r]!
            guard members.count > 1 else { continue }
            // The sentence with most claims is the template; the others' claims take its slots.
            let template = members.max { a, b in
                let (ca, cb) = (sentenceClaims[a].count, sentenceClaims[b].count)
                return ca < cb || (ca == cb && a > b)
            }!
            let slots = sentenceClaims[template]
            for m in members where m != template {
                var taken = Set<Int>()
                for l in sentenceClaims[m] {
                    let c = claims[idx[l]]
                    let same = slots.filter { !taken.contains($0) && claims[idx[$0]].kind == c.kind && keys[$0] == keys[l] }
                    guard let pick = same.first(where: { valueID[$0] == valueID[l] }) ?? same.first else { continue }
                    taken.insert(pick)
                    dsu.union(l, pick)
                    bySentenceLink[l] = true
                    bySentenceLink[pick] = true
                }
            }
        }

        // 2. Same kind and key, linked by shared context words, weighted by rarity in the cluster
        //    (words every version of the story repeats, like its protagonists' names, weigh little).
        var buckets: [String: [Int]] = [:]
        for l in 0..<idx.count { buckets[claims[idx[l]].kind + "\u{1F}" + keys[l], default: []].append(l) }
        let weights = analyzed.frequencies.weights(sources: analyzed.texts.count)
        func weight(_ h: UInt64) -> Double { weights.index.get(h).map { weights.weights[Int($0)] } ?? 0 }
        // Each claim's context words (computed per source at analysis) and their total weight.
        let local = Aligner.positionsInSource(claims)
        let contexts: [ArraySlice<UInt64>] = idx.map { analyzed.features[claims[$0].source].context(ofClaim: local[$0]) }
        let contextTotals: [Double] = contexts.map { $0.reduce(0) { $0 + weight($1) } }
        // The alignment class of each claim's sentence: claims of aligned sentences were already
        // matched slot by slot, so context must not pair what the slots kept apart.
        var claimClass = Array(repeating: -1, count: idx.count)
        for i in sentenceOrder.indices where classMembers[reps[i]]!.count > 1 {
            for l in sentenceClaims[i] { claimClass[l] = reps[i] }
        }
        var checkedFor = Array(repeating: -1, count: idx.count)  // the claim each candidate was last checked for
        for name in buckets.keys.sorted() {
            let members = buckets[name]!
            guard members.count > 1 else { continue }
            // A key no source uses for two different values names one thing per source ("passengers"):
            // claims of it link on little shared context. A key sources use for several values
            // ("date") is ambiguous: its claims need strong shared context.
            var valuesPerSource: [Int: [Int]] = [:]
            var seenValue = HashSet64()  // source << 32 | value id
            for l in members where seenValue.insert(UInt64(truncatingIfNeeded: claims[idx[l]].source) << 32 | UInt64(valueID[l])).inserted {
                valuesPerSource[claims[idx[l]].source, default: []].append(l)
            }
            // Values one source gives that agree with each other ("at least 14", "14") are one fact said twice.
            let specific = valuesPerSource.values.allSatisfy { ls in
                ls.count <= 1 || (ls.count <= 4 && ls.allSatisfy { a in ls.allSatisfy { Aligner.sameFact(claims[idx[a]].value, claims[idx[$0]].value) } })
            }
            // A specific key (not a generic one such as "date" or "people") names one fact of the story:
            // equal values of it corroborate whatever their wording, and when every source gives it one
            // value (or values that agree), its claims are linked across sources without context
            // ("death toll": 14 in one source's headline, 19 in another's last paragraph).
            // (A key that names no person where its claims could be about several is generic too.)
            let key = keys[members[0]]
            if !GenericKeys.contains(key) && !personKeys.isAmbiguous(kind: claims[idx[members[0]]].kind, key: key) {
                if specific {
                    for l in members.dropFirst() { dsu.union(members[0], l) }
                } else {
                    var firstOfValue = HashMap64(capacity: members.count)
                    for l in members {
                        if let f = firstOfValue.get(UInt64(valueID[l])) { dsu.union(Int(f), l) } else { firstOfValue.set(UInt64(valueID[l]), Int32(l)) }
                    }
                }
            }
            // A generic key's claims link on context alone, and links chain: a group must not gather two
            // different values of one source ("travelling at 68mph on a curve with a 40mph limit"), which
            // are two things by the rule above, through other sources' claims that share words with each.
            // Per group (by its root): each source's members there, one per value.
            let generic = GenericKeys.contains(key) || personKeys.isAmbiguous(kind: claims[idx[members[0]]].kind, key: key)
            var bySource: [Int: [Int: [Int]]] = [:]
            // And per source, the values it gives of the key (value ids).
            var sourceValues: [Int: Set<Int>] = [:]
            if generic {
                for l in members {
                    let root = dsu.find(l), source = claims[idx[l]].source
                    if !(bySource[root]?[source] ?? []).contains(where: { valueID[$0] == valueID[l] }) {
                        bySource[root, default: [:]][source, default: []].append(l)
                    }
                    sourceValues[source, default: []].insert(valueID[l])
                }
            }
            // Whether two different values must not be linked because either source also gives the other's
            // value: that source's claim of it is the one to meet ("10 km in the morning and 21 km in the
            // afternoon" and "21 km in the afternoon, after 10 km in the morning"), whatever the words
            // around each; and one source's different values are different things.
            func alsoGivesOther(_ a: Int, _ b: Int) -> Bool {
                sourceValues[claims[idx[a]].source]?.contains(valueID[b]) == true || sourceValues[claims[idx[b]].source]?.contains(valueID[a]) == true
            }
            // Whether the groups of `a` and `b` may be joined: no source gives values in both that differ.
            func joinable(_ a: Int, _ b: Int) -> Bool {
                guard generic else { return true }
                let (ra, rb) = (dsu.find(a), dsu.find(b))
                guard let ga = bySource[ra], let gb = bySource[rb] else { return true }
                let (small, large) = ga.count <= gb.count ? (ga, gb) : (gb, ga)
                for (source, ls) in small {
                    guard let others = large[source] else { continue }
                    for x in ls {
                        for y in others where valueID[x] != valueID[y] && !Aligner.sameFact(claims[idx[x]].value, claims[idx[y]].value) { return false }
                    }
                }
                return true
            }
            // Joins the groups of `a` and `b` (`joinable`), keeping `bySource` by the new root.
            func join(_ a: Int, _ b: Int) {
                let (ra, rb) = (dsu.find(a), dsu.find(b))
                dsu.union(a, b)
                guard generic else { return }
                let root = dsu.find(a)
                // (The smaller into the larger: each member is moved O(log n) times.)
                var (merged, other) = (bySource.removeValue(forKey: ra) ?? [:], bySource.removeValue(forKey: rb) ?? [:])
                if merged.count < other.count { swap(&merged, &other) }
                for (source, ls) in other {
                    for l in ls where !(merged[source] ?? []).contains(where: { valueID[$0] == valueID[l] }) { merged[source, default: []].append(l) }
                }
                bySource[root] = merged
            }
            // Inverted index: context word → earlier members holding it. A generic key's equal values are
            // linked first, its different values after: a claim then meets the other sources' different
            // values already grouped with what it agrees with, so `joinable` sees the whole of it.
            for phase in generic ? [1, 2] : [0] {
                var postingOf = HashMap64(capacity: 64)
                var postings: [[Int]] = []
                for l in members {
                    let c = claims[idx[l]]
                    let mark = 3 * l + phase  // (`checkedFor` per claim and phase)
                    for w in contexts[l] {
                        guard let p = postingOf.get(w) else { continue }
                        for other in postings[Int(p)].suffix(candidatesPerWord) where checkedFor[other] != mark {
                            checkedFor[other] = mark
                            if dsu.same(l, other) { continue }
                            let o = claims[idx[other]]
                            let sameValue = valueID[other] == valueID[l]
                            if phase == 1 && !sameValue || phase == 2 && (sameValue || alsoGivesOther(l, other)) { continue }
                            // Different values in one source are taken to be different things.
                            if o.source == c.source && !sameValue { continue }
                            if claimClass[l] >= 0 && claimClass[l] == claimClass[other] { continue }
                            if contextLinked((contexts[l], contextTotals[l]), (contexts[other], contextTotals[other]), weight: weight,
                                             sameValue: sameValue || specific), joinable(l, other) { join(l, other) }
                        }
                    }
                    for w in contexts[l] {
                        if let p = postingOf.get(w) {
                            postings[Int(p)].append(l)
                        } else {
                            postingOf.set(w, Int32(postings.count))
                            postings.append([l])
                        }
                    }
                }
            }
        }

        var componentOf = Array(repeating: -1, count: idx.count)  // by root
        var components: [[Int]] = []
        for l in 0..<idx.count {
            let r = dsu.find(l)
            if componentOf[r] < 0 { componentOf[r] = components.count; components.append([]) }
            components[componentOf[r]].append(l)
        }
        return components.map { ls in
            let first = claims[idx[ls[0]]]
            let basis = ls.contains { bySentenceLink[$0] } ? "sentence" : "key"
            return ClaimGroup(kind: first.kind, key: keys[ls[0]], claims: ls.map { idx[$0] }, basis: basis)
        }
    }

    /// Context link test on sorted unique word hashes: the weight of the shared words over the
    /// weight of the smaller context, and a minimum number of shared words. Claims with different
    /// values need more (a conflict must be about the same thing); equal values need less.
    func contextLinked(_ a: (words: ArraySlice<UInt64>, total: Double), _ b: (words: ArraySlice<UInt64>, total: Double),
                       weight: (UInt64) -> Double, sameValue: Bool) -> Bool {
        var i = a.words.startIndex, j = b.words.startIndex, shared = 0
        var sharedWeight = 0.0
        let aw = a.words, bw = b.words
        while i < aw.endIndex && j < bw.endIndex {
            if aw[i] == bw[j] {
                shared += 1
                sharedWeight += weight(aw[i])
                i += 1; j += 1
            } else if aw[i] < bw[j] { i += 1 } else { j += 1 }
        }
        let wa = a.total, wb = b.total
        let fewest = min(aw.count, bw.count)
        let smaller = min(wa, wb)
        guard smaller > 0 else { return false }
        let fraction = sharedWeight / smaller
        if sameValue { return shared >= min(2, fewest) && fraction >= minSameValueFraction }
        return shared >= min(minSharedWords, fewest) && fraction >= minSharedFraction
    }

    /// Whether two values of one source may state one fact: overlapping quantity intervals (same unit),
    /// dates one of which contains the other, or equal values.
    static func sameFact(_ a: ClaimValue, _ b: ClaimValue) -> Bool {
        switch (a, b) {
        case let (.quantity(x), .quantity(y)):
            guard x.unit == y.unit else { return false }
            return (x.min ?? -Double.infinity) <= (y.max ?? Double.infinity) && (y.min ?? -Double.infinity) <= (x.max ?? Double.infinity)
        case let (.date(x), .date(y)): return x.isCompatible(with: y)
        default: return a == b
        }
    }

    static let stopHashes = HashSet64(StopWords.words.map { Token.hash(literal: $0) })

    /// Each claim's position among the claims of its source (in cluster order): how `AlignmentFeatures`
    /// numbers them.
    static func positionsInSource(_ claims: ClaimList) -> [Int] {
        var next: [Int] = []
        return claims.map { c in
            if c.source >= next.count { next += repeatElement(0, count: c.source + 1 - next.count) }
            defer { next[c.source] += 1 }
            return next[c.source]
        }
    }

    // MARK: quotations

    /// `names`: how often the cluster's name and official claims give each person's name.
    private func alignQuotes(_ idx: [Int], _ analyzed: AnalyzedCluster, names: [String: Int]) -> [ClaimGroup] {
        guard !idx.isEmpty else { return [] }
        // Each quotation's folded words, computed once for grouping and keys.
        let (distinct, slots) = QuoteWord.distinctChunks(ofEach: idx.map { i in
            if case .quote(let text, _) = analyzed.claims[i].value { return text }
            return ""
        })
        var speakers: [String?] = idx.map { i in
            if case .quote(_, let s) = analyzed.claims[i].value { return s }
            return nil
        }
        // One person's names across sources are one speaker ("Hale" in a story that never gives his first
        // name, "Tom Hale" in another), as for people's claims: a rewording is linked by its speaker. The
        // merge reads every name the cluster gives, not only the speakers': a lone "Hale" is not Tom Hale
        // when the cluster also names an Ann Hale who is not quoted.
        var counts = names
        for case let s? in speakers { counts[s, default: 0] += 1 }
        if counts.count > 1 {
            let merged = PersonKeyMerger().merge(counts)
            speakers = speakers.map { $0.map { merged[$0] ?? $0 } }
        }
        return QuoteAligner().groups(distinct: distinct, slots: slots, speakers: speakers).map { g in
            let members = g.map { idx[$0] }
            // Each distinct text of the group once (the key depends only on which word lists occur).
            var seen = Set<Int>()
            let memberChunks = g.compactMap { seen.insert(slots[$0]).inserted ? distinct[slots[$0]] : nil }
            return ClaimGroup(kind: analyzed.claims[members[0]].kind, key: Aligner.quoteKey(memberChunks),
                              claims: members, basis: "quote-overlap")
        }
    }

    /// A stable key for a quotation group: the first words of the longest version (ties: alphabetical).
    static func quoteKey(_ members: [Int], _ analyzed: AnalyzedCluster) -> String {
        quoteKey(members.compactMap { m in
            guard case .quote(let text, _) = analyzed.claims[m].value else { return nil }
            return QuoteWord.chunks(QuoteWord.words(of: text))
        })
    }

    /// `quoteKey` from the members' folded words.
    static func quoteKey(_ memberChunks: [[String]]) -> String {
        var best: [String] = []
        for chunks in memberChunks where chunks.count >= best.count {
            // Word by word is the order of the words joined by spaces: a space sorts before every
            // character a folded word holds, and composition never crosses it.
            if chunks.count > best.count || chunks.lexicographicallyPrecedes(best) { best = chunks }
        }
        return best.prefix(8).joined(separator: " ")
    }

    // MARK: people

    private func alignPeople(_ idx: [Int], _ analyzed: AnalyzedCluster) -> [ClaimGroup] {
        guard !idx.isEmpty else { return [] }
        // Names and kinds numbered by their bytes first: a large cluster repeats a few names thousands of
        // times, and each distinct (kind, name) is then looked up by its string once.
        var names = DistinctStrings(capacity: 64)
        var kinds = DistinctStrings(capacity: 4)
        var nameSlot: [Int] = []
        var kindSlot: [Int] = []
        nameSlot.reserveCapacity(idx.count)
        kindSlot.reserveCapacity(idx.count)
        var nameTexts: [String] = [], kindTexts: [String] = []
        var slotCounts: [Int] = []
        for i in idx {
            let c = analyzed.claims[i]
            let name = Aligner.personName(c)
            let (n, isNewName) = names.slot(name)
            if isNewName { nameTexts.append(name); slotCounts.append(0) }
            slotCounts[n] += 1
            nameSlot.append(n)
            let (k, isNewKind) = kinds.slot(c.kind)
            if isNewKind { kindTexts.append(c.kind) }
            kindSlot.append(k)
        }
        var counts: [String: Int] = [:]
        for (n, name) in nameTexts.enumerated() { counts[name, default: 0] += slotCounts[n] }
        let merged = PersonKeyMerger().merge(counts)
        // Group of each distinct (kind, name): one string key per pair, equal keys one group.
        var groupOfPair = HashMap64(capacity: nameTexts.count)
        var groupOfKey: [String: Int] = [:]
        var groupKeys: [String] = []
        var groupMembers: [[Int]] = []
        for (l, i) in idx.enumerated() {
            let pair = UInt64(kindSlot[l]) << 32 | UInt64(nameSlot[l])
            let gid: Int
            if let known = groupOfPair.get(pair) {
                gid = Int(known)
            } else {
                let key = kindTexts[kindSlot[l]] + "\u{1F}" + merged[nameTexts[nameSlot[l]]]!
                if let existing = groupOfKey[key] {
                    gid = existing
                } else {
                    gid = groupKeys.count
                    groupOfKey[key] = gid
                    groupKeys.append(key)
                    groupMembers.append([])
                }
                groupOfPair.set(pair, Int32(gid))
            }
            groupMembers[gid].append(i)
        }
        let groups = Dictionary(uniqueKeysWithValues: groupKeys.enumerated().map { ($1, groupMembers[$0]) })
        return groups.keys.sorted().map { k in
            let members = groups[k]!
            let key = String(k.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)[1])
            return ClaimGroup(kind: analyzed.claims[members[0]].kind, key: key, claims: members, basis: "person")
        }
    }

    static func personName(_ c: Claim) -> String {
        switch c.value {
        case .name(let n): return n
        case .official(let name, _): return name
        default: return c.key
        }
    }
}
