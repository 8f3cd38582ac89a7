/// What a number counts: the head noun after it ("20 to 30 North Korean troops" → "troops",
/// "1,881 injured" → "injured", "the 101-story hotel" → "storey"), reduced to a lemma so the same thing
/// lines up across sources ("storeys", "stories", "floors" → "storey"; "soldiers" → "soldier").
enum CountedNoun {
    /// Words that end a noun phrase: function words, auxiliaries and common verbs of reporting.
    static let stop: HashSet64 = Lit.set([
        "the", "a", "an", "of", "in", "on", "at", "to", "from", "by", "for", "with", "and", "or", "but", "nor",
        "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "said", "say", "says", "who", "which",
        "that", "this", "these", "those", "than", "as", "per", "since", "until", "after", "before", "during", "while",
        "when", "where", "will", "would", "could", "should", "may", "might", "can", "must", "shall", "do", "does", "did",
        "more", "less", "fewer", "about", "around", "over", "under", "into", "onto", "across", "through", "between",
        "among", "against", "within", "without", "up", "down", "out", "off", "so", "if", "then", "there", "here",
        "it", "its", "their", "his", "her", "our", "your", "my", "they", "he", "she", "we", "you", "i", "them",
        "each", "every", "all", "some", "any", "no", "not", "also", "still", "just", "only", "even", "ago", "later",
        "earlier", "apiece", "each", "respectively", "including", "included", "like", "such", "own",
        "'s", "s", "'", "am", "pm", "a.m", "p.m", "local", "time",
    ])

    /// Nouns that stay plural (collectives): lemma is the word itself.
    static let pluralia: Set<String> = ["people", "police", "troops", "staff", "personnel", "news", "series", "species",
                                        "headquarters", "arms", "cattle", "clothes", "remains", "means", "data", "media"]
    static let irregular: [String: String] = [
        "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth", "mice": "mouse",
        "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf", "thieves": "thief",
        "story": "storey", "stories": "storey", "storey": "storey", "storeys": "storey", "floor": "storey", "floors": "storey",
        "casualties": "casualty", "countries": "country", "cities": "city", "bodies": "body", "families": "family",
    ]

    /// `pluralia` and `irregular` keyed by token hash (the hash of the normalized word), read without
    /// Swift's seeded hashing of strings.
    static let pluraliaHashes = HashSet64(pluralia.map { Lit.h($0) })
    static let irregularByHash = WordTable<String>(irregular.keys.sorted().map { (Lit.h($0), irregular[$0]!) })

    /// Participles news uses as counted nouns ("1,881 injured", "12 dead").
    static let participles: HashSet64 = Lit.set(["injured", "wounded", "dead", "killed", "missing", "displaced", "arrested",
                                                    "detained", "evacuated", "hospitalized", "hospitalised", "infected", "affected", "rescued"])

    /// Whether the normalized word `w` (token hash `h`) is a plural.
    static func isPlural(_ w: String, _ h: UInt64) -> Bool {
        if pluraliaHashes.contains(h) { return true }
        if let i = irregularByHash[h], i != w { return true }
        return (w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is"))
    }

    /// The `irregular` words whose lemma differs from them (`isPlural`'s `i != w`, by hash).
    static let irregularChanged = HashSet64(irregular.filter { $0.key != $0.value }.keys.map { Lit.h($0) })

    // What `find` asks of each word, as bits of one table (one probe a word instead of one per set).
    static let isStop: Int32 = 1
    /// A cardinal or scale word (`NumberWords.cardinal`, `NumberWords.scale`): it ends the run.
    static let isNumberWord: Int32 = 2
    static let isParticiple: Int32 = 4
    /// In `pluraliaHashes` or `irregularChanged`: a plural whatever its shape.
    static let isKnownPlural: Int32 = 8

    /// `stop`, the number words, `participles`, `pluraliaHashes` and `irregularChanged` by word hash.
    static let wordBits: HashMap64 = {
        let sets: [([UInt64], Int32)] = [
            (Array(stop), isStop), (NumberWords.cardinal.keys, isNumberWord), (NumberWords.scale.keys, isNumberWord),
            (Array(participles), isParticiple), (Array(pluraliaHashes), isKnownPlural), (Array(irregularChanged), isKnownPlural),
        ]
        var m = HashMap64(capacity: sets.reduce(0) { $0 + $1.0.count })
        for (words, b) in sets { for h in words { m.set(h, (m.get(h) ?? 0) | b) } }
        return m
    }()

    /// A word token's normalized shape read from its bytes, when they are all ASCII (then the normalized
    /// form is the bytes lower-cased, one Character a byte): its length and its last two bytes (0 when
    /// shorter). Nil for other tokens, which take the `String` path.
    @inline(__always)
    static func asciiShape(_ t: SegmentedText, _ j: Int) -> (length: Int, last: UInt8, beforeLast: UInt8)? {
        let tok = t.tokens[j]
        let s = Int(tok.start), e = Int(tok.end)
        var p = s
        while p < e { if t.text[p] >= 0x80 { return nil }; p += 1 }
        return (e - s, e > s ? Normalizer.lowerASCII(t.text[e - 1]) : 0, e - s > 1 ? Normalizer.lowerASCII(t.text[e - 2]) : 0)
    }

    /// `w.hasSuffix("ed")` and `isPlural(w, h)` for the normalized word `w` of token `j`, whose `wordBits` are `bits`.
    @inline(__always)
    static func pastAndPlural(_ t: SegmentedText, _ j: Int, bits: Int32) -> (past: Bool, plural: Bool) {
        guard let a = asciiShape(t, j) else {
            let w = t.normalized(j)
            return (w.hasSuffix("ed"), isPlural(w, t.h(j)))
        }
        let past = a.beforeLast == 0x65 && a.last == 0x64
        if bits & isKnownPlural != 0 { return (past, true) }
        let b = a.beforeLast
        return (past, a.length > 3 && a.last == 0x73 && b != 0x73 && b != 0x75 && b != 0x69)
    }

    /// The lemma of a normalized noun `w` (token hash `h`).
    static func lemma(_ w: String, _ h: UInt64) -> String {
        if let i = irregularByHash[h] { return i }
        if pluraliaHashes.contains(h) { return w }
        let n = w.count
        if n > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if n > 4, w.hasSuffix("sses") || w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("xes") { return String(w.dropLast(2)) }
        if n > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"), !w.hasSuffix("'s") { return String(w.dropLast()) }
        return w
    }

    /// `lemma(t.normalized(j), t.h(j))` for word token `j`, read from its bytes when they are all ASCII
    /// (the normalized form is then the bytes lower-cased, one Character a byte): one String, the result.
    static func lemma(_ t: SegmentedText, _ j: Int) -> String {
        let h = t.h(j)
        if let i = irregularByHash[h] { return i }
        let tok = t.tokens[j]
        let s = Int(tok.start), e = Int(tok.end)
        var p = s
        while p < e { if t.text[p] >= 0x80 { return lemma(t.normalized(j), h) }; p += 1 }
        /// The `k`-th byte from the end (1 = last), lower-cased.
        @inline(__always) func back(_ k: Int) -> UInt8 { Normalizer.lowerASCII(t.text[e - k]) }
        /// The lower-cased bytes up to `end`, then `y` when set.
        func word(upTo end: Int, y: Bool = false) -> String {
            String(unsafeUninitializedCapacity: end - s + (y ? 1 : 0)) { out in
                var k = 0
                for q in s..<end { out[k] = Normalizer.lowerASCII(t.text[q]); k += 1 }
                if y { out[k] = 0x79; k += 1 }
                return k
            }
        }
        let n = e - s
        if pluraliaHashes.contains(h) { return word(upTo: e) }
        let s1 = n >= 1 ? back(1) : 0, s2 = n >= 2 ? back(2) : 0, s3 = n >= 3 ? back(3) : 0, s4 = n >= 4 ? back(4) : 0
        if n > 4, s3 == 0x69, s2 == 0x65, s1 == 0x73 { return word(upTo: e - 3, y: true) }   // -ies
        if n > 4, s2 == 0x65, s1 == 0x73,
           s4 == 0x73 && s3 == 0x73 || s4 == 0x63 && s3 == 0x68 || s4 == 0x73 && s3 == 0x68 || s3 == 0x78 {   // -sses -ches -shes -xes
            return word(upTo: e - 2)
        }
        if n > 3, s1 == 0x73, s2 != 0x73, s2 != 0x75, s2 != 0x69, s2 != 0x27 { return word(upTo: e - 1) }
        return word(upTo: e)
    }

    /// Whether the normalized form of word token `j` ends in "s" (`t.normalized(j).hasSuffix("s")`).
    static func endsInS(_ t: SegmentedText, _ j: Int) -> Bool {
        guard let a = asciiShape(t, j) else { return t.normalized(j).hasSuffix("s") }
        return a.last == 0x73
    }

    /// The counted noun after token `i` (the token after the number or unit): its token range (head last),
    /// or nil when no noun phrase follows. (Its lemma is `lemma(t, range.upperBound - 1)`, which the caller
    /// makes or finds in its `CountedNounCache`.)
    static func find(_ t: SegmentedText, after i: Int, limit: Int) -> Range<Int>? {
        guard i < limit else { return nil }
        // "101-story", "six-mile": a glued hyphen and a word make a compound adjective; its noun is counted.
        if t.isDash(i), t.glued(i), t.kind(i + 1) == .word, t.glued(i + 1), i + 1 < limit {
            if !stop.contains(t.h(i + 1)) { return i + 1..<i + 2 }
            return nil
        }
        var j = i
        if t.isWord(j, NumberWords.of) { j += 1 }   // "hundreds of protesters"
        // The run of up to four words, read once: its first word and the first plural (or participle) in it.
        // (Read from the token bytes; only the head's normalized word is made a String.)
        var count = 0
        var first = -1, head = -1
        let start = j
        let table = wordBits
        while j < limit, count < 4 {
            let bits = t.kind(j) == .word ? table.get(t.h(j)) ?? 0 : 0
            guard t.kind(j) == .word, bits & isStop == 0 else {
                // Hyphenated modifiers inside the phrase: "North Korean-made", "one-on-one".
                if t.isDash(j), t.glued(j), t.kind(j + 1) == .word, t.glued(j + 1), count > 0 { j += 1; continue }
                break
            }
            if bits & isNumberWord != 0 { break }
            let (past, plural) = pastAndPlural(t, j, bits: bits)
            // Past forms are verbs ("sank", "gathered") unless they are the participles news counts ("injured").
            let participle = bits & isParticiple != 0
            if past && !participle { break }
            if count == 0 { first = j }
            // The head: the first plural in the run ("North Korean troops were"), else a lone word ("injured").
            if head < 0, plural || participle { head = j }
            count += 1
            j += 1
        }
        guard count > 0 else { return nil }
        // Without a plural, only a lone word is taken ("a 10k race"); "6.1 earthquake struck" has no counted noun.
        if head < 0, count == 1 { head = first }
        if head < 0 { return nil }
        // A capitalized head is a name ("2 Kings", "the 2019 Olympics"), not a counted noun; a lone letter
        // is a unit or a label ("some 420 m", a spaced "m" the unit table leaves unread), not one either.
        guard !t.isCapitalized(head), t.length(head) > 1 else { return nil }
        return start..<head + 1
    }
}
