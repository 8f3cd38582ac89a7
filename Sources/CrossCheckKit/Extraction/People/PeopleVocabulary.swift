/// The word lists the people and quote recognizers work from, as token hashes: titles (with their
/// canonical forms and synonym groups), title modifiers, honorifics, name particles, speech verbs,
/// organisation and place words, capitalized function words, news agencies and generic sources.
///
/// Built only from the lexicons of those names in the rule files (`Rules/people-lexicons.json5` is
/// embedded in the binary and reaches the recognizers through the Extractor's `RecognizerContext`;
/// user files extend it). There are no word lists in code: without lexicons
/// (`--no-default-rules`) the recognizers find only what the name shapes alone allow.
struct PeopleVocabulary: Sendable {
    /// A title phrase from the `title` lexicon.
    struct Title: Sendable {
        var length: Int
        var canonical: String
        var group: String?
    }

    /// Title phrases by the hash of their first token, longest first.
    private(set) var titles: [UInt64: [(tokens: [UInt64], title: Title)]] = [:]
    /// The keys of `titles` and `genericSources`, checked first: most tokens start neither, and a
    /// `HashSet64` probe is far cheaper than a Dictionary lookup through Swift's seeded `Hasher`.
    private var titleFirst = HashSet64()
    /// A bit filter over the keys of `titleFirst`: one load rules out most words before the probe
    /// (the people scan asks it of every word).
    private var titleFilter = HashFilter64()
    private var genericFirst = HashSet64()
    /// `agencies` and the keys of `genericSources` together: one probe rejects most words (the quote
    /// recognizer's actor scan).
    private(set) var agencyOrGenericFirst = HashSet64()
    /// For a capitalized word, its `Word` bits (honorific, function word, agency, organisation word,
    /// place) in one probe: the people scanner asks all five of most capitalized words.
    private(set) var wordBits = HashMap64()

    /// Bits of `wordBits`.
    enum Word {
        static let honorific: Int32 = 1
        static let stopCap: Int32 = 2
        static let agency: Int32 = 4
        static let organisation: Int32 = 8
        static let place: Int32 = 16
    }

    /// The `Word` bits of the word whose hash is `h` (0: none).
    @inline(__always)
    func bits(_ h: UInt64) -> Int32 { wordBits.get(h) ?? 0 }

    private mutating func addBit(_ h: UInt64, _ bit: Int32) { wordBits.set(h, bits(h) | bit) }
    private(set) var titleModifiers: HashSet64 = []
    private(set) var honorifics: HashSet64 = []
    private(set) var particles: HashSet64 = []
    private(set) var speechVerbs: HashSet64 = []
    /// For the quote recognizer's word scan, made once: a bit filter over the agencies, the first
    /// words of generic sources and the speech verbs; one over the second words of generic sources;
    /// whether some generic source is a single word.
    private(set) var quoteWordFilter = HashFilter64()
    private(set) var genericSecondFilter = HashFilter64()
    private(set) var hasOneWordGeneric = false
    private(set) var organisationWords: HashSet64 = []
    private(set) var places: HashSet64 = []
    private(set) var stopCaps: HashSet64 = []
    private(set) var agencies: HashSet64 = []
    /// Generic sources ("state media", "news agency"), by first token, longest first.
    private(set) var genericSources: [UInt64: [[UInt64]]] = [:]
    /// The lists of `titles` and `genericSources` by first-token hash, as indices into `titleLists` and
    /// `genericLists` (lookups without Swift's seeded `Hasher`).
    private var titleIndex = HashMap64()
    private var titleLists: [[(tokens: [UInt64], title: Title)]] = []
    private var genericIndex = HashMap64()
    private var genericLists: [[[UInt64]]] = []
    private(set) var compoundSuffixes: HashSet64 = []

    /// UK/US spelling variants folded in normalized titles.
    static let spelling: [String: String] = ["defence": "defense", "programme": "program", "counsellor": "counselor",
                                             "organisation": "organization", "labour": "labor"]

    static let lexiconNames = ["title", "title-modifier", "honorific", "name-particle", "speech-verb",
                               "organisation-word", "place", "capitalized-function-word", "agency",
                               "generic-source", "compound-suffix"]

    /// The shipped rule file that holds the people lexicons (a test checks it holds all of them).
    static let shippedFile = "people-lexicons.json5"

    /// The vocabulary of the shipped lexicons (`Rules/people-lexicons.json5`, embedded in the binary);
    /// empty if it cannot be read. Only that file is parsed: the whole built-in rule set took a fifth
    /// of a small check's instructions, for the honorifics of a name key.
    static let shipped = PeopleVocabulary(lexicons: shippedLexicons)

    /// The lexicons of `shippedFile`.
    static var shippedLexicons: Lexicons {
        let files = EmbeddedRules.files.filter { $0.name == shippedFile }.map { (name: "Rules/" + $0.name, contents: $0.contents) }
        return (try? RuleSet.parse(files: files, builtin: true))?.lexicons ?? Lexicons()
    }

    init(lexicons: Lexicons) {
        add(lexicons)
    }

    /// Adds the entries of the people lexicons in `lexicons`.
    mutating func add(_ lexicons: Lexicons) {
        for name in PeopleVocabulary.lexiconNames {
            guard let lexicon = lexicons[name] else { continue }
            for entry in lexicon.entries where !entry.tokens.isEmpty {
                let hashes = entry.tokens.map { Token.hash(literal: $0) }
                switch name {
                case "title": addTitle(hashes, canonical: entry.canonical, group: entry.group)
                case "generic-source": addGeneric(hashes)
                default:
                    // Single-word lists: multi-token entries add each token ("U.S." → u . s .).
                    for h in hashes {
                        switch name {
                        case "title-modifier": titleModifiers.insert(h)
                        case "honorific": honorifics.insert(h); addBit(h, Word.honorific)
                        case "name-particle": particles.insert(h)
                        case "speech-verb": speechVerbs.insert(h); quoteWordFilter.insert(h)
                        case "organisation-word": organisationWords.insert(h); addBit(h, Word.organisation)
                        case "place": places.insert(h); addBit(h, Word.place)
                        case "capitalized-function-word": stopCaps.insert(h); addBit(h, Word.stopCap)
                        case "agency": agencies.insert(h); agencyOrGenericFirst.insert(h); quoteWordFilter.insert(h); addBit(h, Word.agency)
                        case "compound-suffix": compoundSuffixes.insert(h)
                        default: break
                        }
                    }
                }
            }
        }
    }

    /// The vocabulary for a context: exactly its people lexicons (none: an empty vocabulary, so the
    /// recognizers find fewer people; the Extractor passes the rule files' lexicons).
    static func from(_ context: RecognizerContext) -> PeopleVocabulary {
        PeopleVocabulary(lexicons: context.lexicons)
    }

    /// Whether a word (as written, a trailing "." ignored) is an honorific of this vocabulary.
    func isHonorific(_ word: String) -> Bool {
        // ASCII (every character one byte): trim the dots and hash the bytes in place, no copies.
        let ascii: Bool?? = word.utf8.withContiguousStorageIfAvailable { u -> Bool? in
            guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
            return isHonorific(ascii: u, 0..<u.count)
        }
        if let found = ascii ?? nil { return found }
        var w = Substring(word)
        while w.hasSuffix(".") { w = w.dropLast() }
        while w.hasPrefix(".") { w = w.dropFirst() }
        return !w.isEmpty && honorifics.contains(Token.hash(literal: String(w)))
    }

    /// `isHonorific` of the ASCII word `u[range]`, hashed in place.
    func isHonorific(ascii u: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var s = range.lowerBound, e = range.upperBound
        while e > s, u[e - 1] == 0x2E { e -= 1 }
        while s < e, u[s] == 0x2E { s += 1 }
        return s < e && honorifics.contains(Normalizer.hash(u, s..<e))
    }

    private mutating func addTitle(_ hashes: [UInt64], canonical: String, group: String?) {
        guard let first = hashes.first else { return }
        var list = titles[first, default: []]
        list.removeAll { $0.tokens == hashes }
        list.append((hashes, Title(length: hashes.count, canonical: canonical, group: group)))
        list.sort { $0.tokens.count > $1.tokens.count }
        titles[first] = list
        titleFirst.insert(first)
        titleFilter.insert(first)
        if let k = titleIndex.get(first) { titleLists[Int(k)] = list } else {
            titleIndex.set(first, Int32(titleLists.count))
            titleLists.append(list)
        }
    }

    private mutating func addGeneric(_ hashes: [UInt64]) {
        guard let first = hashes.first else { return }
        var list = genericSources[first, default: []]
        if !list.contains(hashes) { list.append(hashes) }
        list.sort { $0.count > $1.count }
        genericSources[first] = list
        genericFirst.insert(first)
        agencyOrGenericFirst.insert(first)
        quoteWordFilter.insert(first)
        if hashes.count >= 2 { genericSecondFilter.insert(hashes[1]) } else { hasOneWordGeneric = true }
        if let k = genericIndex.get(first) { genericLists[Int(k)] = list } else {
            genericIndex.set(first, Int32(genericLists.count))
            genericLists.append(list)
        }
    }

    /// Token hashes of a phrase, split the way the tokenizer splits ("secretary-general" → 3 tokens).
    static func split(_ phrase: String) -> [UInt64] {
        let seg = Segmenter().segment(Array(phrase.utf8))
        return seg.tokens.map(\.hash)
    }

    /// The longest title phrase starting at token `i` (`tokens` already hashed).
    /// Whether some title phrase starts with the word whose hash is `h`.
    @inline(__always)
    func startsTitle(_ h: UInt64) -> Bool { titleFilter.mayContain(h) && titleFirst.contains(h) }

    /// Whether some generic source phrase starts with the word whose hash is `h`.
    @inline(__always)
    func startsGeneric(_ h: UInt64) -> Bool { genericFirst.contains(h) }

    func title(at i: Int, in tokens: [Token]) -> Title? {
        // (`titleIndex` has exactly the keys of `titleFirst`.)
        guard startsTitle(tokens[i].hash), let li = titleIndex.get(tokens[i].hash) else { return nil }
        for (hashes, title) in titleLists[Int(li)] where i + hashes.count <= tokens.count {
            var ok = true
            for k in 1..<max(1, hashes.count) where tokens[i + k].hash != hashes[k] { ok = false; break }
            if ok { return title }
        }
        return nil
    }

    /// Length of the longest generic source phrase at token `i`, or 0.
    func genericSource(at i: Int, in tokens: [Token]) -> Int {
        guard genericFirst.contains(tokens[i].hash), let li = genericIndex.get(tokens[i].hash) else { return 0 }
        for hashes in genericLists[Int(li)] where i + hashes.count <= tokens.count {
            var ok = true
            for k in 1..<max(1, hashes.count) where tokens[i + k].hash != hashes[k] { ok = false; break }
            if ok { return hashes.count }
        }
        return 0
    }
}
