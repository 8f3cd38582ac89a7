/// The word lists the people and quote recognizers work from, as token hashes: titles (with their
/// canonical forms and synonym groups), title modifiers, honorifics, name particles, speech verbs,
/// organisation and place words, capitalized function words, news agencies, generic sources, and the
/// nouns and prefixes that make the name after them a vessel's.
///
/// Built only from the lexicons of those names in the rule files (`Rules/people-lexicons.json5` is
/// embedded in the binary and reaches the recognizers through the Extractor's `RecognizerContext`;
/// user files extend it). There are no word lists in code: without lexicons
/// (`--no-default-rules`) the recognizers find only what the name shapes alone allow.
struct PeopleVocabulary: Sendable {
    /// The pronouns a quote's speaker can be, hashed: the quote recognizer resolves them, and its word
    /// filter (`quoteWordFilter`) lets them through.
    static let speakerPronouns = (he: Token.hash(literal: "he"), she: Token.hash(literal: "she"))

    /// A title phrase from the `title` lexicon.
    struct Title: Sendable {
        var length: Int
        var canonical: String
        var group: String?
    }

    /// The tables, filled by `add` and then read only.
    private struct Tables: Sendable {
        /// Title phrases by the hash of their first token, longest first.
        var titles: [UInt64: [(tokens: [UInt64], title: Title)]] = [:]
        /// The keys of `titles` and `genericSources`, checked first: most tokens start neither, and a
        /// `HashSet64` probe is far cheaper than a Dictionary lookup through Swift's seeded `Hasher`.
        var titleFirst = HashSet64()
        /// A bit filter over the keys of `titleFirst`: one load rules out most words before the probe
        /// (the people scan asks it of every word).
        var titleFilter = HashFilter64()
        var genericFirst = HashSet64()
        /// For a capitalized word, its `Word` bits (honorific, function word, agency, organisation word,
        /// place) in one probe: the people scanner asks all five of most capitalized words.
        var wordBits = HashMap64()

        var titleModifiers: HashSet64 = []
        var honorifics: HashSet64 = []
        var particles: HashSet64 = []
        /// One bit per particle (`particleBit`), for `mayBeParticle`.
        var particleBits: UInt64 = 0
        var speechVerbs: HashSet64 = []
        /// For the quote recognizer's word scan, made once: a bit filter over the agencies, the first
        /// words of generic sources and the speech verbs; one over the second words of generic sources;
        /// whether some generic source is a single word.
        /// (With the pronouns a quote's speaker can be, `speakerPronouns`, which the scan also looks at.)
        var quoteWordFilter: HashFilter64 = {
            var f = HashFilter64()
            f.insert(PeopleVocabulary.speakerPronouns.he)
            f.insert(PeopleVocabulary.speakerPronouns.she)
            return f
        }()
        var genericSecondFilter = HashFilter64()
        var hasOneWordGeneric = false
        /// For the quote recognizer's actor scan, the `QuoteWord` bits of each word its filter is over
        /// (speech verb, agency, first word of a generic source, speaker pronoun): one probe answers
        /// what was four (the scan looks at every word the filter lets through, most of them no member).
        var quoteWordBits: HashMap64 = {
            var m = HashMap64()
            m.set(PeopleVocabulary.speakerPronouns.he, QuoteWord.pronoun)
            m.set(PeopleVocabulary.speakerPronouns.she, QuoteWord.pronoun)
            return m
        }()
        var organisationWords: HashSet64 = []
        var places: HashSet64 = []
        var stopCaps: HashSet64 = []
        var agencies: HashSet64 = []
        /// Generic sources ("state media", "news agency"), by first token, longest first.
        var genericSources: [UInt64: [[UInt64]]] = [:]
        /// The lists of `titles` and `genericSources` by first-token hash, as indices into `titleLists` and
        /// `genericLists` (lookups without Swift's seeded `Hasher`).
        var titleIndex = HashMap64()
        var titleLists: [[(tokens: [UInt64], title: Title)]] = []
        var genericIndex = HashMap64()
        var genericLists: [[[UInt64]]] = []
        var compoundSuffixes: HashSet64 = []
        var vesselNouns: HashSet64 = []
        var vesselPrefixes: HashSet64 = []
        /// A 256-bit filter over `vesselNouns` and `vesselPrefixes` (see `mayBeVesselWord`).
        var vesselBits = SIMD4<UInt64>()

        mutating func addVesselBit(_ h: UInt64) {
            let k = PeopleVocabulary.vesselBit(h)
            vesselBits[k >> 6] |= 1 << UInt64(k & 63)
        }

        mutating func addBit(_ h: UInt64, _ bit: Int32) { wordBits.set(h, (wordBits.get(h) ?? 0) | bit) }

        mutating func addQuoteBit(_ h: UInt64, _ bit: Int32) { quoteWordBits.set(h, (quoteWordBits.get(h) ?? 0) | bit) }

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
                            case "name-particle": particles.insert(h); particleBits |= 1 << UInt64(PeopleVocabulary.particleBit(h))
                            case "speech-verb": speechVerbs.insert(h); quoteWordFilter.insert(h); addQuoteBit(h, QuoteWord.speechVerb)
                            case "organisation-word": organisationWords.insert(h); addBit(h, Word.organisation)
                            case "place": places.insert(h); addBit(h, Word.place)
                            case "capitalized-function-word": stopCaps.insert(h); addBit(h, Word.stopCap)
                            case "agency":
                                agencies.insert(h); quoteWordFilter.insert(h); addBit(h, Word.agency)
                                addQuoteBit(h, QuoteWord.agency)
                            case "compound-suffix": compoundSuffixes.insert(h)
                            case "vessel": vesselNouns.insert(h); addVesselBit(h)
                            case "vessel-prefix": vesselPrefixes.insert(h); addVesselBit(h)
                            default: break
                            }
                        }
                    }
                }
            }
        }

        mutating func addTitle(_ hashes: [UInt64], canonical: String, group: String?) {
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

        mutating func addGeneric(_ hashes: [UInt64]) {
            guard let first = hashes.first else { return }
            var list = genericSources[first, default: []]
            if !list.contains(hashes) { list.append(hashes) }
            list.sort { $0.count > $1.count }
            genericSources[first] = list
            genericFirst.insert(first)
            quoteWordFilter.insert(first)
            addQuoteBit(first, QuoteWord.genericFirst)
            if hashes.count >= 2 { genericSecondFilter.insert(hashes[1]) } else { hasOneWordGeneric = true }
            if let k = genericIndex.get(first) { genericLists[Int(k)] = list } else {
                genericIndex.set(first, Int32(genericLists.count))
                genericLists.append(list)
            }
        }
    }

    /// The tables behind one immutable reference: a vocabulary is copied into every source's people
    /// analysis and into the recognizers, for one retain instead of one for each of two dozen tables.
    private final class Storage: Sendable {
        let tables: Tables
        init(_ tables: Tables) { self.tables = tables }
    }

    private var storage = Storage(Tables())

    /// Title phrases by the hash of their first token, longest first.
    var titles: [UInt64: [(tokens: [UInt64], title: Title)]] { storage.tables.titles }
    /// For a capitalized word, its `Word` bits (see `bits`).
    var wordBits: HashMap64 { storage.tables.wordBits }
    /// A bit filter over the first words of title phrases (see `startsTitle`).
    var titleFilter: HashFilter64 { storage.tables.titleFilter }
    var titleModifiers: HashSet64 { storage.tables.titleModifiers }
    var honorifics: HashSet64 { storage.tables.honorifics }
    var particles: HashSet64 { storage.tables.particles }
    /// The filter bits of `mayBeParticle`: one word, which the people scan holds once per scan.
    var particleBits: UInt64 { storage.tables.particleBits }

    /// The bit of `particleBits` for hash `h`: its top 6 bits (an FNV hash's are mixed enough; no
    /// multiply).
    @inline(__always)
    static func particleBit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 58) }

    /// Whether the word of hash `h` may be a name particle (`bits`: `particleBits`): false for most
    /// other words, never for a particle. The people scan asks it of the lower-case word after each
    /// run, before the exact lookup.
    @inline(__always)
    static func mayBeParticle(_ h: UInt64, _ bits: UInt64) -> Bool { bits & (1 << UInt64(particleBit(h))) != 0 }
    var speechVerbs: HashSet64 { storage.tables.speechVerbs }
    /// For the quote recognizer's word scan (see `Tables.quoteWordFilter`).
    var quoteWordFilter: HashFilter64 { storage.tables.quoteWordFilter }
    var genericSecondFilter: HashFilter64 { storage.tables.genericSecondFilter }
    var hasOneWordGeneric: Bool { storage.tables.hasOneWordGeneric }
    var organisationWords: HashSet64 { storage.tables.organisationWords }
    var places: HashSet64 { storage.tables.places }
    var stopCaps: HashSet64 { storage.tables.stopCaps }
    var agencies: HashSet64 { storage.tables.agencies }
    /// Generic sources ("state media", "news agency"), by first token, longest first.
    var genericSources: [UInt64: [[UInt64]]] { storage.tables.genericSources }
    var compoundSuffixes: HashSet64 { storage.tables.compoundSuffixes }
    /// Nouns after which a name is a vessel's ("the ferry Maren Star"), and prefixes that make one
    /// ("MV Maren Star", matched only when written in capitals: "Ms" is an honorific).
    var vesselNouns: HashSet64 { storage.tables.vesselNouns }
    var vesselPrefixes: HashSet64 { storage.tables.vesselPrefixes }
    /// The filter bits of `mayBeVesselWord`: a value of four words (no array), which the people scan
    /// holds once per scan without a retain.
    var vesselBits: SIMD4<UInt64> { storage.tables.vesselBits }

    /// The bit of `vesselBits` for hash `h` (its top 8 bits after a multiply).
    @inline(__always)
    static func vesselBit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 56) }

    /// Whether the word of hash `h` may be a vessel noun or prefix (`bits`: `vesselBits`): false for
    /// most other words, never for one of them. The people scan asks it of the word before each run,
    /// before the exact lookups.
    @inline(__always)
    static func mayBeVesselWord(_ h: UInt64, _ bits: SIMD4<UInt64>) -> Bool {
        let k = vesselBit(h)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// Bits of `wordBits`.
    enum Word {
        static let honorific: Int32 = 1
        static let stopCap: Int32 = 2
        static let agency: Int32 = 4
        static let organisation: Int32 = 8
        static let place: Int32 = 16
    }

    /// The bits of `quoteWordBits`: what a word may be to the quote recognizer's actor scan.
    enum QuoteWord {
        static let speechVerb: Int32 = 1
        static let agency: Int32 = 2
        /// The first word of a generic source ("state media").
        static let genericFirst: Int32 = 4
        /// "he" or "she" (`speakerPronouns`).
        static let pronoun: Int32 = 8
    }

    /// For each speech verb, agency, first word of a generic source and speaker pronoun, its
    /// `QuoteWord` bits (a word outside the table has none).
    var quoteWordBits: HashMap64 { storage.tables.quoteWordBits }

    /// The `Word` bits of the word whose hash is `h` (0: none).
    @inline(__always)
    func bits(_ h: UInt64) -> Int32 { storage.tables.wordBits.get(h) ?? 0 }

    /// UK/US spelling variants folded in normalized titles.
    static let spelling: [String: String] = ["defence": "defense", "programme": "program", "counsellor": "counselor",
                                             "organisation": "organization", "labour": "labor"]

    static let lexiconNames = ["title", "title-modifier", "honorific", "name-particle", "speech-verb",
                               "organisation-word", "place", "capitalized-function-word", "agency",
                               "generic-source", "compound-suffix", "vessel", "vessel-prefix"]

    /// The shipped rule file that holds the people lexicons (a test checks it holds all of them).
    static let shippedFile = "people-lexicons.json5"

    /// The shipped honorifics (of `Rules/people-lexicons.json5`, embedded in the binary), all that
    /// `PersonName.display` and `PersonName.key` ask of the shipped lexicons: a vocabulary holding only
    /// that lexicon; empty if the file cannot be read. Only its `honorific` list is read, by the JSON5
    /// scanner alone: parsing the file as rules took 14 M instructions for a list of a dozen words.
    /// (A test checks it against the vocabulary of the whole parsed file.)
    static let shippedHonorifics = PeopleVocabulary(lexicons: shippedLexicons(named: ["honorific"]))

    /// The lexicons of `shippedFile`.
    static var shippedLexicons: Lexicons {
        let files = EmbeddedRules.files.filter { $0.name == shippedFile }.map { (name: "Rules/" + $0.name, contents: $0.contents) }
        return (try? RuleSet.parse(files: files, builtin: true))?.lexicons ?? Lexicons()
    }

    /// The lexicons `names` of `shippedFile`, read without the rule-file parser (no checks, no rules): an
    /// entry is a phrase or an object with a `phrase`, its words normalized as the parser does.
    static func shippedLexicons(named names: [String]) -> Lexicons {
        guard let file = EmbeddedRules.files.first(where: { $0.name == shippedFile }) else { return Lexicons() }
        let bytes = Array(file.contents.utf8)
        // The lists' values alone, parsed each on its own (the file holds a thousand other entries);
        // the whole file when its layout is not the expected one.
        var lists: [(key: String, node: JSON5Node)] = []
        if let slices = lexiconSlices(bytes, names: names) {
            for (key, range) in slices {
                guard let node = try? JSON5Scanner.parse(Array(bytes[range])) else { lists = []; break }
                lists.append((key, node))
            }
        }
        if lists.isEmpty {
            guard let root = try? JSON5Scanner.parse(bytes),
                  let members = root.members?.first(where: { $0.key == "lexicons" })?.node.members else { return Lexicons() }
            lists = members.map { ($0.key, $0.node) }
        }
        var out: [Lexicon] = []
        for list in lists where names.contains(list.key) {
            var entries: [Lexicon.Entry] = []
            for item in list.node.array ?? [] {
                guard let phrase = item.string ?? item.members?.first(where: { $0.key == "phrase" })?.node.string else { continue }
                let bytes = Array(phrase.utf8)
                let tokens = Tokenizer().tokenize(bytes)
                guard !tokens.isEmpty else { continue }
                var words = tokens.map { String(decoding: Normalizer.normalize(bytes: Array(bytes[Int($0.start)..<Int($0.end)])), as: UTF8.self) }
                if Normalizer.normalize(phrase).trimmingSpaces == "'s" { words = ["'s"] }
                entries.append(Lexicon.Entry(tokens: words, canonical: phrase))
            }
            out.append(Lexicon(name: list.key, entries: entries))
        }
        return Lexicons(out)
    }

    /// The byte ranges of the values of the members `names` of the top-level `lexicons` object of a
    /// JSON5 file, in file order, found by a scan of its strings, comments and brackets (no values
    /// parsed); nil when the file is not laid out as expected (a key with an escape, unbalanced
    /// brackets, no `lexicons` object, a listed value that is not an array): the caller parses it all.
    static func lexiconSlices(_ b: [UInt8], names: [String]) -> [(key: String, range: Range<Int>)]? {
        let n = b.count
        var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var depth = 0
        /// The depth of the `lexicons` object's members, once its `{` is met (0 before, -1 after it).
        var lexiconsDepth = 0
        /// The last string or identifier read outside the lists (a key when a `:` follows).
        var lastWord: String?
        var out: [(key: String, range: Range<Int>)] = []
        /// The start of a listed value being skipped and its key, and the depth it closes at.
        var open: (key: String, start: Int, depth: Int)?
        func isWordByte(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x5F || c == 0x24 || c == 0x2D || c == 0x2B || c == 0x2E
        }
        while i < n {
            let c = b[i]
            switch c {
            case 0x2F where i + 1 < n && b[i + 1] == 0x2F:
                while i < n && b[i] != 0x0A { i += 1 }
                continue
            case 0x2F where i + 1 < n && b[i + 1] == 0x2A:
                i += 2
                while i + 1 < n && !(b[i] == 0x2A && b[i + 1] == 0x2F) { i += 1 }
                guard i + 1 < n else { return nil }
                i += 2
                continue
            case 0x22, 0x27:
                var k = i + 1
                var escaped = false
                while k < n && b[k] != c {
                    if b[k] == 0x5C { escaped = true; k += 1 }
                    k += 1
                }
                guard k < n else { return nil }
                // (Keys and values outside the lists: with an escape, the file is parsed as a whole.)
                if depth <= 2 && open == nil {
                    if escaped { return nil }
                    lastWord = String(decoding: b[(i + 1)..<k], as: UTF8.self)
                } else {
                    lastWord = nil
                }
                i = k + 1
                continue
            case 0x3A:
                // A key's colon: the value follows.
                if depth == 1 && lexiconsDepth == 0 && lastWord == "lexicons" {
                    var k = i + 1
                    while k < n && (b[k] == 0x20 || b[k] == 0x0A || b[k] == 0x0D || b[k] == 0x09) { k += 1 }
                    guard k < n && b[k] == 0x7B else { return nil }
                    lexiconsDepth = 2
                } else if depth == 2 && lexiconsDepth == 2 && open == nil, let key = lastWord, names.contains(key) {
                    var k = i + 1
                    while k < n && (b[k] == 0x20 || b[k] == 0x0A || b[k] == 0x0D || b[k] == 0x09) { k += 1 }
                    guard k < n && b[k] == 0x5B else { return nil }
                    open = (key, k, depth)
                }
                lastWord = nil
            case 0x7B, 0x5B:
                depth += 1
                lastWord = nil
            case 0x7D, 0x5D:
                depth -= 1
                guard depth >= 0 else { return nil }
                if let o = open, depth == o.depth {
                    out.append((o.key, o.start..<(i + 1)))
                    open = nil
                }
                if lexiconsDepth == 2 && depth == 1 { lexiconsDepth = -1 }
                lastWord = nil
            default:
                if isWordByte(c) {
                    var k = i
                    while k < n && isWordByte(b[k]) { k += 1 }
                    lastWord = depth <= 2 && open == nil ? String(decoding: b[i..<k], as: UTF8.self) : nil
                    i = k
                    continue
                }
                if c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09 { lastWord = nil }
            }
            i += 1
        }
        guard depth == 0, open == nil, lexiconsDepth == -1 else { return nil }
        return out
    }

    init(lexicons: Lexicons) {
        add(lexicons)
    }

    /// Adds the entries of the people lexicons in `lexicons`.
    mutating func add(_ lexicons: Lexicons) {
        var tables = storage.tables
        tables.add(lexicons)
        storage = Storage(tables)
    }

    /// The identity of this vocabulary's tables: equal for two vocabularies that share them (one
    /// copied from the other), which are then equal (while one of them holds the tables).
    var tablesIdentity: ObjectIdentifier { ObjectIdentifier(storage) }

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
        return !w.isEmpty && storage.tables.honorifics.contains(Token.hash(literal: String(w)))
    }

    /// `isHonorific` of the ASCII word `u[range]`, hashed in place.
    func isHonorific(ascii u: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var s = range.lowerBound, e = range.upperBound
        while e > s, u[e - 1] == 0x2E { e -= 1 }
        while s < e, u[s] == 0x2E { s += 1 }
        return s < e && storage.tables.honorifics.contains(Normalizer.hash(u, s..<e))
    }

    /// Token hashes of a phrase, split the way the tokenizer splits ("secretary-general" → 3 tokens).
    static func split(_ phrase: String) -> [UInt64] {
        let seg = Segmenter().segment(Array(phrase.utf8))
        return seg.tokens.map(\.hash)
    }

    /// Whether some title phrase starts with the word whose hash is `h`.
    @inline(__always)
    func startsTitle(_ h: UInt64) -> Bool { storage.tables.titleFilter.mayContain(h) && storage.tables.titleFirst.contains(h) }

    /// Whether some generic source phrase starts with the word whose hash is `h`.
    @inline(__always)
    func startsGeneric(_ h: UInt64) -> Bool { storage.tables.genericFirst.contains(h) }

    /// The title phrase starting at token `i`, its `length` the tokens it covers. A word of the phrase
    /// may be followed by its abbreviation's stop ("Lt. Col. Vida Maren", "Sen. Tom Hale", "Det. Insp."):
    /// a "." written right after the word, which ends no sentence (the segmenter's `titles` keep one
    /// from ending there), is part of the title, so lexicons list "lt col" once for both styles; an
    /// entry written with its stops ("u.s. attorney") still matches them as its own tokens. A stop
    /// that ends the sentence ("... said the governor. Petra Lindqvist ...") is not.
    func title(at i: Int, in tokens: [Token]) -> Title? {
        // (`titleIndex` has exactly the keys of `titleFirst`: its one probe answers `startsTitle` too. The
        // people scan, the one caller, asks only at words `titleFilter` lets through.)
        guard let li = storage.tables.titleIndex.get(tokens[i].hash) else { return nil }
        // (The entries read in place: a phrase's hashes and title are not copied, with their retains
        // and releases, for each entry tried; only the title found is.)
        return storage.tables.titleLists[Int(li)].withUnsafeBufferPointer { list -> Title? in
            tokens.withUnsafeBufferPointer { tk -> Title? in
                for e in 0..<list.count {
                    let end: Int? = list[e].tokens.withUnsafeBufferPointer { hashes in
                        // The entry's own next token first (an entry may hold stops: "u.s. attorney",
                        // "lt. gov."), else that token after a stop.
                        var k = i + 1
                        for j in 1..<max(1, hashes.count) {
                            if k < tk.count, tk[k].hash == hashes[j] { k += 1; continue }
                            let after = Self.afterStop(k, tk)
                            guard after > k, tk[after].hash == hashes[j] else { return nil }
                            k = after + 1
                        }
                        return Self.afterStop(k, tk)
                    }
                    if let end {
                        var title = list[e].title
                        title.length = end - i
                        return title
                    }
                }
                return nil
            }
        }
    }

    private static let stop = Token.hash(literal: ".")

    /// `k`, or the token after it when `k` is an abbreviation's stop: a "." with no space before it,
    /// followed by a token of the same sentence.
    @inline(__always)
    private static func afterStop(_ k: Int, _ tk: UnsafeBufferPointer<Token>) -> Int {
        guard k + 1 < tk.count, tk[k].hash == stop, !tk[k].flags.contains(.spaceBefore),
              !tk[k + 1].flags.contains(.sentenceStart) else { return k }
        return k + 1
    }

    /// Length of the longest generic source phrase at token `i`, or 0.
    func genericSource(at i: Int, in tokens: [Token]) -> Int {
        guard storage.tables.genericFirst.contains(tokens[i].hash), let li = storage.tables.genericIndex.get(tokens[i].hash) else { return 0 }
        for hashes in storage.tables.genericLists[Int(li)] where i + hashes.count <= tokens.count {
            var ok = true
            for k in 1..<max(1, hashes.count) where tokens[i + k].hash != hashes[k] { ok = false; break }
            if ok { return hashes.count }
        }
        return 0
    }
}
