/// Finds person names in one source without a statistical model.
///
/// 1. Title phrases are marked from the `title` lexicon (longest match).
/// 2. Capitalized sequences ("runs") are built from name parts: capitalized words, hyphenated
///    names ("Jong-un", "Leif-Eric"; not "Seoul-based"), initials ("F."), and lower-case particles
///    between them ("van", "bin", "al-"). Titles, honorifics, function words, all-caps words,
///    agencies and punctuation end a run; runs never cross sentences.
/// 3. A run holding an organisation word ("Council", "Square", "Agency") names a thing, not a person.
///    Leading places and nationalities ("Russian", "North", "U.S.") and a sentence-initial ordinary
///    word ("Accompanying", or any word the source also writes in lower case) are dropped.
/// 4. Pass A collects full names (2–3 parts, or 4 after a title or honorific) outside headlines and
///    not after "the". Pass B turns every run into a mention: the longest known full name inside it;
///    else a single part resolved by surname (or Korean-style family name) to the most-mentioned full
///    name of the source; else a single part accepted on context (honorific, title, "said X", "X, 54,").
/// 5. Before pass A: a run right after a vessel noun or prefix ("the ferry Maren Star", "MV Maren Star";
///    the `vessel` and `vessel-prefix` lexicons) names a vessel, and so does every run that pass A would
///    take for a full name spelling the same name ("Maren Star was built in 1987"): none is a full name
///    or a mention, unless the source also gives that name (of two parts or more) a person's context
///    (honorific, title, "said X", "X said", "X, 54,"), which makes them all persons again ("the boat
///    Ana Kolar owned ... Ana Kolar, 52, said"). A bare "The Maren Star" is no mention since no full
///    name of that spelling is known.
struct PeopleScanner: Sendable {
    var vocabulary: PeopleVocabulary

    init(vocabulary: PeopleVocabulary) {
        self.vocabulary = vocabulary
    }

    fileprivate enum PartKind { case name, place, org, initial }

    /// The scan's own working arrays, kept from source to source (an `ExtractionScratch` holds one per
    /// thread): each scan empties them, keeping their room, instead of allocating and freeing a dozen
    /// arrays per source. Not `Sendable`: one scan at a time uses it.
    final class Scratch {
        /// All the arrays in one value, behind a pointer of its own allocated once: a scan swaps each
        /// array out and back in place (no access to the class per array, and no room made and
        /// destroyed per scan).
        fileprivate let room: UnsafeMutablePointer<Room> = {
            let p = UnsafeMutablePointer<Room>.allocate(capacity: 1)
            p.initialize(to: Room())
            return p
        }()
        /// The displays and keys of the spellings of earlier scans (kept, not emptied; out of the room:
        /// a scan without a run does not touch it). Behind a pointer of its own, allocated once: a scan
        /// works on it in place (no swap, no empty cache made and destroyed per source).
        fileprivate let nameCache: UnsafeMutablePointer<NameCache> = {
            let p = UnsafeMutablePointer<NameCache>.allocate(capacity: 1)
            p.initialize(to: NameCache())
            return p
        }()
        /// The folded letters of the non-ASCII name tokens of earlier scans (`PersonName.partKey` goes
        /// through Foundation for some: ~20,000 instructions a token), kept like `nameCache`.
        fileprivate let foldCache: UnsafeMutablePointer<FoldCache> = {
            let p = UnsafeMutablePointer<FoldCache>.allocate(capacity: 1)
            p.initialize(to: FoldCache())
            return p
        }()
        /// What the last scan set in the room's marks and lower-case table (behind a pointer of its own,
        /// as the room).
        fileprivate let marked: UnsafeMutablePointer<Marked> = {
            let p = UnsafeMutablePointer<Marked>.allocate(capacity: 1)
            p.initialize(to: Marked())
            return p
        }()
        /// The first pass's word filters (`WordFilters`) of the vocabulary of the last scan, one byte per
        /// filter bit in one allocation made once (no array to retain per scan), with that vocabulary
        /// (held: its tables cannot be freed and others made at their address).
        fileprivate let filterBits: UnsafeMutablePointer<UInt8> = {
            let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * WordFilters.count)
            p.initialize(repeating: 0, count: 2 * WordFilters.count)
            return p
        }()
        fileprivate var filtersVocabulary: PeopleVocabulary?
        /// The identity of `filtersVocabulary`'s tables (compared without a retain).
        fileprivate var filtersTables: ObjectIdentifier?
        init() {}

        /// Swaps the list of the last scan's quote words (the words the quote word filter,
        /// `PeopleVocabulary.quoteWordFilter`, lets through, in text order: the first ones, as many as
        /// returned) with `words`, which the next scan refills in place (its content need not be kept):
        /// `PeopleAnalysis` holds the list for the quote recognizer.
        func exchangeQuoteWords(_ words: inout [Int32]) -> Int {
            swap(&words, &room.pointee.quoteWords)
            return marked.pointee.quoteWordCount
        }
        deinit {
            room.deinitialize(count: 1)
            room.deallocate()
            marked.deinitialize(count: 1)
            marked.deallocate()
            nameCache.deinitialize(count: 1)
            nameCache.deallocate()
            foldCache.deinitialize(count: 1)
            foldCache.deallocate()
            filterBits.deallocate()
        }
    }

    /// What one scan set that the next has to empty (a `Scratch` keeps it).
    fileprivate struct Marked {
        /// The count of run starts the last scan listed in the room's `starts`, and the first and last
        /// token of each title phrase it marked (pairs, the first `titleMarkCount`): the only marks the
        /// next scan has to empty.
        var startCount = 0
        var titleMarks: [Int32] = []
        var titleMarkCount = 0
        /// The tokens where the room's title index holds a phrase (the first `titleIndexSetCount`), as
        /// the last scan that wrote the index set them (a scan without a title phrase leaves the index,
        /// and this list, as they were): every other entry is -1, so the next scan to write the index
        /// resets these, not the whole index (a `memset` of four bytes a token, ~1 instruction a byte
        /// under the profiler for a long text).
        var titleIndexSet: [Int32] = []
        var titleIndexSetCount = 0
        /// The count of quote words the last scan listed in the room's `quoteWords`.
        var quoteWordCount = 0

        mutating func title(_ first: Int, _ last: Int) {
            if titleMarkCount + 2 > titleMarks.count { titleMarks.append(0); titleMarks.append(0) }
            titleMarks[titleMarkCount] = Int32(truncatingIfNeeded: first)
            titleMarks[titleMarkCount + 1] = Int32(truncatingIfNeeded: last)
            titleMarkCount += 2
        }

        @inline(__always)
        mutating func titleIndexed(_ t: Int) {
            if titleIndexSetCount == titleIndexSet.count { titleIndexSet.append(0) }
            titleIndexSet[titleIndexSetCount] = Int32(truncatingIfNeeded: t)
            titleIndexSetCount += 1
        }
    }

    /// The arrays a `Scratch` keeps.
    fileprivate struct Room {
        var marks: [UInt8] = []
        var starts: [Int32] = []
        /// The first pass's lower-case words and the words asked about them (`LowerWords`), and the
        /// table of the latter: written before read (the lists only lengthened, never cleared).
        var lowerWords: [UInt64] = []
        var lowerQueries: [UInt64] = []
        var queryKeys: [UInt64] = []
        var queryStates: [UInt8] = []
        var headline: [Bool] = []
        /// The lists of the last scan's result (shared with it: once that scan is released, the next
        /// scan refills them in place instead of allocating its own).
        var titleIndex: [Int32] = []
        var titles: [PeopleVocabulary.Title] = []
        var organisations: [Range<Int>] = []
        var mentions: [PersonMention] = []
        var forms: [Int32] = []
        /// The quote words (`exchangeQuoteWords`): at least as long as the token count, only lengthened
        /// (written before read).
        var quoteWords: [Int32] = []
        var runs: [Run] = []
        var store: [Part] = []
        var known: [Known] = []
        var lookupSlots: [Lookups.Slot] = []
        var spellings: [(start: Int, end: Int, name: Int32)] = []
        var singles: [(name: String, key: String)] = []
    }

    fileprivate struct Part {
        var tokens: Range<Int>
        var kind: PartKind
    }

    fileprivate struct Run {
        var range: Range<Int>
        /// The run's parts: indices into the scan's part store (no array per run).
        var parts: Range<Int>
        var honorific: Range<Int>?
        var titled: Bool
        var afterThe: Bool
        var headline: Bool
        var saidBefore: Bool
        var ageAfter: Bool
        /// Right after a vessel noun or prefix (`evaluate`); after the vessel pass and pass A, whether
        /// the run names a vessel (no full name, no mention).
        var vessel: Bool
        /// The full name all the run's parts spell (its index among the full names, set by pass A), or
        /// -1: pass B then knows the longest known name inside the run without looking.
        var known: Int32 = -1
        /// The spelling id of the run's whole text when pass A displayed it (the run made its full
        /// name), or -1: pass B takes it instead of hashing the bytes again.
        var spelling: Int32 = -1
    }

    fileprivate struct Known {
        var canonical: String
        /// `PersonName.key(canonical)`.
        var key: String
        var first: Int
        var count: Int
        var firstKey: UInt64
        var lastKey: UInt64
        /// The previous full name with the same last / first part, or -1 (the chains of `byLast` /
        /// `byFirst`, kept here: no arrays of their own).
        var nextByLast: Int32
        var nextByFirst: Int32
    }

    /// Bits of the scan's per-token marks: the token lies inside a title phrase; a title phrase ends
    /// just before it; it is a capitalized word outside title phrases (a run may start there).
    private static let inTitle: UInt8 = 1, endsTitle: UInt8 = 2, runStart: UInt8 = 4

    private static let theHash = Token.hash(literal: "the")
    private static let dotHash = Token.hash(literal: ".")
    private static let commaHash = Token.hash(literal: ",")
    private static let possessiveHash = Token.hash(literal: "'s")
    private static let toHash = Token.hash(literal: "to")
    private static let portfolioHeads = ["minister", "secretary", "commissioner"]
    private static let ofOrFor: HashSet64 = [Token.hash(literal: "of"), Token.hash(literal: "for")]
    private static let placeAbbreviations: HashSet64 = HashSet64(["us", "uk", "un", "eu", "usa", "uae", "ussr", "prc", "rok"].map { Token.hash(literal: $0) })
    private static let invertedVerbs: HashSet64 = HashSet64(["said", "says", "wrote", "writes", "added", "adds", "explained", "noted", "argued", "warned", "continued"].map { Token.hash(literal: $0) })

    func scan(_ text: SegmentedText) -> PeopleScan {
        scan(text, scratch: Scratch())
    }

    /// `scan`, its working arrays taken from `scratch` and given back to it (the result is the same).
    func scan(_ text: SegmentedText, scratch: Scratch) -> PeopleScan {
        // The scratch's arrays, moved out for the scan (each the only reference: filled in place) and
        // moved back, emptied, when it returns: each array swapped out of the scratch's room and back
        // (moves, no copies).
        let room = scratch.room
        var marks: [UInt8] = [], starts: [Int32] = [], lowerWords: [UInt64] = [], runs: [Run] = [], store: [Part] = []
        var lowerQueries: [UInt64] = [], queryKeys: [UInt64] = [], queryStates: [UInt8] = []
        let marked = scratch.marked
        swap(&lowerQueries, &room.pointee.lowerQueries); swap(&queryKeys, &room.pointee.queryKeys); swap(&queryStates, &room.pointee.queryStates)
        var known: [Known] = [], singles: [(name: String, key: String)] = [], headline: [Bool] = [], quoteWords: [Int32] = []
        swap(&quoteWords, &room.pointee.quoteWords)
        swap(&marks, &room.pointee.marks); swap(&starts, &room.pointee.starts); swap(&lowerWords, &room.pointee.lowerWords); swap(&runs, &room.pointee.runs); swap(&store, &room.pointee.store)
        swap(&known, &room.pointee.known); swap(&singles, &room.pointee.singles); swap(&headline, &room.pointee.headline)
        // The result's lists: taken from the scratch, emptied (in place when the last result is gone),
        // and handed back shared with the result. The title index is taken at the first title phrase.
        var titleRoom: [Int32] = [], titles: [PeopleVocabulary.Title] = [], organisations: [Range<Int>] = []
        var mentionList: [PersonMention] = [], formList: [Int32] = []
        swap(&titleRoom, &room.pointee.titleIndex); swap(&titles, &room.pointee.titles); swap(&organisations, &room.pointee.organisations)
        swap(&mentionList, &room.pointee.mentions); swap(&formList, &room.pointee.forms)
        if !titles.isEmpty { titles.removeAll(keepingCapacity: true) }
        if !organisations.isEmpty { organisations.removeAll(keepingCapacity: true) }
        if !mentionList.isEmpty { mentionList.removeAll(keepingCapacity: true) }
        if !formList.isEmpty { formList.removeAll(keepingCapacity: true) }
        var titleIndex: [Int32] = []
        // (Emptied here, not only on return, and the marks and the lower-case table are handed back as
        // they are: the next scan empties only what this one set in them (`Marked`), or the whole of a
        // small one. The table is also held by `lowerSeen` until the scan ends; the next scan is its only
        // holder.)
        // (Each only when not empty: emptying an empty array still costs a generic call.)
        if !runs.isEmpty { runs.removeAll(keepingCapacity: true) }
        if !known.isEmpty { known.removeAll(keepingCapacity: true) }
        if !singles.isEmpty { singles.removeAll(keepingCapacity: true) }
        var lookups = Lookups(reusing: &room.pointee.lookupSlots)
        var surfaces = Surfaces(reusing: &room.pointee.spellings)
        defer {
            // (The working name lists' strings are released now, not kept until the next source; the
            // result's lists (mentions, forms, ...) stay shared with the result and are emptied by the next scan.)
            if !known.isEmpty { known.removeAll(keepingCapacity: true) }
            if !singles.isEmpty { singles.removeAll(keepingCapacity: true) }
            swap(&marks, &room.pointee.marks); swap(&starts, &room.pointee.starts); swap(&lowerWords, &room.pointee.lowerWords); swap(&runs, &room.pointee.runs); swap(&store, &room.pointee.store)
            swap(&lowerQueries, &room.pointee.lowerQueries); swap(&queryKeys, &room.pointee.queryKeys); swap(&queryStates, &room.pointee.queryStates)
            swap(&quoteWords, &room.pointee.quoteWords)
            swap(&known, &room.pointee.known); swap(&singles, &room.pointee.singles); swap(&headline, &room.pointee.headline)
            room.pointee.lookupSlots = lookups.emptied()
            room.pointee.spellings = surfaces.emptied()
            if titleIndex.isEmpty { swap(&titleRoom, &room.pointee.titleIndex) } else { swap(&titleIndex, &room.pointee.titleIndex) }
            swap(&titles, &room.pointee.titles); swap(&organisations, &room.pointee.organisations)
            swap(&mentionList, &room.pointee.mentions); swap(&formList, &room.pointee.forms)
        }
        // Locals for the per-token loops: the vocabulary is not copied per call, the static is read once.
        let vocabulary = self.vocabulary
        let possessiveHash = Self.possessiveHash
        let tokens = text.tokens
        let n = tokens.count
        // 1. One pass over the tokens: title phrases, the words the source writes in lower case, and
        // the word counts that make a sentence a headline (title case or all caps).
        // (`titleIndex` is made at the first title phrase, in the scratch's room: a source without one
        // has none.)
        // Per token and one past the end, in one array: `inTitle`, `endsTitle` and `runStart` bits.
        // (Only the marks the last scan set are emptied, then the array is resized: the rest are still
        // zero; no `memset` of the whole array.)
        // (An array of at most 2 KB is cheaper to overwrite whole: `memset` stores 32 bytes at a time
        // up to there, and one byte at a time, as callgrind counts it, beyond.)
        let previousStarts = marked.pointee.startCount, titleMarkCount = marked.pointee.titleMarkCount
        Self.refill(&marks, count: n + 1, zero: 0, whole: 2048, anySet: previousStarts > 0 || titleMarkCount > 0) { mk in
            starts.withUnsafeBufferPointer { st in
                for k in 0..<previousStarts { mk[Int(st[k])] = 0 }
            }
            marked.pointee.titleMarks.withUnsafeBufferPointer { tm in
                var k = 0
                while k < titleMarkCount {
                    for t in Int(tm[k])...Int(tm[k + 1]) { mk[t] = 0 }
                    k += 2
                }
            }
        }
        marked.pointee.startCount = 0
        marked.pointee.titleMarkCount = 0
        let sentences = text.sentences
        // Per sentence: a headline (set in the first pass; the scratch's array, overwritten in place).
        Self.reset(&headline, count: sentences.count, to: false)
        // The counts are made in this pass when the sentences cover every token once, in order (the
        // segmenter's always do); otherwise sentence by sentence after it.
        var tiled = true
        var covered = 0
        for s in sentences {
            if s.tokens.lowerBound != covered { tiled = false; break }
            covered = s.tokens.upperBound
        }
        if covered != n { tiled = false }

        /// Whether sentence `si` is a headline, from the counts of its words (title case: mostly
        /// capitals, and the lower-case words all function words, looked up only for a sentence with
        /// enough capitals: most have too few). (It reads only constants: no variable is captured.)
        func isHeadline(_ si: Int, words: Int, caps: Int, allCaps: Int) -> Bool {
            var titleCase = false
            if words >= 4 && caps * 2 >= words && caps >= 3 {
                titleCase = true
                for t in sentences[si].tokens {
                    let tok = tokens[t]
                    guard tok.kind == .word, tok.hash != possessiveHash else { continue }
                    if t > 0, tokens[t - 1].kind == .dash, !tok.flags.contains(.spaceBefore) { continue }
                    if !tok.flags.contains(.capitalized) && !vocabulary.stopCaps.contains(tok.hash) { titleCase = false; break }
                }
            }
            return words >= 4 && (titleCase || allCaps * 2 >= words)
        }

        // The lower-case words and the words that may be asked about (`LowerWords`), at most one of
        // either per token; and the tokens marked `runStart`, in order (the first pass writes them, the
        // runs loop reads them). Written before read: only lengthened, never cleared.
        // (Room for one at least: each has a base address.)
        if lowerWords.count < max(n, 1) { lowerWords.append(contentsOf: repeatElement(0, count: max(n, 1) - lowerWords.count)) }
        if lowerQueries.count < max(n, 1) { lowerQueries.append(contentsOf: repeatElement(0, count: max(n, 1) - lowerQueries.count)) }
        if starts.count < n { starts.append(contentsOf: repeatElement(0, count: n - starts.count)) }
        // (Room in `quoteWords` for every token, and one at least: it has a base address.)
        if quoteWords.count < max(n, 1) { quoteWords.append(contentsOf: repeatElement(0, count: max(n, 1) - quoteWords.count)) }
        let inTitle = Self.inTitle, endsTitle = Self.endsTitle
        // (The filters are read from the scratch's copy: no filter's storage is read per scan.)
        if scratch.filtersTables != vocabulary.tablesIdentity {
            WordFilters.fill(scratch.filterBits, title: vocabulary.titleFilter, quote: vocabulary.quoteWordFilter, possessive: possessiveHash,
                             titleFirst: vocabulary.titles.keys)
            scratch.filtersVocabulary = vocabulary
            scratch.filtersTables = vocabulary.tablesIdentity
        }
        let filter = WordFilters(bytes: scratch.filterBits)
        // (The loop's state lives in the closures, not captured from outside: no access checks per
        // sentence; titles are rare.)
        let counted: WordCounts = lowerWords.withUnsafeMutableBufferPointer { lw in
            lowerQueries.withUnsafeMutableBufferPointer { lq in
            let lower = LowerLists(words: lw.baseAddress!, queries: lq.baseAddress!)
            return starts.withUnsafeMutableBufferPointer { st in
            marks.withUnsafeMutableBufferPointer { mk in
            quoteWords.withUnsafeMutableBufferPointer { qw in
                tokens.withUnsafeBufferPointer { tk in
                    let quotes = qw.baseAddress!
                    var counts = WordCounts()
                    // The next token a title may start at (none inside a title).
                    var titleFrom = 0
                    for si in 0..<(tiled ? sentences.count : 1) {
                        let range = tiled ? sentences[si].tokens : 0..<n
                        counts.words = 0; counts.caps = 0; counts.allCaps = 0
                        // The common words in `wordPass`, which stops at each word that may start a
                        // title phrase; the phrase is looked up here, then the pass goes on from
                        // that word (its title check done).
                        var i = range.lowerBound
                        // (The words before `titleFrom`: those of a phrase begun in the sentence before.)
                        if titleFrom > i {
                            let e = min(titleFrom, range.upperBound)
                            Self.wordsInside(tk, i, e, filter: filter, marks: mk, lower: lower, starts: st, quotes: quotes,
                                             possessive: possessiveHash, &counts)
                            i = e
                        }
                        // The word whose title check is done (no phrase there): the pass goes on from it
                        // without stopping there again; -1 for none.
                        var checked = -1
                        while true {
                            i = Self.wordPass(tk, i, range.upperBound, checked: checked, filter: filter, marks: mk,
                                              lower: lower, starts: st, quotes: quotes, possessive: possessiveHash, &counts)
                            guard i < range.upperBound else { break }
                            guard let t = titlePhrase(at: i, text) else {
                                // No phrase: the word is the pass's own (it is outside every phrase).
                                checked = i
                                continue
                            }
                            checked = -1
                            titleFrom = i + t.length
                            if titleIndex.isEmpty {
                                swap(&titleIndex, &titleRoom)
                                // (Only the entries the last scan to write it set are reset, unless it
                                // is small: see `Marked.titleIndexSet`.)
                                let previous = marked.pointee.titleIndexSetCount
                                Self.refill(&titleIndex, count: n, zero: -1, whole: 512, anySet: previous > 0) { ti in
                                    marked.pointee.titleIndexSet.withUnsafeBufferPointer { set in
                                        for k in 0..<previous { ti[Int(set[k])] = -1 }
                                    }
                                }
                                marked.pointee.titleIndexSetCount = 0
                                titles.reserveCapacity(8)
                            }
                            titleIndex[i] = Int32(titles.count)
                            marked.pointee.titleIndexed(i)
                            titles.append(t)
                            for k in i..<titleFrom { mk[k] |= inTitle }
                            mk[titleFrom] |= endsTitle
                            marked.pointee.title(i, titleFrom)
                            // The phrase's words (in this sentence), their title check done.
                            let e = min(max(titleFrom, i + 1), range.upperBound)
                            Self.wordsInside(tk, i, e, filter: filter, marks: mk, lower: lower, starts: st, quotes: quotes,
                                             possessive: possessiveHash, &counts)
                            i = e
                        }
                        if tiled { headline[si] = isHeadline(si, words: counts.words, caps: counts.caps, allCaps: counts.allCaps) }
                    }
                    return counts
                }
            }
            }
            }
            }
        }
        let startCount = counted.starts
        marked.pointee.startCount = startCount
        let lowerSeen = LowerWords(words: lowerWords, count: counted.lowerWords, queries: lowerQueries, queryCount: counted.lowerQueries,
                                   keys: &queryKeys, states: &queryStates)
        marked.pointee.quoteWordCount = counted.quoteWords
        if !tiled {
            for (si, s) in sentences.enumerated() {
                var words = 0, caps = 0, allCaps = 0
                for t in s.tokens {
                    let tok = tokens[t]
                    guard tok.kind == .word else { continue }
                    if t > 0, tokens[t - 1].kind == .dash, !tok.flags.contains(.spaceBefore) { continue }
                    guard tok.hash != possessiveHash else { continue }
                    words += 1
                    if tok.flags.contains(.capitalized) { caps += 1 }
                    if tok.flags.contains(.allCaps) { allCaps += 1 }
                }
                headline[si] = isHeadline(si, words: words, caps: caps, allCaps: allCaps)
            }
        }

        // 2. Runs. The parts of every run are kept in one store, in text order: its first `used`
        // entries, written in place. (The store is the scratch's, only lengthened, written before read:
        // a part covers a token at least, and the parts kept and those of the run being built cover
        // distinct tokens, so there are never more than the token count; a run dropped gives its
        // entries back by lowering the count. No append, and no uniqueness check, per part.)
        // (Room for a typical source's runs without regrowth: about one run starts per 10 tokens.)
        runs.reserveCapacity(n / 8)
        if store.count < max(n, 1) { store.append(contentsOf: repeatElement(Part(tokens: 0..<0, kind: .name), count: max(n, 1) - store.count)) }
        // The sentence of the token the runs have reached (runs come in text order): the last one
        // holding it, or 0 for a token outside every sentence.
        var sentence = 0
        // The count of runs right after a vessel noun or prefix (none: no vessel pass).
        var vesselRuns = 0
        // (The tables the loop reads, taken out of the vocabulary and the statics once per scan.)
        let rt = RunTables(vocabulary)
        // (The tokens, the marks and the text's bytes held once for the whole loop.)
        tokens.withUnsafeBufferPointer { tk in
        marks.withUnsafeBufferPointer { mk in
        text.text.withUnsafeBufferPointer { bytes in
        starts.withUnsafeBufferPointer { st in
        store.withUnsafeMutableBufferPointer { sp in
        var used = 0
        /// Appends `q` to the store.
        @inline(__always)
        func add(_ q: Part) {
            precondition(used < sp.count)
            sp[used] = q
            used &+= 1
        }
        // The next token a run may start at, and the next of the first pass's run starts to try.
        var i = 0
        var next = 0
        while next < startCount {
            // (Only at the tokens the first pass marked `runStart`: the first test of `part(at:)`.)
            let c = Int(st[next])
            next += 1
            guard c >= i else { continue }
            i = c
            guard var p = Self.part(at: i, tk, mk, rt, lowerSeen) else { i += 1; continue }
            let first = used
            add(p)
            var j = p.tokens.upperBound
            while j < n {
                let tj = tk[j]
                if mk[j] & Self.runStart != 0, !tj.flags.contains(.sentenceStart),
                   let q = Self.part(at: j, tk, mk, rt, lowerSeen) {
                    add(q); p = q; j = q.tokens.upperBound; continue
                }
                // A lower-case particle inside a name: "Ursula von der Leyen", "Bashar al-Assad".
                // (The particle filter first: the word after most runs is an ordinary lower-case word.)
                if tj.kind == .word, !tj.flags.contains(.capitalized), PeopleVocabulary.mayBeParticle(tj.hash, rt.particleBits),
                   rt.vocabulary.particles.contains(tj.hash) {
                    var k = j
                    while k < n, tk[k].kind == .word, rt.vocabulary.particles.contains(tk[k].hash),
                          !tk[k].flags.contains(.capitalized) { k += 1 }
                    if k + 1 < n, tk[k].kind == .dash, !tk[k].flags.contains(.spaceBefore),
                       !tk[k + 1].flags.contains(.spaceBefore), var q = Self.part(at: k + 1, tk, mk, rt, lowerSeen), q.kind == .name {
                        q.tokens = j..<q.tokens.upperBound
                        add(q); j = q.tokens.upperBound; continue
                    }
                    if k < n, tk[k].flags.contains(.spaceBefore), var q = Self.part(at: k, tk, mk, rt, lowerSeen), q.kind == .name {
                        q.tokens = j..<q.tokens.upperBound
                        add(q); j = q.tokens.upperBound; continue
                    }
                }
                break
            }
            let range = sp[first].tokens.lowerBound..<j
            i = j
            var initials = 0, names = 0, isOrganisation = false
            // The run's parts: `first..<last` of the store (its count read once).
            let last = used
            for k in first..<last {
                switch sp[k].kind {
                case .org: isOrganisation = true
                case .initial: initials += 1
                case .name: names += 1
                case .place: break
                }
            }
            if isOrganisation {
                // (Room for the source's organisations at the first one, not one regrowth after another;
                // a source without any allocates none.)
                if organisations.isEmpty { organisations.reserveCapacity(max(8, n / 64)) }
                organisations.append(range)
                used = first
                continue
            }
            // A run without a name part ("Velm", "North Korea", "U.S.") is no person: `evaluate` would
            // find no name to keep (trimming and marking initials as places make none).
            if names == 0 {
                used = first
                continue
            }
            // Rank and office words right before a title are the title's ("said Deputy Governor Petra Sand",
            // "said Assistant Chief Fire Officer Danica Orme"), no person: the official recognizer reads them
            // into the title ("deputy governor").
            if j < n, mk[j] & Self.inTitle != 0,
               range.allSatisfy({ tk[$0].kind == .word && rt.vocabulary.titleModifiers.contains(tk[$0].hash) }) {
                used = first
                continue
            }
            // (Only a run with two initials or more can spell a place: most runs are not written to.)
            if initials >= 2 { markPlaceInitials(sp, first..<last, text) }
            let at = range.lowerBound
            while sentence < sentences.count, sentences[sentence].tokens.upperBound <= at { sentence += 1 }
            // (Tiled sentences: the one reached holds the token, and no later one does.)
            let si = tiled ? sentence
                : sentence < sentences.count && sentences[sentence].tokens.contains(at) ? Self.lastSentence(holding: at, from: sentence, sentences) : 0
            if let run = Self.evaluate(UnsafeBufferPointer(sp), first..<last, range: range, tk, mk, bytes, rt, lowerSeen, headline: headline[si]) {
                if run.vessel { vesselRuns += 1 }
                runs.append(run)
            } else {
                used = first
            }
        }
        }
        }
        }
        }
        }

        // (No run: no mention, and none of the tables of passes A and B.)
        if runs.isEmpty {
            return PeopleScan(mentions: mentionList, titleIndex: titleIndex, titles: titles, organisations: organisations,
                              forms: formList, formCount: 0)
        }

        // 3. Pass A: full names, keyed by the hash of their folded letters (= `PersonName.key`).
        // `known` holds the full names; `knownIndex` maps a name's hash to its index there, and
        // `byLast` / `byFirst` map a part hash to the latest name with that last / first part, the
        // earlier ones chained through their `nextByLast` / `nextByFirst` (-1 ends a chain).
        // (All the lookups of passes A and B in one table, sized once: about one entry of each kind per run.)
        lookups.prepare(capacity: 2 * runs.count + 8)
        surfaces.reserve(capacity: runs.count)
        // (The scratch's name cache, worked on in place through its pointer.)
        let nameCache = scratch.nameCache
        nameCache.pointee.use(vocabulary)
        // (At most one full name per run: no regrowth.)
        known.reserveCapacity(runs.count)
        let vessels = vesselRuns > 0 && Self.markVessels(&runs, store, text, vocabulary.speechVerbs, scratch.foldCache, &lookups)
        Self.withFold(text, scratch.foldCache) { fb in
            for ri in runs.indices {
                let r = runs[ri]
                guard !r.headline && !r.afterThe && !r.vessel else { continue }
                let maxParts = (r.titled || r.honorific != nil) ? 4 : 3
                guard (2...maxParts).contains(r.parts.count) else { continue }
                var key = Self.fnvBasis
                for p in r.parts { Self.foldHash(fb, store[p].tokens, &key) }
                guard key != Self.fnvBasis else { continue }
                // (A run spelling a vessel's name is a vessel too: no full name, no mention in pass B.)
                if vessels && lookups.get(key, .vessel) == 1 { runs[ri].vessel = true; continue }
                if let k = lookups.get(key, .known) { known[Int(k)].count += 1; runs[ri].known = k; continue }
                let firstPart = store[r.parts.lowerBound], lastPart = store[r.parts.upperBound - 1]
                let range = firstPart.tokens.lowerBound..<lastPart.tokens.upperBound
                let firstKey = Self.partHash(fb, firstPart)
                let lastKey = Self.partHash(fb, lastPart)
                let shown = surfaces.displayed(range, fb, vocabulary, &nameCache.pointee, &lookups)
                let index = Int32(known.count)
                known.append(Known(canonical: shown.display, key: surfaces.key(shown.id, &nameCache.pointee), first: range.lowerBound, count: 1,
                                   firstKey: firstKey, lastKey: lastKey, nextByLast: lookups.get(lastKey, .byLast) ?? -1,
                                   nextByFirst: lookups.get(firstKey, .byFirst) ?? -1))
                lookups.set(key, .known, index)
                runs[ri].known = index
                runs[ri].spelling = Int32(shown.id)
                lookups.set(lastKey, .byLast, index)
                lookups.set(firstKey, .byFirst, index)
            }
        }
        // 4. Pass B: mentions. Each distinct (person, spelling, resolved) is one form: the person
        // recognizer makes the attributes of a form once.
        var out = Mentions(personsKnown: known.count)
        // (The scratch's lists moved in, not copied: appended to in place.)
        swap(&out.mentions, &mentionList)
        swap(&out.forms, &formList)
        out.mentions.reserveCapacity(runs.count)
        out.forms.reserveCapacity(runs.count)
        // Single names accepted on context: (display, key), by part hash (`.single` lookups).
        // (Read once: the full names are not added to in pass B.)
        let anyKnown = !known.isEmpty
        Self.withFold(text, scratch.foldCache) { fb in
            for r in runs {
                // (A vessel's name: no mention, and no surname to resolve.)
                if r.vessel { continue }
                let ps = r.parts.lowerBound
                // The longest known full name inside the run.
                var best: (Range<Int>, Int)?
                // (A run that spells a full name of pass A: that name, all its parts, is the longest.)
                if r.known >= 0 {
                    best = (store[ps].tokens.lowerBound..<store[r.parts.upperBound - 1].tokens.upperBound, Int(r.known))
                } else if r.parts.count >= 2 && anyKnown {
                    // (No full name known: no span can be one, and no part resolves; nothing to hash.)
                    var longest = 0
                    for s in 0..<(r.parts.count - 1) {
                        var h = Self.fnvBasis
                        Self.foldHash(fb, store[ps + s].tokens, &h)
                        for e in (s + 1)..<r.parts.count {
                            Self.foldHash(fb, store[ps + e].tokens, &h)
                            let len = e - s + 1
                            if len > longest, let k = lookups.get(h, .known) {
                                longest = len
                                best = (store[ps + s].tokens.lowerBound..<store[ps + e].tokens.upperBound, Int(k))
                            }
                        }
                    }
                }
                if let (range, ki) = best {
                    let honorific = range.lowerBound == store[ps].tokens.lowerBound ? r.honorific : nil
                    // (The run that made its full name: pass A displayed the same range.)
                    let surface = r.spelling >= 0 ? surfaces.shown(Int(r.spelling), nameCache.pointee)
                        : surfaces.displayed(range, fb, vocabulary, &nameCache.pointee, &lookups)
                    out.append(PersonMention(tokens: range, honorific: honorific, canonical: known[ki].canonical, key: known[ki].key,
                                             surface: surface.display, resolved: false), person: ki, spelling: surface.id, &lookups)
                    continue
                }
                // A single part: resolve by surname, else accept on context. (Several unknown parts in a
                // headline or after "the" are not a person.)
                guard r.parts.count == 1 else {
                    // A title-case headline ("Berglund Gets Warm Welcome"): parts that are known surnames.
                    if r.headline && anyKnown {
                        for p in store[r.parts] where p.kind == .name {
                            if let k = Self.resolve(Self.partHash(fb, p), lookups, known) {
                                let surface = surfaces.displayed(p.tokens, fb, vocabulary, &nameCache.pointee, &lookups)
                                out.append(PersonMention(tokens: p.tokens, honorific: nil, canonical: known[k].canonical, key: known[k].key,
                                                         surface: surface.display, resolved: true), person: k, spelling: surface.id, &lookups)
                            }
                        }
                    }
                    continue
                }
                let part = store[ps]
                // (Without a full name, a single name or the context to accept one, the part is no
                // mention: its hash, which only those lookups use, is not made.)
                if !anyKnown && singles.isEmpty && !Self.acceptsSingle(r, part) { continue }
                let key = Self.partHash(fb, part)
                if let k = Self.resolve(key, lookups, known) {
                    let surface = surfaces.displayed(part.tokens, fb, vocabulary, &nameCache.pointee, &lookups)
                    out.append(PersonMention(tokens: part.tokens, honorific: r.honorific, canonical: known[k].canonical, key: known[k].key,
                                             surface: surface.display, resolved: true), person: k, spelling: surface.id, &lookups)
                } else if let si = lookups.get(key, .single) {
                    let single = singles[Int(si)]
                    let surface = surfaces.displayed(part.tokens, fb, vocabulary, &nameCache.pointee, &lookups)
                    out.append(PersonMention(tokens: part.tokens, honorific: r.honorific, canonical: single.name, key: single.key,
                                             surface: surface.display, resolved: false), person: known.count + Int(si), spelling: surface.id, &lookups)
                } else if Self.acceptsSingle(r, part) {
                    let surface = surfaces.displayed(part.tokens, fb, vocabulary, &nameCache.pointee, &lookups)
                    let single = (name: surface.display, key: surfaces.key(surface.id, &nameCache.pointee))
                    let si = singles.count
                    lookups.set(key, .single, Int32(si))
                    singles.append(single)
                    out.append(PersonMention(tokens: part.tokens, honorific: r.honorific, canonical: single.name, key: single.key,
                                             surface: surface.display, resolved: false), person: known.count + si, spelling: surface.id, &lookups)
                }
            }
        }
        swap(&out.mentions, &mentionList)
        swap(&out.forms, &formList)
        // (Runs come in text order and do not overlap, and a run's mentions come in order: each mention
        // starts after the one before, as `PeopleScan.mention(at:)` relies on.)
        assert(zip(mentionList, mentionList.dropFirst()).allSatisfy { $0.tokens.lowerBound < $1.tokens.lowerBound })
        return PeopleScan(mentions: mentionList, titleIndex: titleIndex, titles: titles,
                          organisations: organisations,
                          forms: formList, formCount: out.formCount)
    }

    /// The vessel pass (before pass A, for a source with runs right after a vessel noun or prefix): each
    /// such run's name is a vessel's (a `.vessel` lookup by the hash of its key, as pass A keys full
    /// names), unless a run of the same name of two parts or more has a person's context (honorific,
    /// title, "said X", "X, 54,", or a speech verb right after it: "X said"): then those runs are not
    /// vessels (`vessel` cleared; "the ferry Jonas Ekdahl commanded ... Jonas Ekdahl said"). Returns
    /// whether some vessel name remains: pass A then looks up the key of each full name it would collect
    /// and marks a run that spells a vessel's name a vessel too. (Both the spread and the taking back
    /// are of names of two parts or more, the only ones pass A keys: a one-word name is often a person's
    /// surname too, so "the yacht Berg" neither makes "Berg said" a vessel nor is made a person by it.)
    private static func markVessels(_ runs: inout [Run], _ store: [Part], _ text: SegmentedText, _ speechVerbs: HashSet64,
                                    _ foldCache: UnsafeMutablePointer<FoldCache>, _ lookups: inout Lookups) -> Bool {
        let tokens = text.tokens
        /// Whether a speech verb, written in lower case, follows run `r` ("Jonas Ekdahl said").
        func verbAfter(_ r: Run) -> Bool {
            let e = store[r.parts.upperBound - 1].tokens.upperBound
            return e < tokens.count && tokens[e].kind == .word && !tokens[e].flags.contains(.capitalized)
                && speechVerbs.contains(tokens[e].hash)
        }
        return withFold(text, foldCache) { fb in
            func key(_ r: Run) -> UInt64 {
                var key = fnvBasis
                for p in r.parts { foldHash(fb, store[p].tokens, &key) }
                return key
            }
            for r in runs where r.vessel { lookups.set(key(r), .vessel, 1) }
            var revoked = false
            for r in runs where !r.vessel && r.parts.count >= 2
                && (r.honorific != nil || r.titled || r.saidBefore || r.ageAfter || verbAfter(r)) {
                let k = key(r)
                if lookups.get(k, .vessel) != nil { lookups.set(k, .vessel, 0); revoked = true }
            }
            var remain = false
            for ri in runs.indices where runs[ri].vessel {
                if revoked && lookups.get(key(runs[ri]), .vessel) == 0 { runs[ri].vessel = false } else { remain = true }
            }
            return remain
        }
    }

    /// The full name a single part (hash `h`) stands for: a last-part match before a first-part match,
    /// then the most mentioned, then the earliest (names start at distinct tokens: no two tie).
    /// (A function of its own, not a closure over the scan's lists: those stay unboxed, without an
    /// access check at each use.)
    private static func resolve(_ h: UInt64, _ lookups: borrowing Lookups, _ known: [Known]) -> Int? {
        var best = -1
        var bestScore = (0, 0, 0)
        var k = lookups.get(h, .byLast) ?? -1
        // (Fields read in place: a name is not copied.)
        while k >= 0 {
            let c = Int(k)
            let score = (2, known[c].count, -known[c].first)
            if best < 0 || score > bestScore { best = c; bestScore = score }
            k = known[c].nextByLast
        }
        k = lookups.get(h, .byFirst) ?? -1
        while k >= 0 {
            let c = Int(k)
            let score = (1, known[c].count, -known[c].first)
            if best < 0 || score > bestScore { best = c; bestScore = score }
            k = known[c].nextByFirst
        }
        return best >= 0 ? best : nil
    }

    private static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Makes `array` `count` copies of `value`, in its own room when it has enough (the scratch's
    /// arrays: overwritten in place, shortened or lengthened by the difference only).
    @inline(__always)
    fileprivate static func reset<T>(_ array: inout [T], count: Int, to value: T) {
        if array.count > count { array.removeLast(array.count - count) }
        array.withUnsafeMutableBufferPointer { $0.update(repeating: value) }
        if array.count < count { array.append(contentsOf: repeatElement(value, count: count - array.count)) }
    }

    /// Makes `array` `count` copies of `zero`, in its own room, when only the elements `clearSet`
    /// empties (those the last scan set; `anySet`: whether it set any) can differ from `zero`: those are
    /// emptied, not the whole array, then it is shortened or lengthened by the difference. An array of
    /// at most `whole` elements is overwritten whole instead (cheaper than the bookkeeping when small).
    @inline(__always)
    fileprivate static func refill<T>(_ array: inout [T], count: Int, zero: T, whole: Int, anySet: Bool,
                                      _ clearSet: (UnsafeMutableBufferPointer<T>) -> Void) {
        if array.count <= whole {
            reset(&array, count: count, to: zero)
            return
        }
        if anySet { array.withUnsafeMutableBufferPointer { clearSet($0) } }
        if array.count > count { array.removeLast(array.count - count) }
        if array.count < count { array.append(contentsOf: repeatElement(zero, count: count - array.count)) }
    }

    /// The title phrase starting at token `i` (the longest of the lexicon, with a portfolio: "Minister
    /// of Transport"), or nil: none, or a capitalized one-word title after a name ("Martin Luther King
    /// said": a surname).
    private func titlePhrase(at i: Int, _ text: SegmentedText) -> PeopleVocabulary.Title? {
        let tokens = text.tokens
        let n = tokens.count
        let tok = tokens[i]
        guard let t = vocabulary.title(at: i, in: tokens) else { return nil }
        let e = i + t.length
        let capitalizedAfterName = tok.flags.contains(.capitalized) && t.length == 1 && i > 0
            && isNameLike(tokens, i - 1) && !tok.flags.contains(.sentenceStart)
            && !(e < n && tokens[e].kind == .word && tokens[e].flags.contains(.capitalized))
        if capitalizedAfterName { return nil }
        // "Minister of Transport", "Secretary for Home Affairs": the portfolio is part of the title,
        // kept in its order ("minister of transport"; the comparison relates it to "transport
        // minister"). Lexicon entries ("Minister of Defense") decide their own form.
        if e + 1 < n, Self.ofOrFor.contains(tokens[e].hash), Self.portfolioHeads.contains(t.canonical) {
            var k = e + 1
            var portfolio: [String] = []
            while k < n, k - e <= 2, tokens[k].kind == .word, !tokens[k].flags.contains(.allCaps),
                  vocabulary.titleModifiers.contains(tokens[k].hash) {
                let w = text.normalized(k)
                portfolio.append(PeopleVocabulary.spelling[w] ?? w)
                k += 1
            }
            if !portfolio.isEmpty {
                return PeopleVocabulary.Title(length: k - i, canonical: ([t.canonical, text.normalized(e)] + portfolio).joined(separator: " "), group: t.group)
            }
        }
        return t
    }

    /// What the first pass counts in a sentence (the words that make it a headline), and the lengths of
    /// its lists.
    private struct WordCounts {
        var words = 0, caps = 0, allCaps = 0
        /// The count of tokens marked `runStart` (written to the scan's run starts in order).
        var starts = 0
        /// The counts of lower-case words and of words that may be asked about (`LowerLists`).
        var lowerWords = 0, lowerQueries = 0
        /// The count of quote words listed.
        var quoteWords = 0
    }

    /// The filters the first pass tests each word against, as one byte per filter bit (`HashFilter64.bit`:
    /// the same bits, so the same words pass): `title` (a word the title filter lets through may start a
    /// title phrase), `quote` (the quote word filter, `PeopleVocabulary.quoteWordFilter`) and
    /// `possessive` (the bit of "'s"). A word that passes none, most words, costs one load and one
    /// test, and the three answers of the others are in that byte (no load and shift per filter).
    /// A word the title filter lets through is also tested at a second bit of the same product (a
    /// second table of `count` bytes after the first, set for the first words of the title phrases;
    /// not in the first, where its bits would send more words off the common path): about one in ten of the words that
    /// pass the first is no title's first word, and each such one would cost the pass a stop and a
    /// phrase lookup that finds nothing; the second test lets through few of them (the phrase lookup
    /// decides, so a word let through changes no result, and a title's first word always passes).
    fileprivate struct WordFilters {
        /// The bits of one `HashFilter64`.
        static let count = 4096
        static let title: UInt8 = 1, quote: UInt8 = 2, possessive: UInt8 = 4
        let bytes: UnsafeMutablePointer<UInt8>

        /// The filters' byte of hash `h`.
        @inline(__always)
        func of(_ h: UInt64) -> UInt8 { bytes[HashFilter64.bit(h)] }

        /// Whether `h`, let through by the title filter, passes the second title test too.
        @inline(__always)
        func startsTitle(_ h: UInt64) -> Bool { bytes[Self.count + Self.secondBit(h)] != 0 }

        /// The second test's bit of `h`: the 12 bits of the product below `HashFilter64.bit`'s.
        @inline(__always)
        static func secondBit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 40) & (count - 1) }

        /// Writes the bytes of the filters `title`, `quote`, of the hash of "'s" and of the second title
        /// test (`titleFirst`: the first words of the title phrases) into `bytes` (room for twice `count`).
        static func fill(_ bytes: UnsafeMutablePointer<UInt8>, title: HashFilter64, quote: HashFilter64, possessive: UInt64,
                         titleFirst: Dictionary<UInt64, [(tokens: [UInt64], title: PeopleVocabulary.Title)]>.Keys) {
            bytes.update(repeating: 0, count: 2 * count)
            /// Sets `flag` at the set bits of `filter` (only those visited: a few hundred of the 4,096).
            func set(_ filter: HashFilter64, _ flag: UInt8) {
                filter.withBits { b in
                    precondition(b.count * 64 == count)
                    for w in 0..<b.count {
                        var rest = b[w]
                        while rest != 0 {
                            bytes[w << 6 | rest.trailingZeroBitCount] |= flag
                            rest &= rest &- 1
                        }
                    }
                }
            }
            set(title, Self.title)
            set(quote, Self.quote)
            bytes[HashFilter64.bit(possessive)] |= Self.possessive
            for h in titleFirst { bytes[count + secondBit(h)] = 1 }
        }
    }

    /// Where the first pass lists the hashes of the free-standing lower-case words (`words`) and of the
    /// words the runs may ask about (`queries`; see `LowerWords`), each with room for every token.
    private struct LowerLists {
        let words: UnsafeMutablePointer<UInt64>
        let queries: UnsafeMutablePointer<UInt64>
    }

    /// The first pass over tokens `from..<to` for words that start no title phrase: a capitalized word
    /// outside the title phrases is marked `runStart` (and listed in `starts`); a free-standing
    /// lower-case word is listed in `lower.words`, and a word the runs may ask about in `lower.queries`
    /// (`LowerWords`); words other than "'s" are counted; the words the quote word filter lets through
    /// are listed (`quotes`, room for every token). Returns the first word the title filters (`WordFilters`) let through
    /// other than `checked` (its own work not done: the caller looks up the phrase; when there is one,
    /// it has that word and the phrase's words done by `wordsInside` and calls again after them, else
    /// it calls again from that word, passed as `checked`), or `to`. No token from `from` on lies in a
    /// title phrase (phrases are marked at their first word). (A function of its own, on pointers: the
    /// loop keeps its state in registers.)
    @inline(never)
    private static func wordPass(_ tk: UnsafeBufferPointer<Token>, _ from: Int, _ to: Int, checked: Int,
                                 filter: WordFilters, marks: UnsafeMutableBufferPointer<UInt8>,
                                 lower: LowerLists, starts: UnsafeMutableBufferPointer<Int32>, quotes: UnsafeMutablePointer<Int32>, possessive: UInt64,
                                 _ counts: inout WordCounts) -> Int {
        words(tk, from, to, checked: checked, filter: filter, titles: true, marks: marks, lower: lower, starts: starts,
              quotes: quotes, possessive: possessive, &counts)
    }

    /// `wordPass` for tokens `from..<to` whose title phrase check is done (those inside a phrase just
    /// found, or the word where none was): no title check, and a capitalized word is marked only
    /// outside the phrases.
    @inline(never)
    private static func wordsInside(_ tk: UnsafeBufferPointer<Token>, _ from: Int, _ to: Int, filter: WordFilters,
                                    marks: UnsafeMutableBufferPointer<UInt8>, lower: LowerLists,
                                    starts: UnsafeMutableBufferPointer<Int32>, quotes: UnsafeMutablePointer<Int32>, possessive: UInt64,
                                    _ counts: inout WordCounts) {
        _ = words(tk, from, to, checked: -1, filter: filter, titles: false, marks: marks, lower: lower, starts: starts,
                  quotes: quotes, possessive: possessive, &counts)
    }

    /// The loop of `wordPass` (`titles`: the title check) and `wordsInside` (none).
    @inline(__always)
    private static func words(_ tk: UnsafeBufferPointer<Token>, _ from: Int, _ to: Int, checked: Int, filter: WordFilters, titles: Bool,
                              marks: UnsafeMutableBufferPointer<UInt8>, lower: LowerLists,
                              starts: UnsafeMutableBufferPointer<Int32>, quotes: UnsafeMutablePointer<Int32>, possessive: UInt64,
                              _ counts: inout WordCounts) -> Int {
        let word = TokenKind.word.rawValue, dash = TokenKind.dash.rawValue
        let quote = TokenKind.quote.rawValue, punct = TokenKind.punct.rawValue
        let capitalized = Token.Flags.capitalized.rawValue, spaceBefore = Token.Flags.spaceBefore.rawValue
        let allCaps = Token.Flags.allCaps.rawValue, sentenceStart = Token.Flags.sentenceStart.rawValue
        var words = 0, caps = 0, capitals = 0
        var startCount = counts.starts
        var quoteWords = counts.quoteWords
        var lowerCount = counts.lowerWords, queryCount = counts.lowerQueries
        var i = from
        defer {
            counts.words &+= words
            counts.caps &+= caps
            counts.allCaps &+= capitals
            counts.starts = startCount
            counts.quoteWords = quoteWords
            counts.lowerWords = lowerCount
            counts.lowerQueries = queryCount
        }
        // (Wrapping arithmetic on the indices and counts: each stays below the token count, so none can
        // overflow, and the loop has no overflow checks.)
        let shape = capitalized | allCaps | spaceBefore
        while i < to {
            let tok = tk[i]
            guard tok.rawKind == word else { i &+= 1; continue }
            let h = tok.hash
            let flags = tok.flags.rawValue
            // (The three filters in one byte: one multiply and one load for the three tests.)
            let f = filter.of(h)
            // Most words pass no filter, and are lower case with a space before them: such a word is only
            // listed and counted; the others take the general path after. (The test of that shape is
            // written twice: after a word that passes no filter, it is the only one.)
            if f == 0 {
                if flags & shape == spaceBefore {
                    lower.words[lowerCount] = h; lowerCount &+= 1
                    words &+= 1
                    i &+= 1
                    continue
                }
            } else {
                // (At a word that may start a title phrase the pass stops before listing it: called again
                // from it, or `wordsInside` called over the phrase, lists it then.)
                if titles, f & WordFilters.title != 0, i != checked, filter.startsTitle(h) { return i }
                if f & WordFilters.quote != 0 { quotes[quoteWords] = Int32(truncatingIfNeeded: i); quoteWords &+= 1 }
                // ("'s" is not counted: the general path.)
                if flags & shape == spaceBefore && h != possessive {
                    lower.words[lowerCount] = h; lowerCount &+= 1
                    words &+= 1
                    i &+= 1
                    continue
                }
            }
            // A capitalized word outside the title phrases (whose marks are final here: a phrase is
            // marked at its first token) may start or continue a run.
            if flags & capitalized != 0 {
                if titles || marks[i] & inTitle == 0 {
                    marks[i] |= runStart; starts[startCount] = Int32(truncatingIfNeeded: i); startCount &+= 1
                }
                // (A word that may open a clause: `evaluate` may ask whether the source writes it in lower case.)
                if flags & sentenceStart != 0 || (i > 0 && (tk[i &- 1].rawKind == quote || tk[i &- 1].rawKind == punct)) {
                    lower.queries[queryCount] = h; queryCount &+= 1
                }
            }
            // The second half of a hyphenated word ("Min-jun") is no word of its own here.
            if flags & spaceBefore == 0 && i > 0 && tk[i &- 1].rawKind == dash {
                // (`part` may ask whether the source writes it in lower case.)
                if flags & capitalized == 0 { lower.queries[queryCount] = h; queryCount &+= 1 }
                i &+= 1
                continue
            }
            if flags & capitalized == 0 { lower.words[lowerCount] = h; lowerCount &+= 1 }
            i &+= 1
            if h == possessive { continue }
            words &+= 1
            if flags & capitalized != 0 { caps &+= 1 }
            if flags & allCaps != 0 { capitals &+= 1 }
        }
        return to
    }

    /// The last sentence from `first` on that holds token `t` (sentences come in order and do not
    /// overlap, so it is `first`; later ones are checked all the same).
    private static func lastSentence(holding t: Int, from first: Int, _ sentences: [Sentence]) -> Int {
        var last = first
        var k = first + 1
        while k < sentences.count, sentences[k].tokens.lowerBound <= t {
            if sentences[k].tokens.contains(t) { last = k }
            k += 1
        }
        return last
    }

    /// The displayed spellings (`PersonName.display` of the text of a token range) of one source, each
    /// distinct spelling made into a String once, found again by the FNV hash of its bytes (checked
    /// byte for byte).
    private struct Surfaces {
        /// Each spelling's bytes in the text and its entry in the scan's `NameCache`, which holds its
        /// display (no String here: emptying the array releases nothing).
        private var spellings: [(start: Int, end: Int, name: Int32)] = []

        /// Empty, in the room of `room` (taken: left empty).
        init(reusing room: inout [(start: Int, end: Int, name: Int32)]) {
            swap(&spellings, &room)
        }

        /// Room for the spellings of `capacity` runs (a full name and a mention each, usually fewer).
        mutating func reserve(capacity: Int) {
            spellings.reserveCapacity(2 * capacity)
        }

        /// The spellings' array, emptied (its room kept); the surfaces are left without room.
        mutating func emptied() -> [(start: Int, end: Int, name: Int32)] {
            var room: [(start: Int, end: Int, name: Int32)] = []
            swap(&room, &spellings)
            if !room.isEmpty { room.removeAll(keepingCapacity: true) }
            return room
        }

        /// The display of spelling `id` and the id (as `displayed` returned them).
        func shown(_ id: Int, _ names: borrowing NameCache) -> (display: String, id: Int) {
            (names.display(Int(spellings[id].name)), id)
        }

        /// `PersonName.key` of the display of spelling `id` (made once per distinct display in `names`,
        /// the cache `displayed` used).
        func key(_ id: Int, _ names: inout NameCache) -> String {
            names.key(Int(spellings[id].name))
        }

        /// The display of the text of tokens `range` and its spelling id (`fb`: the text's buffers, held
        /// by the caller's pass; `names`: the displays of earlier scans, made with `vocabulary`).
        mutating func displayed(_ range: Range<Int>, _ fb: FoldBuffers, _ vocabulary: PeopleVocabulary,
                                _ names: inout NameCache, _ lookups: inout Lookups) -> (display: String, id: Int) {
            let s = Int(fb.tokens[range.lowerBound].start), e = Int(fb.tokens[range.upperBound - 1].end)
            let b = fb.bytes
            do {
                var h = PeopleScanner.fnvBasis
                for i in s..<e {
                    h ^= UInt64(b[i])
                    h = h &* 0x0000_0100_0000_01b3
                }
                let known = lookups.get(h, .spelling)
                if let k = known {
                    let oldStart = spellings[Int(k)].start, oldEnd = spellings[Int(k)].end
                    if oldEnd - oldStart == e - s {
                        var same = true
                        for i in 0..<(e - s) where b[oldStart + i] != b[s + i] { same = false; break }
                        if same { return (names.display(Int(spellings[Int(k)].name)), Int(k)) }
                    }
                }
                // (A spelling of an earlier source: its display is not made again.)
                let name = names.find(h, UnsafeBufferPointer(rebasing: b[s..<e]))
                    ?? names.add(h, UnsafeBufferPointer(rebasing: b[s..<e]),
                                 display: PersonName.display(String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self), vocabulary: vocabulary))
                let display = names.display(name)
                let id = spellings.count
                // (A different spelling with the same hash keeps the first one's slot.)
                if known == nil { lookups.set(h, .spelling, Int32(id)) }
                spellings.append((s, e, Int32(name)))
                return (display, id)
            }
        }
    }

    /// The displays (`PersonName.display` with one vocabulary) and keys (`PersonName.key` of the
    /// display) of the spellings the scans of one scratch have met, found by the FNV hash of the
    /// spelling's bytes (checked byte for byte): a name written in many sources is displayed and keyed
    /// once, not once per source. Bounded: emptied at the start of a scan when it has grown past
    /// `maxBytes` or `maxEntries` (never during one: the scan holds its entries' numbers).
    fileprivate struct NameCache {
        /// The vocabulary the displays were made with (held: its tables cannot be freed and others
        /// made at their address).
        private var vocabulary: PeopleVocabulary?
        /// The identity of `vocabulary`'s tables (compared without a retain).
        private var tables: ObjectIdentifier?
        /// The spellings' bytes, one after the other.
        private var bytes: [UInt8] = []
        private var entries: [(start: Int32, end: Int32, display: String, key: String?)] = []
        /// The hash of a spelling's bytes → its entry (a different spelling with the same hash is not
        /// cached: it is displayed each time); made at the first entry.
        private var index: HashMap64?
        private static let maxBytes = 1 << 20, maxEntries = 1 << 15

        init() {}

        /// Empties the cache unless it was filled with `vocabulary`'s tables and has room left.
        mutating func use(_ vocabulary: PeopleVocabulary) {
            if tables == vocabulary.tablesIdentity, bytes.count <= Self.maxBytes, entries.count <= Self.maxEntries { return }
            self.vocabulary = vocabulary
            tables = vocabulary.tablesIdentity
            clear()
        }

        private mutating func clear() {
            bytes.removeAll(keepingCapacity: true)
            entries.removeAll(keepingCapacity: true)
            index = nil
        }

        /// The entry of the spelling `u` whose FNV hash is `h`, if cached.
        func find(_ h: UInt64, _ u: UnsafeBufferPointer<UInt8>) -> Int? {
            guard let k = index?.get(h) else { return nil }
            let s = Int(entries[Int(k)].start), e = Int(entries[Int(k)].end)
            guard e - s == u.count else { return nil }
            for i in 0..<u.count where bytes[s + i] != u[i] { return nil }
            return Int(k)
        }

        /// Adds the spelling `u` (FNV hash `h`, not cached) with its display; returns its entry.
        mutating func add(_ h: UInt64, _ u: UnsafeBufferPointer<UInt8>, display: String) -> Int {
            let s = bytes.count
            bytes.append(contentsOf: u)
            let k = entries.count
            entries.append((Int32(s), Int32(bytes.count), display, nil))
            if index == nil { index = HashMap64(capacity: 1024) }
            if index!.get(h) == nil { index!.set(h, Int32(k)) }
            return k
        }

        func display(_ k: Int) -> String { entries[k].display }

        /// `PersonName.key` of entry `k`'s display, made at the first call.
        mutating func key(_ k: Int) -> String {
            if let key = entries[k].key { return key }
            let key = PersonName.key(entries[k].display)
            entries[k].key = key
            return key
        }
    }

    /// The mentions of a scan, each with its form: the index of its (person, spelling, resolved) among
    /// the distinct ones.
    private struct Mentions {
        let personsKnown: Int
        var mentions: [PersonMention] = []
        var forms: [Int32] = []
        private(set) var formCount = 0

        init(personsKnown: Int) { self.personsKnown = personsKnown }

        /// `person`: the index of the full name, or the count of full names plus the index of the single
        /// name; `spelling`: the id of the displayed surface.
        /// (`m` is consumed: moved into the list, not copied with its strings retained.)
        mutating func append(_ m: consuming PersonMention, person: Int, spelling: Int, _ lookups: inout Lookups) {
            let key = UInt64(person) << 32 | UInt64(spelling) << 1 | (m.resolved ? 1 : 0)
            let form: Int32
            if let f = lookups.get(key, .form) { form = f } else {
                form = Int32(formCount)
                lookups.set(key, .form, form)
                formCount += 1
            }
            mentions.append(m)
            forms.append(form)
        }
    }

    /// The lookups of one scan's passes A and B by 64-bit key, each key of one `Kind`, in one
    /// open-addressing table (one allocation per source instead of one per kind): a key answers only
    /// for its own kind.
    fileprivate struct Lookups {
        enum Kind: Int32 {
            /// A full name by the hash of its key → its index among the full names.
            case known
            /// A part hash → the latest full name with that last / first part.
            case byLast, byFirst
            /// A part hash → a single name accepted on context.
            case single
            /// (person, spelling, resolved) → form.
            case form
            /// The hash of a surface's bytes → its spelling id.
            case spelling
            /// A name's key hash (as `known`) → 1 when it names a vessel, 0 when a person's context
            /// took that back.
            case vessel
        }

        private static let valueBits: Int32 = 28
        /// A key and `kind << valueBits | value`, or -1 for an empty slot (one array, not two).
        fileprivate struct Slot {
            var key: UInt64
            var value: Int32
        }
        private var slots: [Slot]
        private var mask: Int
        private var count = 0

        /// In the room of `room` (taken: left empty; its slots as they were): `prepare` before use.
        init(reusing room: inout [Slot]) {
            slots = []
            swap(&slots, &room)
            mask = 0
        }

        /// Empties the table into empty slots for `capacity` entries (its room reused).
        mutating func prepare(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size <<= 1 }
            PeopleScanner.reset(&slots, count: size, to: Slot(key: 0, value: -1))
            mask = size - 1
            count = 0
        }

        /// The slots' array (its room and slots as they are: `prepare` overwrites them); the table is
        /// left without slots.
        mutating func emptied() -> [Slot] {
            var room: [Slot] = []
            swap(&room, &slots)
            mask = 0
            count = 0
            return room
        }

        @inline(__always)
        private static func slot(_ key: UInt64, _ kind: Kind, _ mask: Int) -> Int {
            HashMap64.slot(key &+ UInt64(kind.rawValue), mask)
        }

        @inline(__always)
        func get(_ key: UInt64, _ kind: Kind) -> Int32? {
            let tag = kind.rawValue << Self.valueBits
            var i = Self.slot(key, kind, mask)
            while true {
                let v = slots[i].value
                if v < 0 { return nil }
                if slots[i].key == key && v & ~((1 << Self.valueBits) - 1) == tag { return v & ((1 << Self.valueBits) - 1) }
                i = (i + 1) & mask
            }
        }

        /// (Inlined at its callers, the probe on the slots' memory: a full name and a form add three
        /// and one entries per run, and the call, the checked indices and the uniqueness check per slot
        /// written cost more than the probe.)
        @inline(__always)
        mutating func set(_ key: UInt64, _ kind: Kind, _ value: Int32) {
            precondition(value >= 0 && value < 1 << Self.valueBits)
            if (count &+ 1) &* 2 > slots.count { grow() }
            let tag = kind.rawValue << Self.valueBits
            let m = mask
            let added = slots.withUnsafeMutableBufferPointer { s -> Bool in
                var i = Self.slot(key, kind, m)
                while s[i].value >= 0 {
                    if s[i].key == key && s[i].value & ~((1 << Self.valueBits) - 1) == tag { s[i].value = tag | value; return false }
                    i = (i &+ 1) & m
                }
                s[i] = Slot(key: key, value: tag | value)
                return true
            }
            if added { count &+= 1 }
        }

        @inline(never)
        private mutating func grow() {
            let old = slots
            slots = [Slot](repeating: Slot(key: 0, value: -1), count: old.count * 2)
            mask = slots.count - 1
            count = 0
            for s in old where s.value >= 0 {
                set(s.key, Kind(rawValue: s.value >> Self.valueBits)!, s.value & ((1 << Self.valueBits) - 1))
            }
        }
    }

    /// Whether a source writes a word in lower case (free-standing: not the second half of a hyphenated
    /// word such as "Min-jun"), for the words the runs ask about: the first word of a run that opens a
    /// clause (`evaluate`) and the lower-case second half of a hyphenated word (`part`).
    ///
    /// The first pass lists the lower-case words (most of a source's words) and the words that may be
    /// asked about (capitalized words after a sentence start, a quote mark or punctuation, and the
    /// lower-case second halves: a few per sentence); this answers those in one walk over the list,
    /// each word looked up in a small table of the queries. (Cheaper than a table of every lower-case
    /// word, made for a few questions.) A word not listed as a query is answered by a walk over the
    /// list, so an answer never depends on the queries being complete.
    private struct LowerWords {
        private let words: [UInt64]
        private let count: Int
        /// The queries: an open-addressing table (a power of two of slots, at most a quarter full) of
        /// hashes (`keys`) and `states`: 0 an empty slot, 1 a word not written in lower case, 2 one
        /// that is.
        private let keys: [UInt64]
        private let states: [UInt8]
        private let mask: Int

        /// The answers for the first `count` of `words` (the lower-case words) and the first
        /// `queryCount` of `queries`, in the room of `keys` and `states` (the scratch's: refilled).
        init(words: [UInt64], count: Int, queries: [UInt64], queryCount: Int, keys: inout [UInt64], states: inout [UInt8]) {
            var size = 16
            while size < 4 * queryCount { size <<= 1 }
            PeopleScanner.reset(&states, count: size, to: 0)
            if keys.count < size { keys.append(contentsOf: repeatElement(0, count: size - keys.count)) }
            let mask = size - 1
            keys.withUnsafeMutableBufferPointer { k in
                states.withUnsafeMutableBufferPointer { st in
                    queries.withUnsafeBufferPointer { q in
                        for x in 0..<queryCount {
                            let h = q[x]
                            var i = Self.slot(h, mask)
                            while st[i] != 0 && k[i] != h { i = (i &+ 1) & mask }
                            if st[i] == 0 { st[i] = 1; k[i] = h }
                        }
                    }
                    guard queryCount > 0 else { return }
                    words.withUnsafeBufferPointer { w in
                        /// Marks `h` seen if it is a query.
                        @inline(__always)
                        func see(_ h: UInt64) {
                            var i = Self.slot(h, mask)
                            while st[i] != 0 {
                                if k[i] == h { st[i] = 2; break }
                                i = (i &+ 1) & mask
                            }
                        }
                        // (Four words a round: fewer loop tests for the most words of the source.)
                        var x = 0
                        while x &+ 4 <= count {
                            see(w[x]); see(w[x &+ 1]); see(w[x &+ 2]); see(w[x &+ 3])
                            x &+= 4
                        }
                        while x < count { see(w[x]); x &+= 1 }
                    }
                }
            }
            self.words = words
            self.count = count
            self.keys = keys
            self.states = states
            self.mask = mask
        }

        /// The first slot of hash `h`: its two halves folded (an FNV hash's bits are mixed enough for a
        /// table at most a quarter full; no multiply per lower-case word).
        @inline(__always)
        static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h ^ (h >> 32)) & mask }

        func contains(_ h: UInt64) -> Bool {
            var i = Self.slot(h, mask)
            while states[i] != 0 {
                if keys[i] == h { return states[i] == 2 }
                i = (i &+ 1) & mask
            }
            // (Not a query of the first pass: every lower-case word looked at.)
            return words.withUnsafeBufferPointer { w in
                for x in 0..<count where w[x] == h { return true }
                return false
            }
        }
    }

    /// The text's bytes, its tokens and `foldTable`, held once for a pass that folds names (not once
    /// per name part).
    private struct FoldBuffers {
        let bytes: UnsafeBufferPointer<UInt8>
        let tokens: UnsafeBufferPointer<Token>
        let fold: UnsafeBufferPointer<UInt8>
        /// The scratch's folds of non-ASCII tokens.
        let cache: UnsafeMutablePointer<FoldCache>
    }

    /// Calls `body` with the fold buffers of `text` (and `cache`, the scratch's fold cache).
    private static func withFold<R>(_ text: SegmentedText, _ cache: UnsafeMutablePointer<FoldCache>,
                                    _ body: (FoldBuffers) throws -> R) rethrows -> R {
        try text.text.withUnsafeBufferPointer { u in
            try text.tokens.withUnsafeBufferPointer { tk in
                try foldTable.withUnsafeBufferPointer { fold in
                    try body(FoldBuffers(bytes: u, tokens: tk, fold: fold, cache: cache))
                }
            }
        }
    }

    /// `PersonName.partKey` of the tokens with a non-ASCII byte that the scans of one scratch have
    /// folded, found by the FNV hash of the token's bytes (checked byte for byte): a token written in
    /// many sources is folded once. Bounded: emptied before an addition once past `maxBytes`.
    fileprivate struct FoldCache {
        /// Each token's bytes, then its folded bytes, one entry after the other.
        private var bytes: [UInt8] = []
        /// Per entry: where its token's bytes start, where its folded bytes start and end.
        private var entries: [(start: Int32, folded: Int32, end: Int32)] = []
        private var index = HashMap64(capacity: 64)
        private static let maxBytes = 1 << 18

        init() {}

        /// Continues the FNV-1a hash `h` over `PersonName.partKey` of the token whose bytes are `u`.
        @inline(never)
        mutating func hash(_ u: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> UInt64 {
            let key = StableHash.fnv1a(bytes: u)
            let entry: Int
            if let k = index.get(key), matches(Int(k), u) {
                entry = Int(k)
            } else {
                if bytes.count > Self.maxBytes {
                    bytes.removeAll(keepingCapacity: true)
                    entries.removeAll(keepingCapacity: true)
                    index = HashMap64(capacity: 64)
                }
                let start = bytes.count
                bytes.append(contentsOf: u)
                let folded = bytes.count
                bytes.append(contentsOf: PersonName.partKey(String(decoding: u, as: UTF8.self)).utf8)
                entry = entries.count
                entries.append((Int32(start), Int32(folded), Int32(bytes.count)))
                // (A different token with the same hash keeps the first one's entry.)
                if index.get(key) == nil { index.set(key, Int32(entry)) }
            }
            var x = h
            for i in Int(entries[entry].folded)..<Int(entries[entry].end) {
                x ^= UInt64(bytes[i])
                x = x &* 0x0000_0100_0000_01b3
            }
            return x
        }

        private func matches(_ k: Int, _ u: UnsafeBufferPointer<UInt8>) -> Bool {
            let s = Int(entries[k].start), e = Int(entries[k].folded)
            guard e - s == u.count else { return false }
            for i in 0..<u.count where bytes[s + i] != u[i] { return false }
            return true
        }
    }

    /// Continues an FNV-1a hash over the folded letters of tokens `range` (ASCII letters lower-cased,
    /// digits kept, everything else dropped; non-ASCII tokens folded as `PersonName.partKey` does),
    /// so the hash of a name's tokens is the hash of its `PersonName.key`. (`b`: the buffers of `text`.)
    @inline(__always)
    private static func foldHash(_ b: FoldBuffers, _ range: Range<Int>, _ h: inout UInt64) {
        var x = h
        var k = range.lowerBound
        while k < range.upperBound {
            var i = Int(b.tokens[k].start)
            let e = Int(b.tokens[k].end)
            var y = x
            var ascii = true
            while i < e {
                let c = b.fold[Int(b.bytes[i])]
                i += 1
                if c == 0 { continue }
                if c == 0x80 { ascii = false; break }
                y ^= UInt64(c)
                y = y &* 0x0000_0100_0000_01b3
            }
            if ascii {
                x = y
            } else {
                // A token with a non-ASCII byte: its own bytes, as far as read, are not kept; its
                // `PersonName.partKey`, from the scratch's cache, is hashed instead.
                let s = Int(b.tokens[k].start)
                x = b.cache.pointee.hash(UnsafeBufferPointer(rebasing: b.bytes[s..<e]), x)
            }
            k += 1
        }
        h = x
    }

    /// For each byte, what `foldHash` hashes: an ASCII letter lower-cased, a digit as it is; 0 for a
    /// byte it drops, 0x80 for a non-ASCII byte (the token is folded as `PersonName.partKey` does).
    private static let foldTable: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        if b >= 0x80 { return 0x80 }
        if b >= 0x41 && b <= 0x5A { return UInt8(b) | 0x20 }
        if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { return UInt8(b) }
        return 0
    }

    /// Whether run `r`, of the one part `part`, is a single name accepted on its context (honorific,
    /// title, "said X", "X, 54,"), outside headlines and not after "the".
    @inline(__always)
    private static func acceptsSingle(_ r: Run, _ part: Part) -> Bool {
        !r.headline && !r.afterThe && part.kind == .name && (r.honorific != nil || r.titled || r.saidBefore || r.ageAfter)
    }

    /// Hash of one name part's capitalized core ("van der Berg" → "berg").
    @inline(__always)
    private static func partHash(_ b: FoldBuffers, _ p: Part) -> UInt64 {
        var start = p.tokens.lowerBound
        while start + 1 < p.tokens.upperBound, !b.tokens[start].flags.contains(.capitalized) { start += 1 }
        var h = fnvBasis
        foldHash(b, start..<p.tokens.upperBound, &h)
        return h
    }

    /// The vocabulary and the hashes that building runs reads, held once per scan (the hashes and the
    /// inverted verbs not read through a static's lazy initializer at each run; no vocabulary table
    /// copied: a copy is a retain and a release per scan for each).
    private struct RunTables {
        let vocabulary: PeopleVocabulary
        let dotHash: UInt64, theHash: UInt64, commaHash: UInt64, toHash: UInt64
        let invertedVerbs: HashSet64
        /// The vocabulary's `vesselBits` and `particleBits` (asked at every run).
        let vesselBits: SIMD4<UInt64>
        let particleBits: UInt64

        init(_ vocabulary: PeopleVocabulary) {
            self.vocabulary = vocabulary
            vesselBits = vocabulary.vesselBits
            particleBits = vocabulary.particleBits
            dotHash = PeopleScanner.dotHash
            theHash = PeopleScanner.theHash
            commaHash = PeopleScanner.commaHash
            toHash = PeopleScanner.toHash
            invertedVerbs = PeopleScanner.invertedVerbs
        }
    }

    /// The name part starting at token `i`, if a capitalized name-like word starts there (`tokens`
    /// and `marks`: the scan's).
    @inline(__always)
    private static func part(at i: Int, _ tokens: UnsafeBufferPointer<Token>, _ marks: UnsafeBufferPointer<UInt8>,
                             _ rt: RunTables, _ lowerSeen: LowerWords) -> Part? {
        guard marks[i] & Self.runStart != 0 else { return nil }
        let t = tokens[i]
        if t.flags.contains(.allCaps) { return nil }
        let bits = rt.vocabulary.bits(t.hash)
        if bits & PeopleVocabulary.Word.honorific != 0 { return nil }
        let n = tokens.count
        // An initial: "F." (also the letters of "U.S.").
        if t.length == 1 {
            if i + 1 < n, tokens[i + 1].hash == rt.dotHash, !tokens[i + 1].flags.contains(.spaceBefore) {
                return Part(tokens: i..<(i + 2), kind: .initial)
            }
            return nil
        }
        var j = i + 1
        // The pieces of a hyphenated word are the tokens i, i + 2, ... (dashes between).
        while j + 1 < n, tokens[j].kind == .dash, !tokens[j].flags.contains(.spaceBefore),
              tokens[j + 1].kind == .word || tokens[j + 1].kind == .number, !tokens[j + 1].flags.contains(.spaceBefore) {
            j += 2
        }
        if j == i + 1 {
            if bits & (PeopleVocabulary.Word.stopCap | PeopleVocabulary.Word.agency) != 0 { return nil }
            if bits & PeopleVocabulary.Word.organisation != 0 { return Part(tokens: i..<j, kind: .org) }
            if bits & PeopleVocabulary.Word.place != 0 { return Part(tokens: i..<j, kind: .place) }
            return Part(tokens: i..<j, kind: .name)
        }
        // Hyphenated: "Jong-un" is a name; "Seoul-based", "US-led" are adjectives; "Asia-Pacific" a place.
        var allPlaces = bits & PeopleVocabulary.Word.place != 0
        for p in stride(from: i + 2, to: j, by: 2) {
            let piece = tokens[p]
            if piece.kind == .number { return nil }
            if !piece.flags.contains(.capitalized)
                && (rt.vocabulary.compoundSuffixes.contains(piece.hash) || lowerSeen.contains(piece.hash)) {
                return nil
            }
            if allPlaces && !rt.vocabulary.places.contains(piece.hash) { allPlaces = false }
        }
        if allPlaces { return Part(tokens: i..<j, kind: .place) }
        return Part(tokens: i..<j, kind: .name)
    }

    /// Marks as places the initials of parts `all` of `store` that spell a place abbreviation
    /// ("U.S.", "U.N.").
    private func markPlaceInitials(_ store: UnsafeMutableBufferPointer<Part>, _ all: Range<Int>, _ text: SegmentedText) {
        let tokens = text.tokens
        var k = all.lowerBound
        while k < all.upperBound {
            guard store[k].kind == .initial else { k += 1; continue }
            var e = k
            var letters: [UInt8] = []
            while e < all.upperBound, store[e].kind == .initial {
                letters.append(text.text[Int(tokens[store[e].tokens.lowerBound].start)] | 0x20)
                e += 1
            }
            if e - k >= 2, Self.placeAbbreviations.contains(Token.hash(normalized: letters)) {
                for x in k..<e { store[x].kind = .place }
            }
            k = e
        }
    }

    /// The run made of parts `all` of `store` (`markPlaceInitials` done), or nil when no name part
    /// remains after trimming places and ordinary words (`tokens`, `marks`, `bytes`: the scan's).
    private static func evaluate(_ store: UnsafeBufferPointer<Part>, _ all: Range<Int>, range: Range<Int>, _ tokens: UnsafeBufferPointer<Token>,
                                 _ marks: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ rt: RunTables,
                                 _ lowerSeen: LowerWords, headline: Bool) -> Run? {
        // Trimmed to `lo..<hi` (no copy of the parts).
        var lo = all.lowerBound, hi = all.upperBound
        while lo < hi {
            let first = store[lo]
            if first.kind == .place { lo += 1; continue }
            let s = first.tokens.lowerBound
            let clauseStart = tokens[s].flags.contains(.sentenceStart)
                || (s > 0 && tokens[s - 1].kind == .quote && tokens[s - 1].flags.contains(.opening))
                || (s > 0 && tokens[s - 1].kind == .punct && bytes[Int(tokens[s - 1].start)] == 0x28)
            if clauseStart && first.tokens.count == 1 && first.kind == .name
                && (Self.looksLikeOrdinaryWord(bytes, tokens[s]) || lowerSeen.contains(tokens[s].hash)) {
                lo += 1
                continue
            }
            break
        }
        while hi > lo, store[hi - 1].kind == .place { hi -= 1 }
        guard store[lo..<hi].contains(where: { $0.kind == .name }) else { return nil }
        let start = store[lo].tokens.lowerBound
        let end = store[hi - 1].tokens.upperBound
        // Right after a vessel noun or prefix: before the run, or before its name when leading parts
        // were trimmed ("the ferry North Star", "Ferry Maren Star capsized" at a sentence's start).
        let vessel = Self.followsVesselWord(range.lowerBound, tokens, rt)
            || (start != range.lowerBound && Self.followsVesselWord(start, tokens, rt))
        var honorific: Range<Int>?
        // (Not after a vessel prefix: "MS" is also written for the honorific "Ms"; nor one that ends the
        // sentence before, as a headline's "..., Sir" does: the name opens a sentence of its own.)
        if start > 0 && !vessel && !tokens[start].flags.contains(.sentenceStart) {
            if tokens[start - 1].kind == .word && rt.vocabulary.honorifics.contains(tokens[start - 1].hash) {
                honorific = (start - 1)..<start
            } else if start > 1, tokens[start - 1].hash == rt.dotHash, rt.vocabulary.honorifics.contains(tokens[start - 2].hash) {
                honorific = (start - 2)..<start
            }
        }
        let before = start - 1
        let afterThe = start == range.lowerBound && before >= 0 && tokens[before].hash == rt.theHash
        let titled = marks[start] & Self.endsTitle != 0
        // "..., said X": an inverted speech verb after a comma or a closing quote.
        let saidBefore = before >= 1 && tokens[before].kind == .word && !tokens[before].flags.contains(.capitalized)
            && rt.invertedVerbs.contains(tokens[before].hash)
            && (tokens[before - 1].hash == rt.commaHash || tokens[before - 1].kind == .quote)
        var ageAfter = false
        if end + 2 < tokens.count, tokens[end].hash == rt.commaHash, tokens[end + 1].kind == .number, tokens[end + 2].hash == rt.commaHash {
            ageAfter = true
        }
        return Run(range: range, parts: lo..<hi, honorific: honorific, titled: titled, afterThe: afterThe,
                   headline: headline, saidBefore: saidBefore, ageAfter: ageAfter, vessel: vessel)
    }

    /// Whether the word before token `i` makes a name starting there a vessel's: a vessel noun ("the
    /// ferry", any case) not used as a verb after "to" ("to ferry Ana Kolar across"), or a vessel prefix
    /// written in capitals ("MV", "HMS"; "Ms" is an honorific).
    @inline(__always)
    private static func followsVesselWord(_ i: Int, _ tokens: UnsafeBufferPointer<Token>, _ rt: RunTables) -> Bool {
        guard i > 0 else { return false }
        let w = tokens[i - 1]
        guard w.kind == .word, PeopleVocabulary.mayBeVesselWord(w.hash, rt.vesselBits) else { return false }
        if w.flags.contains(.allCaps) { return rt.vocabulary.vesselPrefixes.contains(w.hash) }
        return rt.vocabulary.vesselNouns.contains(w.hash) && !(i > 1 && tokens[i - 2].hash == rt.toHash)
    }

    /// `looksLikeOrdinaryWord` of token `tok` of the text `bytes`, on its bytes when they are ASCII (no
    /// String made).
    private static func looksLikeOrdinaryWord(_ bytes: UnsafeBufferPointer<UInt8>, _ tok: Token) -> Bool {
        let s = Int(tok.start), e = Int(tok.end)
        for i in s..<e where bytes[i] >= 0x80 {
            return looksLikeOrdinaryWord(String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self))
        }
        guard e - s >= 6 else { return false }
        @inline(__always)
        func endsWith(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            let p = suffix.utf8Start
            for k in 0..<n where bytes[e - n + k] | 0x20 != p[k] { return false }
            return true
        }
        return endsWith("ing") || endsWith("ly") || endsWith("ed") || endsWith("ion") || endsWith("ness")
    }

    /// A capitalized word shaped like an ordinary English word: a participle or adverb ("Appearing", "Likely").
    static func looksLikeOrdinaryWord(_ word: String) -> Bool {
        let w = word.lowercased()
        guard w.count >= 6 else { return false }
        return w.hasSuffix("ing") || w.hasSuffix("ly") || w.hasSuffix("ed") || w.hasSuffix("ion") || w.hasSuffix("ness")
    }

    private func isNameLike(_ tokens: [Token], _ j: Int) -> Bool {
        let t = tokens[j]
        return t.kind == .word && t.flags.contains(.capitalized) && !t.flags.contains(.allCaps)
            && !vocabulary.stopCaps.contains(t.hash) && !vocabulary.places.contains(t.hash)
            && !vocabulary.organisationWords.contains(t.hash) && !vocabulary.startsTitle(t.hash)
    }
}
