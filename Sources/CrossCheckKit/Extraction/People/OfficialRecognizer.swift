/// `<official>`: a person named with a title or role, in the common news constructions:
///
/// - before the name: "Foreign Minister Anna Berglund", "FM Berglund", "Minister of Defence ...",
///   with qualifiers "Norland President ...", "NATO Secretary General ...", "White House national
///   security council spokesman ...", and a possessor "Berglund's foreign policy aide ...";
/// - the title, then the name between commas, the phrase opening the sentence or after a speech verb:
///   "The shadow finance minister, Helen Brookes, said ...";
/// - an appositive after the name: "..., the U.S. Secretary of State", "..., a former Northland special
///   forces commander", "..., professor of marine biology at Velm University", "..., an analyst with
///   the 38 Harbour program", "..., the company's chief executive", "..., the authority's area manager".
///
/// The value is `.official(name: canonical person, title: normalized title)`: lexicon canonical forms
/// ("FM" → "foreign minister", "aide" → "adviser", "defence chief" → "defense minister") with the
/// lower-case modifiers that matter ("foreign policy adviser", "former special forces commander");
/// capitalized qualifiers (nation, organisation) go to the `org` attribute, a possessor to `of`, the
/// head title's canonical form and group to `head` and `group`.
public struct OfficialRecognizer: Recognizer, RecognizesInPlace, PeopleRecognizing {
    public let name = "official"

    public init() {}

    private static let possessive = Token.hash(literal: "'s")
    private static let comma = Token.hash(literal: ",")
    private static let dot = Token.hash(literal: ".")
    private static let ex = Token.hash(literal: "ex")
    /// Words after which a title word is a verb: "voters will judge Tom Hale", "she used to coach Tom Hale".
    private static let verbLeads: HashSet64 = HashSet64(["to", "will", "would", "shall", "should", "can", "could", "may",
                                                          "might", "must", "'ll", "did", "does", "do"].map { Token.hash(literal: $0) })
    private static let determiners: HashSet64 = HashSet64(["a", "an", "the"].map { Token.hash(literal: $0) })
    private static let ofHash = Token.hash(literal: "of")
    private static let orgPrepositions: HashSet64 = HashSet64(["at", "with", "for", "from"].map { Token.hash(literal: $0) })
    /// Possessive pronouns that open "Its chief executive, Dana Holm, said ..." as a determiner does.
    private static let possessivePronouns: HashSet64 = HashSet64(["its", "their", "his", "her", "our"].map { Token.hash(literal: $0) })
    private static let andHash = Token.hash(literal: "and")
    /// Conjunctions that start a clause of their own when they open the sentence or follow a comma
    /// ("But the chief executive, Dana Holm, said", "sales fell, and the minister, Ola Berg, said"):
    /// what follows them is no opening clause whose comma could end it.
    private static let clauseConjunctions: HashSet64 = HashSet64(["and", "but", "yet", "so"].map { Token.hash(literal: $0) })
    /// Ordinals, title modifiers only right before a rank they number ("first deputy prime minister",
    /// "first vice president", "second secretary"): "the city's first female mayor" and "the first
    /// mayor of Velm" count mayors, they name no rank of the post.
    private static let ordinals: HashSet64 = HashSet64(["first", "second", "third"].map { Token.hash(literal: $0) })
    private static let ordinalRanks: HashSet64 = HashSet64(["deputy", "vice", "secretary", "assistant", "under"].map { Token.hash(literal: $0) })
    /// Nouns of a work a title and a name may be the name of ("the Beatles' Sgt Pepper album", "a
    /// Captain Marvel film", "the Major Tom song"): a title and name right before one of them name the
    /// work, not an official, since a person's name is seldom written as a modifier of such a noun.
    /// Not words that are as often adverbs or adjectives ("single-handedly", "a comic turn").
    private static let workNouns: HashSet64 = HashSet64(["album", "albums", "lp", "film", "films", "movie", "movies", "song",
                                                          "songs", "musical", "novel", "franchise", "sequel", "soundtrack"]
                                                          .map { Token.hash(literal: $0) })
    private static let stopComplement: HashSet64 = HashSet64(["the", "a", "an", "and", "in", "at", "with", "for", "to", "on", "by", "who", "which", "that"].map { Token.hash(literal: $0) })

    public func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        recognizedList(text, context: context)
    }

    /// `recognize(_:context:)`, appended to `out` (`RecognizesInPlace`).
    func recognize(_ text: SegmentedText, context: RecognizerContext, into out: inout [Recognition]) {
        let people = PeopleAnalysis.of(text, context)
        // Both constructions need a title phrase (`before` one ending at the name, `after` a head),
        // and a person. (Asked first: a text without either copies none of the scan's tables out.)
        if people.scan.titles.isEmpty || people.scan.mentions.isEmpty { return }
        let scan = people.scan
        let vocabulary = people.vocabulary
        // A recognition's attributes, written into one reused buffer and copied out.
        var kv = AttributeWriter()
        let comma = Self.comma
        let copulas = Self.copulas
        // Most mentions have neither a title phrase ending right before them nor a comma right after:
        // both are checked here on the raw tables, and `before`/`after` run only for the mentions that
        // pass (no call, no segment, no optional recognition for the others).
        scan.titleIndex.withUnsafeBufferPointer { titleIndex in
            scan.titles.withUnsafeBufferPointer { titles in
                text.tokens.withUnsafeBufferPointer { tokens in
                    scan.mentions.withUnsafeBufferPointer { mentions in
                        let n = tokens.count
                        for i in 0..<mentions.count {
                            // (By index: a mention is not copied, only the fields read. The list is made at its
                            // first recognition, with room for one per mention: not regrown one append at a time.)
                            let name = mentions[i].tokens
                            let s = mentions[i].honorific?.lowerBound ?? name.lowerBound
                            let ts = Self.titleStart(endingAt: s, titleIndex, titles)
                            if ts >= 0, name.upperBound < n, Self.workNouns.contains(tokens[name.upperBound].hash) {
                                // "the Sgt Pepper album": a work's name, no official.
                            } else if ts >= 0, let r = before(i, titleStart: ts, titleEnd: s, text, scan, vocabulary, &kv) {
                                if out.capacity == 0 { out.reserveCapacity(mentions.count) }
                                out.append(r)
                            } else if ts < 0, s > 1, tokens[s - 1].hash == comma, name.upperBound < n, tokens[name.upperBound].hash == comma,
                                      case let cs = Self.titleStart(endingAt: s - 1, titleIndex, titles), cs >= 0,
                                      let r = before(i, titleStart: cs, titleEnd: s - 1, text, scan, vocabulary, &kv) {
                                // "The finance minister, Anil Sharma, said": the title, then the name set off
                                // by commas on both sides (`before` checks the determiner).
                                if out.capacity == 0 { out.reserveCapacity(mentions.count) }
                                out.append(r)
                            }
                            if name.upperBound < n, tokens[name.upperBound].hash == comma,
                               Self.titleStarts(after: name.upperBound + 1, titleIndex),
                               let r = after(i, from: name.upperBound + 1, text, scan, vocabulary, &kv) {
                                if out.capacity == 0 { out.reserveCapacity(mentions.count) }
                                out.append(r)
                            } else if name.upperBound < n, case let c = copulas.end(at: name.upperBound, tokens), c > 0,
                                      Self.titleStarts(after: c, titleIndex), !copulas.inQuestion(before: s, tokens),
                                      let r = after(i, from: c, copula: true, text, scan, vocabulary, &kv),
                                      copulas.endsPost(at: r.tokens.upperBound, tokens) {
                                // "Mira Olsen is chief executive of Halvorsen Group": the title after a
                                // present copula is the person's post; not in a question ("whether Ola Berg
                                // is mayor for another four years") nor when a noun follows the title ("is
                                // chief executive material").
                                if out.capacity == 0 { out.reserveCapacity(mentions.count) }
                                out.append(r)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Copulas after which a title names the post the person holds now ("Mira Olsen is chief executive of
    /// Halvorsen Group", "Ola Berg has been mayor since 2019", "Ana Lind remains president"). Not "was",
    /// "had been" or "became": those give a post held at some time, which another source rightly calls
    /// "former", and "former chief executive" is another post than "chief executive" (TitleComparison):
    /// reading them would make a false conflict of two true accounts.
    /// (Their hashes, read once per text into a local: asked after almost every mention.)
    private struct Copulas {
        let `is` = Token.hash(literal: "is"), remains = Token.hash(literal: "remains")
        let has = Token.hash(literal: "has"), been = Token.hash(literal: "been")

        let whether = Token.hash(literal: "whether"), `if` = Token.hash(literal: "if")
        /// Words that may follow a post: a preposition, conjunction or adverb ("is chief executive again
        /// after the merger", "is mayor but will step down"), not a noun the title describes.
        let afterPost: Set<UInt64> = Set(["of", "at", "for", "in", "since", "and", "until", "with", "from", "on", "again", "now", "but",
                                          "after", "while", "who", "which", "though", "although", "once", "to", "as", "by", "under",
                                          "over", "when", "because", "so", "or", "than", "still", "too", "also", "already", "there",
                                          "here", "today", "before", "during", "whose", "where"].map { Token.hash(literal: $0) })

        /// Whether the name starting at `s` is the subject of a question ("whether Ola Berg is mayor").
        @inline(__always)
        func inQuestion(before s: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
            s > 0 && (tokens[s - 1].hash == whether || tokens[s - 1].hash == `if`)
        }

        /// Whether the title read after a copula ends at `k`: the text ends, or punctuation, a capitalized
        /// word or a preposition follows, not a lower-case noun ("chief executive material").
        @inline(__always)
        func endsPost(at k: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
            guard k < tokens.count, tokens[k].kind == .word, !tokens[k].flags.contains(.capitalized) else { return true }
            return afterPost.contains(tokens[k].hash)
        }

        /// The token after a present copula at `k` ("is", "remains", "has been"), or 0 when there is none.
        @inline(__always)
        func end(at k: Int, _ tokens: UnsafeBufferPointer<Token>) -> Int {
            let h = tokens[k].hash
            if h == `is` || h == remains { return k + 1 }
            if h == has, k + 1 < tokens.count, tokens[k + 1].hash == been { return k + 2 }
            return 0
        }
    }

    private static let copulas = Copulas()

    /// Whether token `k` is a conjunction that opens a clause: at the sentence's start or after a comma.
    private static func opensClause(_ k: Int, _ sentenceStart: Int, _ tokens: [Token]) -> Bool {
        guard k >= sentenceStart, clauseConjunctions.contains(tokens[k].hash) else { return false }
        return k == sentenceStart || tokens[k - 1].hash == comma
    }

    /// A lower-case word of letters alone (no number, punctuation or capital).
    @inline(__always)
    private static func isPlainWord(_ t: Token) -> Bool {
        t.kind == .word && !t.flags.contains(.capitalized) && !t.flags.contains(.allCaps)
    }

    /// Whether token `k` is an ordinal that numbers no rank: not right before "deputy", "vice", ...
    /// (`ordinals`).
    @inline(__always)
    private static func isBareOrdinal(_ tokens: [Token], _ k: Int) -> Bool {
        ordinals.contains(tokens[k].hash) && !(k + 1 < tokens.count && ordinalRanks.contains(tokens[k + 1].hash))
    }

    /// Words that are never part of a title before its head in an appositive: adverbs and verbs of
    /// time and change ("X, now president", "X, later chairman", "X, became chief executive").
    private static let notTitleWords: HashSet64 = HashSet64(["now", "then", "later", "also", "still", "currently", "once", "formerly",
                                                             "previously", "soon", "already", "as", "not", "only", "just", "became",
                                                             "becomes", "become", "made", "makes", "chosen", "sworn", "is", "was",
                                                             "his", "her", "its", "their", "our", "this", "that", "whose", "when",
                                                             "while", "after", "before", "like", "or", "but",
                                                             // Adjectives that describe the holder or the time, not
                                                             // the post ("the group's new chief executive", "the
                                                             // party's longtime leader", "the city's first female
                                                             // mayor"), or name a post not yet or no longer held
                                                             // ("the bank's incoming chief executive"): the appositive
                                                             // is left unread rather than given a post of its own.
                                                             "new", "longtime", "long-time", "incoming", "outgoing", "current",
                                                             "future", "sole", "female", "male", "woman", "man", "first",
                                                             "second", "third", "last", "next", "designate", "elect",
                                                             "prospective", "presumptive", "departing"].map { Token.hash(literal: $0) })

    /// Whether `t` may be a title word the lexicons do not list, read before a head ("area" in "area
    /// manager"): a plain lower-case word of three letters or more that is no function word, speech verb
    /// or adverb, and does not end in "ed" or "ly" ("appointed chairman", "elected president",
    /// "briefly chair" are events and manners, not posts).
    private static func isUnlistedTitleWord(_ t: Token, _ text: SegmentedText, _ v: PeopleVocabulary) -> Bool {
        guard isPlainWord(t), t.length >= 3, !stopComplement.contains(t.hash), !notTitleWords.contains(t.hash),
              !v.speechVerbs.contains(t.hash) else { return false }
        return text.text.withUnsafeBufferPointer { b in
            let e = Int(t.end)
            for i in Int(t.start)..<e where b[i] >= 0x80 || b[i] < 0x61 || b[i] > 0x7A { return false }
            let last2 = (b[e - 2], b[e - 1])
            return !(last2 == (0x65, 0x64) || last2 == (0x6C, 0x79))
        }
    }

    /// Whether a title phrase starts in the tokens `after` walks through first: from `k` (the token after
    /// the comma) over an age and a determiner (three tokens) and the eleven words or modifiers it
    /// reads at most before its first title (any more and its twelve steps are spent).
    @inline(__always)
    private static func titleStarts(after k: Int, _ titleIndex: UnsafeBufferPointer<Int32>) -> Bool {
        let end = min(titleIndex.count, k + 15)
        var t = k
        while t < end {
            if titleIndex[t] >= 0 { return true }
            t += 1
        }
        return false
    }

    /// The start of the title phrase ending at `s` that starts in the five tokens before it, the nearest
    /// one (the title `before` builds on), or -1: read from the scan's tables (`titleIndex` empty: no
    /// title phrases).
    @inline(__always)
    private static func titleStart(endingAt s: Int, _ titleIndex: UnsafeBufferPointer<Int32>,
                                   _ titles: UnsafeBufferPointer<PeopleVocabulary.Title>) -> Int {
        guard !titleIndex.isEmpty else { return -1 }
        var t = s - 1
        let lowest = max(0, s - 5)
        while t >= lowest {
            let k = titleIndex[t]
            if k >= 0 && t + titles[Int(k)].length == s { return t }
            t -= 1
        }
        return -1
    }

    /// The attribute keys, encoded once (`AttributeWriter.append(encoded:)`: one copy, no length to
    /// write), behind one reference.
    private final class Keys: Sendable {
        let group = AttributeWriter.encoded("group"), head = AttributeWriter.encoded("head"), of = AttributeWriter.encoded("of")
        let org = AttributeWriter.encoded("org"), surface = AttributeWriter.encoded("surface")
        let titleSurface = AttributeWriter.encoded("titleSurface")
    }

    private static let keys = Keys()

    private struct Segment {
        var range: Range<Int>
        /// The first qualifier, the only one `before` finds (no array for it); any others in `moreOrg`.
        var org: Range<Int>?
        var moreOrg: [Range<Int>] = []
        var possessor: String?
        /// The head title, by its index in the scan's `titles` (or -1): read in place there, not copied
        /// into the segment with its strings retained.
        var head: Int32 = -1

        mutating func appendOrg(_ r: Range<Int>) {
            if org == nil { org = r } else { moreOrg.append(r) }
        }

        /// Keeps the qualifiers that end by `end`, in order.
        mutating func keepOrg(endingBy end: Int) {
            // (One qualifier or none, most often: no list is made for it.)
            if moreOrg.isEmpty {
                if let o = org, o.upperBound > end { org = nil }
                return
            }
            // The qualifiers come in text order, none overlapping: those ending by `end` are a prefix.
            guard let o = org, o.upperBound <= end else {
                org = nil
                moreOrg = []
                return
            }
            let kept = moreOrg.prefix { $0.upperBound <= end }.count
            moreOrg.removeLast(moreOrg.count - kept)
        }
    }

    /// "Norland President Anna Berglund", "Berglund's foreign policy adviser Tomas Okafor": mention `mi`
    /// after the title phrase starting at `ts` (`titleStart(endingAt:)` of `te`); `te` is the mention's
    /// start, or the comma before it in "The finance minister, Anil Sharma, said" (then the title
    /// phrase must follow a determiner: "the minister, Anna Berg, ..." sets the name off as the
    /// minister's; without one the comma more often ends a clause or a list).
    private func before(_ mi: Int, titleStart ts: Int, titleEnd te: Int, _ text: SegmentedText, _ scan: PeopleScan, _ v: PeopleVocabulary,
                        _ kv: inout AttributeWriter) -> Recognition? {
        let tokens = text.tokens
        let mTokens = scan.mentions[mi].tokens, mHonorific = scan.mentions[mi].honorific
        let s = mHonorific?.lowerBound ?? mTokens.lowerBound
        let appositive = te < s
        let head = scan.titleIndex[ts]
        let sentenceStart = text.sentences[text.sentenceIndex(ofToken: s)].tokens.lowerBound
        var seg = Segment(range: ts..<te, head: head)
        var k = ts - 1
        // Lower-case modifiers and further titles: "national security council spokesman". (The
        // tokens `(k + 1)..<ts` once found: no list of them is made.)
        while k >= sentenceStart {
            let t = tokens[k]
            // Capitalized ones too ("Regional Governor", "Deputy Prime Minister"), not all-caps.
            if t.kind == .word, !t.flags.contains(.allCaps), v.titleModifiers.contains(t.hash), !Self.isBareOrdinal(tokens, k) { k -= 1; continue }
            break
        }
        var modifiers = (k + 1)..<ts
        if modifiers.isEmpty, k >= sentenceStart, !tokens[ts].flags.contains(.capitalized), Self.verbLeads.contains(tokens[k].hash) { return nil }
        // "Nordvale Air CEO", "Velm City Council spokesman": capitalized modifiers that are organisation
        // words, right after a capitalized name and before a title not written in title case (lower
        // case or an abbreviation), end that name (the organisation's), not begin the title. ("Corvell
        // County Commissioner" is one title case phrase: the county commissioner.)
        if k >= sentenceStart, tokens[k].kind == .word, tokens[k].flags.contains(.capitalized), !v.stopCaps.contains(tokens[k].hash) {
            var m = modifiers.lowerBound
            while m < ts, tokens[m].flags.contains(.capitalized), v.organisationWords.contains(tokens[m].hash) { m += 1 }
            if m > modifiers.lowerBound, !tokens[m].flags.contains(.capitalized) || tokens[m].flags.contains(.allCaps) {
                k = m - 1
                modifiers = m..<ts
            }
        }
        // "ex-president", "Ex-treasurer": a glued "ex-" before the title (or its modifiers) is "former".
        var former = false
        if k - 1 >= sentenceStart, tokens[k].kind == .dash, !tokens[k].flags.contains(.spaceBefore),
           !tokens[k + 1].flags.contains(.spaceBefore), tokens[k - 1].hash == Self.ex {
            former = true
            k -= 2
        }
        // The title's own words ("ex-", modifiers, head), without qualifiers or possessor before them.
        let titleWords = (k + 1)..<te
        // Capitalized qualifiers: "Norland", "NATO", "U.S.", "White House".
        var orgEnd = k + 1
        while k >= sentenceStart {
            let t = tokens[k]
            if t.kind == .word, t.flags.contains(.capitalized), !v.stopCaps.contains(t.hash), !v.honorifics.contains(t.hash) {
                k -= 1; continue
            }
            if t.hash == Self.dot, k > 0, !t.flags.contains(.spaceBefore), tokens[k - 1].length == 1,
               tokens[k - 1].flags.contains(.capitalized) {
                k -= 1; continue
            }
            break
        }
        if k + 1 < orgEnd { seg.org = (k + 1)..<orgEnd }
        /// The possessor's first token, when there is one.
        var possessorStart = -1
        // A possessor: "Berglund's foreign policy adviser".
        if seg.org == nil, k >= sentenceStart + 1, tokens[k].hash == Self.possessive {
            var p = k - 1
            while p - 1 >= sentenceStart, tokens[p - 1].kind == .word, tokens[p - 1].flags.contains(.capitalized) { p -= 1 }
            if tokens[k - 1].kind == .word, tokens[k - 1].flags.contains(.capitalized) {
                seg.possessor = possessorName(text, p..<k, scan, v)
                orgEnd = p
                possessorStart = p
            }
        } else if let org = seg.org, org.lowerBound > sentenceStart, tokens[org.lowerBound - 1].hash == Self.possessive {
            // "Putin's Kremlin aide": keep the qualifier, note the possessor.
            let e = org.lowerBound - 1
            if e > sentenceStart, tokens[e - 1].kind == .word, tokens[e - 1].flags.contains(.capitalized) {
                seg.possessor = possessorName(text, (e - 1)..<e, scan, v)
                possessorStart = e - 1
            }
        }
        let start = min(seg.org?.lowerBound ?? (k + 1), k + 1)
        if appositive {
            // The determiner or possessor opens the sentence or follows a speech verb ("said the
            // minister, Anna Berg, ..."): after an opening clause the comma may end it ("After meeting
            // the president, Ola Berg, 54, flew home" names no president).
            // ("Norland's NATO envoy, Anna Berglund, ...": the possessor's first token leads, not the
            // title's.)
            var lead = start - 1
            var opened = false
            if possessorStart >= 0 {
                lead = possessorStart
                opened = true
            } else if lead >= sentenceStart, Self.determiners.contains(tokens[lead].hash) || Self.possessivePronouns.contains(tokens[lead].hash) {
                opened = true
            } else if lead > sentenceStart, tokens[lead].hash == Self.possessive {
                // "The company's chief executive, Dana Holm, said": a determiner and a common-noun
                // possessor of one or two words.
                var p = lead - 1
                // (A lower-case determiner ends the possessor: "said the company's chief executive, ...".)
                while p >= max(sentenceStart, lead - 2), Self.isPlainWord(tokens[p]), !Self.determiners.contains(tokens[p].hash) { p -= 1 }
                if p < lead - 1, p >= sentenceStart, Self.determiners.contains(tokens[p].hash) {
                    lead = p
                    opened = true
                }
            }
            guard opened, lead == sentenceStart || (lead > sentenceStart && v.speechVerbs.contains(tokens[lead - 1].hash))
                    || Self.opensClause(lead - 1, sentenceStart, tokens) else { return nil }
            // "The minister, Anna Berg, Tom Hale and Eva Lund attended": a list of names after the
            // title, not one set off as the title's.
            let after = mTokens.upperBound + 1
            if after < tokens.count, let next = scan.mention(at: after), next.tokens.upperBound < tokens.count,
               tokens[next.tokens.upperBound].hash == Self.andHash || tokens[next.tokens.upperBound].hash == Self.comma {
                return nil
            }
        }
        // "CFO and COO Ola Berg": one of two posts named together is not the post the person holds alone.
        if let f = titleWords.first, f - 1 > sentenceStart, tokens[f - 1].hash == Self.andHash {
            var j = f - 2
            while j >= max(sentenceStart, f - 5) {
                if scan.titleEnd(j) == f - 1 { return nil }
                j -= 1
            }
        }
        seg.range = start..<te
        // (Most titles have no modifiers: the head's canonical form as it is.)
        let canonical = scan.titles[Int(head)].canonical
        let title = (former ? "former " : "") + (modifiers.isEmpty ? canonical : self.title(text, modifiers: modifiers, head: canonical))
        return recognition(mi, scan, seg, title: title, titleWords: titleWords, whole: start..<mTokens.upperBound, text, &kv)
    }

    /// "Anna Berglund, the Norland foreign minister", "Tomas Okafor, professor of ... at ...".
    private func after(_ mi: Int, from start: Int, copula: Bool = false, _ text: SegmentedText, _ scan: PeopleScan, _ v: PeopleVocabulary,
                       _ kv: inout AttributeWriter) -> Recognition? {
        let tokens = text.tokens
        let mTokens = scan.mentions[mi].tokens, mHonorific = scan.mentions[mi].honorific
        let n = tokens.count
        var k = start
        guard k < n else { return nil }
        let sentenceEnd = text.sentences[text.sentenceIndex(ofToken: mTokens.lowerBound)].tokens.upperBound
        // "X, 54, a ..."
        if !copula, k + 1 < sentenceEnd, tokens[k].kind == .number, tokens[k + 1].hash == Self.comma { k += 2 }
        if k < sentenceEnd, Self.determiners.contains(tokens[k].hash) {
            k += 1
            // "the company's chief executive", "the water authority's area manager": a possessor that is
            // a common noun (no title: "the leader's sister" is no title of hers) names no one.
            var p = k
            while p < min(k + 2, sentenceEnd), tokens[p].hash != Self.possessive, Self.isPlainWord(tokens[p]), scan.titleEnd(p) <= p { p += 1 }
            if p > k, p < sentenceEnd, tokens[p].hash == Self.possessive { k = p + 1 }
        }
        let segStart = k
        var seg = Segment(range: segStart..<segStart)
        var words: [String] = []
        var lastHeadEnd = -1
        /// The first token of the title's own words (modifiers and heads), and the number of words read
        /// before a head that are neither ("area manager").
        var titleFrom = -1
        var unlisted = 0
        var orgStart = -1
        func closeOrg(_ at: Int) { if orgStart >= 0 { seg.appendOrg(orgStart..<at); orgStart = -1 } }
        var steps = 0
        while k < sentenceEnd && steps < 12 {
            steps += 1
            let t = tokens[k]
            if t.kind == .word, scan.titleEnd(k) > k {
                let title = scan.titleIndex[k]
                closeOrg(k)
                let e = scan.titleEnd(k)
                if e < sentenceEnd, tokens[e].hash == Self.possessive { return nil } // "the leader's sister"
                if titleFrom < 0 { titleFrom = k }
                words.append(scan.titles[Int(title)].canonical)
                seg.head = title
                lastHeadEnd = e
                k = e
                continue
            }
            if t.kind == .word, !t.flags.contains(.allCaps), v.titleModifiers.contains(t.hash),
               !t.flags.contains(.capitalized) || orgStart < 0, !Self.isBareOrdinal(tokens, k) {
                closeOrg(k)
                if titleFrom < 0 { titleFrom = k }
                words.append(modifier(text, k))
                k += 1
                continue
            }
            // "area manager", "operations director": up to two lower-case words the lexicon does not
            // list, right before the first head, are the title's ("the authority's area manager").
            // (Not after a copula: "is running for mayor", "is now president" are no posts' words.)
            if !copula, lastHeadEnd < 0, orgStart < 0, unlisted < 2, Self.isUnlistedTitleWord(t, text, v), k + 1 < sentenceEnd,
               scan.titleEnd(k + 1) > k + 1
                || (unlisted == 0 && k + 2 < sentenceEnd && Self.isUnlistedTitleWord(tokens[k + 1], text, v) && scan.titleEnd(k + 2) > k + 2) {
                if titleFrom < 0 { titleFrom = k }
                unlisted += 1
                words.append(modifier(text, k))
                k += 1
                continue
            }
            if t.kind == .word, t.flags.contains(.capitalized), !v.stopCaps.contains(t.hash) {
                if orgStart < 0 { orgStart = k }
                k += 1
                continue
            }
            if t.hash == Self.dot, orgStart >= 0, !t.flags.contains(.spaceBefore), tokens[k - 1].length == 1 {
                k += 1
                continue
            }
            if t.hash == Self.possessive, orgStart >= 0 {
                seg.possessor = possessorName(text, orgStart..<k, scan, v)
                orgStart = -1
                k += 1
                continue
            }
            break
        }
        closeOrg(k)
        guard seg.head >= 0, lastHeadEnd > 0 else { return nil }
        let headCanonical = scan.titles[Int(seg.head)].canonical
        // "Appearing with X, NATO Secretary General Y": the title belongs to the name after it.
        if lastHeadEnd < n, tokens[lastHeadEnd].kind == .word, tokens[lastHeadEnd].flags.contains(.capitalized) { return nil }
        // "the company's chief financial officer and chief operating officer": a person holding two
        // posts; reading the first alone would conflict with a source that names the second.
        if lastHeadEnd < sentenceEnd, tokens[lastHeadEnd].hash == Self.andHash {
            var c = lastHeadEnd + 1
            if c < sentenceEnd, Self.determiners.contains(tokens[c].hash) { c += 1 }
            while c < min(sentenceEnd, lastHeadEnd + 6), tokens[c].kind == .word {
                if scan.titleEnd(c) > c { return nil }
                c += 1
            }
        }
        // Words after the last head that are not part of the title end it there.
        while let last = words.last, last != headCanonical { words.removeLast() }
        seg.keepOrg(endingBy: lastHeadEnd)
        var end = lastHeadEnd
        // Complements: "of marine biology", then "at Velm University" / "with the 38 Harbour program".
        if end < sentenceEnd, tokens[end].hash == Self.ofHash {
            var c = end + 1
            var comp: [String] = []
            while c < sentenceEnd, comp.count < 4, tokens[c].kind == .word, !tokens[c].flags.contains(.capitalized),
                  !Self.stopComplement.contains(tokens[c].hash) {
                comp.append(modifier(text, c))
                c += 1
            }
            // "chief executive of network operator Northgrid": words before a name describe the
            // organisation, not the post.
            let beforeName = c < sentenceEnd && tokens[c].kind == .word && tokens[c].flags.contains(.capitalized)
            if !comp.isEmpty, !beforeName {
                words.append("of")
                words += comp
                end = c
            }
        }
        // The title's own words end with the head and its "of" complement, before "at"/"with" an organisation.
        let titleEnd = end
        if end < sentenceEnd, Self.orgPrepositions.contains(tokens[end].hash) {
            var c = end + 1
            if c < sentenceEnd, Self.determiners.contains(tokens[c].hash) { c += 1 }
            let os = c
            while c < sentenceEnd {
                let t = tokens[c]
                if (t.kind == .word && t.flags.contains(.capitalized)) || t.kind == .number
                    || (c > os && t.kind == .word && v.organisationWords.contains(t.hash)) { c += 1; continue }
                break
            }
            if c > os, tokens[c - 1].kind == .word {
                seg.appendOrg(os..<c)
                end = c
            }
        }
        seg.range = segStart..<end
        guard !words.isEmpty, titleFrom >= 0 else { return nil }
        // (Most titles are one word: no join.)
        let title = words.count == 1 ? words[0] : Self.spaced(words)
        return recognition(mi, scan, seg, title: title, titleWords: titleFrom..<titleEnd,
                           whole: (mHonorific?.lowerBound ?? mTokens.lowerBound)..<end, text, &kv)
    }

    /// The recognition of mention `mi` of `scan` with the title `title` (`seg`'s words, joined) and the
    /// segment's qualifiers; `kv` writes the attributes. (The mention's fields are read in place, not
    /// copied with its strings retained.)
    /// `titleWords` are the title's own tokens, the `titleSurface` attribute: without the qualifiers
    /// and possessor before them ("Talvian", "Board", "Talvia's"), so that two sources naming one post
    /// with and without its country or body are not reported as wording it differently. (Qualifiers
    /// inside it, "a former Northland special forces commander", are left out too.)
    private func recognition(_ mi: Int, _ scan: PeopleScan, _ seg: Segment, title: String, titleWords: Range<Int>, whole: Range<Int>,
                             _ text: SegmentedText, _ kv: inout AttributeWriter) -> Recognition? {
        guard seg.head >= 0 else { return nil }
        let head = Int(seg.head)
        let keys = Self.keys
        // Attributes in key order (encoded into their own storage: `kv` is reused).
        kv.reset()
        if let g = scan.titles[head].group { kv.append(encoded: keys.group); kv.append(g) }
        kv.append(encoded: keys.head); kv.append(scan.titles[head].canonical)
        if let p = seg.possessor { kv.append(encoded: keys.of); kv.append(p) }
        if let first = seg.org {
            if seg.moreOrg.isEmpty {
                kv.append(encoded: keys.org); kv.append(text, tokens: first)
            } else {
                var org = text.string(tokens: first)
                for r in seg.moreOrg {
                    org += "; "
                    org += text.string(tokens: r)
                }
                kv.append(encoded: keys.org); kv.append(org)
            }
        }
        kv.append(encoded: keys.surface); kv.append(scan.mentions[mi].surface)
        kv.append(encoded: keys.titleSurface)
        if let o = seg.org, o.lowerBound > titleWords.lowerBound, o.upperBound < titleWords.upperBound {
            var surface = text.string(tokens: titleWords.lowerBound..<o.lowerBound)
            surface += " "
            surface += text.string(tokens: o.upperBound..<titleWords.upperBound)
            kv.append(surface)
        } else {
            kv.append(text, tokens: titleWords)
        }
        let attributes = kv.attributes()
        // Names ascending: name, org, title (stored inline).
        let mTokens = scan.mentions[mi].tokens
        let parts = seg.org.map { RecognitionParts(.name, mTokens, .org, $0, .title, seg.range) }
            ?? RecognitionParts(.name, mTokens, .title, seg.range)
        return Recognition(tokens: whole, value: .official(name: scan.mentions[mi].canonical, title: title), parts: parts, attributes: attributes)
    }

    /// `words.joined(separator: " ")` (at least one word), written once into a string of its exact size.
    private static func spaced(_ words: [String]) -> String {
        var size = words.count - 1
        for w in words { size += w.utf8.count }
        return String(unsafeUninitializedCapacity: size) { out in
            var i = 0
            for (k, var w) in words.enumerated() {
                if k > 0 { out[i] = 0x20; i += 1 }
                w.withUTF8 { u in
                    for b in u { out[i] = b; i += 1 }
                }
            }
            return i
        }
    }

    /// The modifiers of tokens `modifiers` and `head`, spaced (`spaced` of their words): when the
    /// modifiers are ASCII (or respelled), their bytes are written lowercased straight into one
    /// string sized once; else through their strings.
    private func title(_ text: SegmentedText, modifiers: Range<Int>, head: String) -> String {
        let spelling = Self.spelling
        let tokens = text.tokens
        var head = head
        return text.text.withUnsafeBufferPointer { b in
            var size = head.utf8.count
            for k in modifiers {
                let tok = tokens[k]
                if let i = spelling.index.get(tok.hash) { size += spelling.spelled[Int(i)].utf8.count + 1; continue }
                let start = Int(tok.start), end = Int(tok.end)
                guard Normalizer.isASCII(b, start, end) else { return Self.spaced(modifiers.map { modifier(text, $0) } + [head]) }
                size += end - start + 1
            }
            return head.withUTF8 { h in
                String(unsafeUninitializedCapacity: size) { out in
                    var i = 0
                    for k in modifiers {
                        let tok = tokens[k]
                        if let x = spelling.index.get(tok.hash) {
                            var w = spelling.spelled[Int(x)]
                            w.withUTF8 { for c in $0 { out[i] = c; i += 1 } }
                        } else {
                            Self.writeLowered(b, Int(tok.start), Int(tok.end), to: out, at: &i)
                        }
                        out[i] = 0x20
                        i += 1
                    }
                    for c in h { out[i] = c; i += 1 }
                    return i
                }
            }
        }
    }

    /// `PeopleVocabulary.spelling` by the token hash of its keys (`Token.hash(literal:)`): a word is
    /// looked up by the hash its token already holds, not by a normalized String through Swift's
    /// seeded `Hasher`, and a word to respell is never normalized at all.
    private struct Spelling: Sendable {
        var index = HashMap64()
        var spelled: [String] = []

        init() {
            for (from, to) in PeopleVocabulary.spelling.sorted(by: { $0.key < $1.key }) {
                index.set(Token.hash(literal: from), Int32(spelled.count))
                spelled.append(to)
            }
        }
    }

    private static let spelling = Spelling()

    /// The normalized word of token `k`, respelled (`PeopleVocabulary.spelling`).
    private func modifier(_ text: SegmentedText, _ k: Int) -> String {
        let spelling = Self.spelling
        let tok = text.tokens[k]
        if let i = spelling.index.get(tok.hash) { return spelling.spelled[Int(i)] }
        // An ASCII word normalizes to its bytes in lower case: written straight into the string (a
        // short one is stored inline, no allocation), with no array between.
        let start = Int(tok.start), end = Int(tok.end)
        let word: String? = text.text.withUnsafeBufferPointer { b in
            guard Normalizer.isASCII(b, start, end) else { return nil }
            return String(unsafeUninitializedCapacity: end - start) { out in
                var i = 0
                Self.writeLowered(b, start, end, to: out, at: &i)
                return i
            }
        }
        return word ?? text.normalized(k)
    }

    /// Writes bytes `start..<end` of `b` (ASCII) lower-cased into `out` from `i`, advancing `i`.
    @inline(__always)
    private static func writeLowered(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                     to out: UnsafeMutableBufferPointer<UInt8>, at i: inout Int) {
        for j in start..<end {
            out[i] = Normalizer.lowerASCII(b[j])
            i += 1
        }
    }

    /// The possessor of a role ("Putin's"): the canonical person when it is a known mention.
    private func possessorName(_ text: SegmentedText, _ range: Range<Int>, _ scan: PeopleScan, _ v: PeopleVocabulary) -> String {
        for t in range { if let m = scan.mention(at: t) { return m.canonical } }
        return PersonName.display(text.string(tokens: range), vocabulary: v)
    }

    public var examples: [RecognizerExample] {
        [
            RecognizerExample("Foreign Minister Anna Berglund arrived in Velm.", match: "Foreign Minister Anna Berglund", value: "Anna Berglund (foreign minister)"),
            RecognizerExample("Delegates included FM Varga and the trade minister.", match: "FM Varga", value: "Varga (foreign minister)"),
            RecognizerExample("The ex-president Ana Lind spoke first.", match: "ex-president Ana Lind", value: "Ana Lind (former president)"),
            RecognizerExample("The court heard that ex-treasurer Pruett had lied.", match: "ex-treasurer Pruett", value: "Pruett (former treasurer)"),
            RecognizerExample("Voters will judge Tom Hale on his record in May.", match: "judge Tom Hale", value: nil),
            RecognizerExample("She used to coach Tom Hale at the club.", match: "coach Tom Hale", value: nil),
            RecognizerExample("Cheering crowds greeted Norland President Ilse Marten in Velm.", match: "Norland President Ilse Marten", value: "Ilse Marten (president)"),
            RecognizerExample("Also present was Minister of Defence Pavel Orlik.", match: "Minister of Defence Pavel Orlik", value: "Pavel Orlik (defense minister)"),
            RecognizerExample("Norland's defence chief Pavel Orlik stayed home.", match: "defence chief Pavel Orlik", value: "Pavel Orlik (defense minister)"),
            RecognizerExample("The talks were described by Marten's foreign policy aide Tomas Okafor.", match: "foreign policy aide Tomas Okafor", value: "Tomas Okafor (foreign policy adviser)"),
            RecognizerExample("Palace official Lena Brandt confirmed the delay.", match: "Palace official Lena Brandt", value: "Lena Brandt (official)"),
            RecognizerExample("Velm Hall national security council spokesman Marcus Hale said on Monday the trip was planned.", match: "Velm Hall national security council spokesman Marcus Hale", value: "Marcus Hale (national security council spokesperson)"),
            RecognizerExample("Later, NATO Secretary General Ingrid Dahl spoke.", match: "NATO Secretary General Ingrid Dahl", value: "Ingrid Dahl (secretary general)"),
            RecognizerExample("In Velm, U.S. Secretary of State Paul Brandt told reporters the visit was useful.", match: "U.S. Secretary of State Paul Brandt", value: "Paul Brandt (secretary of state)"),
            RecognizerExample("The plan was backed by Paul Brandt, the U.S. Secretary of State, on Friday.", match: "Paul Brandt, the U.S. Secretary of State", value: "Paul Brandt (secretary of state)"),
            RecognizerExample("Tomas Okafor, Marten's foreign policy adviser, said the pact was ready.", match: "Tomas Okafor, Marten's foreign policy adviser", value: "Tomas Okafor (foreign policy adviser)"),
            RecognizerExample("\"It will not be easy,\" said Jae-won Seo, a former Northland special forces commander, on Monday.", match: "Jae-won Seo, a former Northland special forces commander", value: "Jae-won Seo (former special forces commander)"),
            RecognizerExample("The grid is fragile, wrote Mira Solberg Haug, an analyst with the 38 Harbour program in Velm.", match: "Mira Solberg Haug, an analyst with the 38 Harbour program", value: "Mira Solberg Haug (analyst)"),
            RecognizerExample("\"It is a test,\" said Leif-Arne Dahl, professor of marine biology at Velm Coastal University in Norland.", match: "Leif-Arne Dahl, professor of marine biology at Velm Coastal University", value: "Leif-Arne Dahl (professor of marine biology)"),
            RecognizerExample("Regional Governor Petra Sand visited the pier.", match: "Regional Governor Petra Sand", value: "Petra Sand (regional governor)"),
            RecognizerExample("Deputy Governor Petra Sand visited the pier.", match: "Deputy Governor Petra Sand", value: "Petra Sand (deputy governor)"),
            RecognizerExample("Flames spread fast, Chief Fire Officer Danica Orme said.", match: "Chief Fire Officer Danica Orme", value: "Danica Orme (fire chief)"),
            RecognizerExample("The fire was contained, said Assistant Chief Fire Officer Danica Orme.", match: "Assistant Chief Fire Officer Danica Orme", value: "Danica Orme (assistant fire chief)"),
            RecognizerExample("Transport Minister Jonas Ekholm spoke first.", match: "Transport Minister Jonas Ekholm", value: "Jonas Ekholm (transport minister)"),
            RecognizerExample("Minister of Transport Jonas Ekholm spoke first.", match: "Minister of Transport Jonas Ekholm", value: "Jonas Ekholm (minister of transport)"),
            RecognizerExample("Later, Secretary for Home Affairs Lena Brandt arrived.", match: "Secretary for Home Affairs Lena Brandt", value: "Lena Brandt (secretary for home affairs)"),
            RecognizerExample("Hana Orlik, 54, a senior researcher, said the data were clear.", match: "Hana Orlik, 54, a senior researcher", value: "Hana Orlik (senior researcher)"),
            RecognizerExample("The document was prepared by Emil Rask, foreign policy advisor to the president, last week.", match: "Emil Rask, foreign policy advisor", value: "Emil Rask (foreign policy adviser)"),
            // An appositive after a common-noun possessor, with title words the lexicon does not list.
            RecognizerExample("Dana Holm, the company's chief executive, said the plant would reopen.", match: "Dana Holm, the company's chief executive", value: "Dana Holm (chief executive)"),
            RecognizerExample("Lena Okoro, the trust's ward manager at Velm General, said beds were full.", match: "Lena Okoro, the trust's ward manager at Velm General", value: "Lena Okoro (ward manager)"),
            RecognizerExample("Ivo Brand, sales director at Kestrel Foods, declined to comment.", match: "Ivo Brand, sales director at Kestrel Foods", value: "Ivo Brand (sales director)"),
            // Words before the organisation's name describe it: "of grid operator Velmnet" is not the post.
            RecognizerExample("Dana Holm, chief executive of grid operator Velmnet, said supplies were back.", match: "Dana Holm, chief executive", value: "Dana Holm (chief executive)"),
            // The post after a present copula ("is", "remains", "has been").
            RecognizerExample("Tove Aas is chief executive of Nordmark Shipping, which owns the tanker.", match: "Tove Aas is chief executive", value: "Tove Aas (chief executive)"),
            RecognizerExample("Ola Berg has been mayor of Velm since 2019.", match: "Ola Berg has been mayor", value: "Ola Berg (mayor)"),
            RecognizerExample("Ana Lind remains the party's deputy leader.", match: "Ana Lind remains the party's deputy leader", value: "Ana Lind (deputy leader)"),
            RecognizerExample("Ivo Rask is a former finance minister.", match: "Ivo Rask is a former finance minister", value: "Ivo Rask (former finance minister)"),
            // The title, then the name set off by commas after a determiner or a possessor.
            RecognizerExample("The shadow health minister, Tomas Berg, said the plan was unfunded.", match: "shadow health minister, Tomas Berg", value: "Tomas Berg (shadow health minister)"),
            RecognizerExample("Norland's trade minister, Anna Berglund, arrived on Monday.", match: "trade minister, Anna Berglund", value: "Anna Berglund (trade minister)"),
            RecognizerExample("The cuts were unfair, said the shadow health minister, Tomas Berg, on Monday.", match: "shadow health minister, Tomas Berg", value: "Tomas Berg (shadow health minister)"),
            // The possessor's first word opens the phrase, also after a qualifier; a common-noun possessor
            // or a possessive pronoun opens it as a determiner does.
            RecognizerExample("Norland's NATO envoy, Anna Berglund, arrived on Monday.", match: "NATO envoy, Anna Berglund", value: "Anna Berglund (envoy)"),
            RecognizerExample("The company's chief executive, Dana Holm, said sales rose.", match: "chief executive, Dana Holm", value: "Dana Holm (chief executive)"),
            RecognizerExample("Its chief executive, Dana Holm, said sales rose.", match: "chief executive, Dana Holm", value: "Dana Holm (chief executive)"),
            // A conjunction opening the sentence or a clause after a comma opens no clause of its own.
            RecognizerExample("But the chief executive, Dana Holm, said sales rose.", match: "chief executive, Dana Holm", value: "Dana Holm (chief executive)"),
            RecognizerExample("Sales fell, and the company's finance director, Ivo Lund, said costs rose.", match: "finance director, Ivo Lund", value: "Ivo Lund (chief financial officer)"),
            RecognizerExample("Costs rose, said the company's chief executive, Dana Holm, on Monday.", match: "chief executive, Dana Holm", value: "Dana Holm (chief executive)"),
            // An ordinal right before the rank it numbers is the title's.
            RecognizerExample("Ola Berg, the bank's first deputy governor, said rates would rise.", match: "Ola Berg, the bank's first deputy governor", value: "Ola Berg (first deputy governor)"),
            // An organisation word ending the organisation's name before the title is the organisation's.
            RecognizerExample("Halden Air CEO Ana Lind said the fleet was safe.", match: "Halden Air CEO Ana Lind", value: "Ana Lind (chief executive)"),
            RecognizerExample("Velm City Council spokesman Marcus Hale said the road was shut.", match: "Velm City Council spokesman Marcus Hale", value: "Marcus Hale (spokesperson)"),
            // Ranks: abbreviated, and the ones "detective" makes.
            RecognizerExample("Chief Supt Mara Quist said officers arrived within minutes.", match: "Chief Supt Mara Quist", value: "Mara Quist (chief superintendent)"),
            RecognizerExample("Detective Chief Inspector Alan Roe led the inquiry.", match: "Detective Chief Inspector Alan Roe", value: "Alan Roe (detective chief inspector)"),
            RecognizerExample("Detective Tom Hale said the inquiry went on.", match: "Detective Tom Hale", value: "Tom Hale (detective)"),
            RecognizerExample("Det Sgt Ann Roe said the inquiry went on.", match: "Det Sgt Ann Roe", value: "Ann Roe (detective sergeant)"),
            RecognizerExample("The Detective Branch said Ann Roe was arrested.", match: "Detective Branch", value: nil),
            // "Storm" is a first name and a surname, no organisation word; "finance chief" is a generic
            // chief (news calls a finance minister that too), not the chief financial officer.
            RecognizerExample("Coach Storm Larsen said the team was ready.", match: "Coach Storm Larsen", value: "Storm Larsen (coach)"),
            RecognizerExample("Minister Ola Storm said so.", match: "Minister Ola Storm", value: "Ola Storm (minister)"),
            RecognizerExample("Finance chief Kari Lie said the budget was tight.", match: "Finance chief Kari Lie", value: "Kari Lie (finance chief)"),
            // A modifier keeps a word that names a lawmaker alone its own sense.
            RecognizerExample("According to union representative Ola Berg, the vote was close.", match: "union representative Ola Berg", value: "Ola Berg (union representative)"),
            // Must not match: roles without a named person, relations that are not titles.
            .none("Jane Doe, the victim's mother, said she wanted answers.", match: "Jane Doe, the victim"),
            .none("Anna Berg, appointed chairman in 2019, said the board agreed.", match: "Anna Berg, appointed chairman"),
            .none("Tom Hale, later chairman of the club, said little.", match: "Tom Hale, later chairman"),
            .none("After talks with the minister, Anna Berg said the deal was close.", match: "minister, Anna Berg"),
            .none("After meeting the president, Ola Berg, 54, flew home.", match: "president, Ola Berg"),
            .none("He saw the mayor and the president, Ola Berg, 54, flew home.", match: "president, Ola Berg"),
            .none("She thanked the minister, Anna Berg and Tom Hale for coming.", match: "minister, Anna Berg"),
            // A list of names after the title: none of them is set off as the title's.
            .none("The minister, Anna Berg, Tom Hale and Eva Lund attended the ceremony.", match: "minister, Anna Berg"),
            .none("The company's chief executive, Dana Holm, Ola Berg and Eva Lund met.", match: "chief executive, Dana Holm"),
            // Adjectives of the holder or the time, and an ordinal before no rank: no post of their own.
            .none("Mia Dahl, the city's first female mayor, said the budget was tight.", match: "Mia Dahl, the city's first female mayor"),
            .none("Mia Dahl, the first mayor of Velm, said the budget was tight.", match: "Mia Dahl, the first mayor"),
            .none("Ivo Rask, the group's new chief executive, said sales rose.", match: "Ivo Rask, the group's new chief executive"),
            .none("Ola Berg, the party's longtime leader, said no.", match: "Ola Berg, the party's longtime leader"),
            .none("Kari Lie, the bank's incoming chief executive, said profits rose.", match: "Kari Lie, the bank's incoming chief executive"),
            // Two posts named together: neither is the one the person holds alone.
            .none("Ola Berg, the company's chief financial officer and chief operating officer, said costs fell.", match: "Ola Berg, the company's chief financial officer"),
            .none("CFO and COO Ola Berg said costs fell.", match: "COO Ola Berg"),
            // After an opening clause, a possessor does not open the phrase either.
            .none("After meeting the company's chief executive, Dana Holm said the deal was close.", match: "chief executive, Dana Holm"),
            .none("Marten's foreign policy aide has said the pact would be signed.", match: "foreign policy aide"),
            .none("Officials greeted Ilse Marten, the leader's sister, at the airport.", match: "Ilse Marten, the leader"),
            .none("The president arrived in Velm on Monday.", match: "president"),
            .none("Velm Security Council members voted on the plan.", match: "Security Council"),
            // A past copula gives a post held at some time (another source's "former"); after a present
            // one, words that are no title's, a relation and a negation give none.
            .none("Ola Berg was chief executive of Halvorsen until 2019.", match: "Ola Berg was chief executive"),
            .none("Tove Aas became chairman in 2021.", match: "Tove Aas became chairman"),
            .none("Ola Berg is running for mayor in Velm.", match: "Ola Berg is running for mayor"),
            .none("Ola Berg is the mayor's son.", match: "Ola Berg is the mayor"),
            .none("Tove Aas is not chief executive.", match: "Tove Aas is not chief executive"),
            .none("Appearing with Paul Brandt, NATO Secretary General Ingrid Dahl said the alliance was ready.", match: "Paul Brandt,"),
        ]
    }
}
