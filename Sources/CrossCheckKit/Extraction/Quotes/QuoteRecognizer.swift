/// `<quote>`: quotations and comparable quoted phrases, with their speakers.
///
/// Quote marks are paired by `QuoteSpanFinder` (straight, curly, single, nested, reopened at
/// paragraph starts, odd counts recovered). Scare quotes and quoted names are not reported: one word
/// ('accidentally'), or up to three words all capitalized (“Welcome Marten”, a title or a name). A
/// quoted phrase of two words or more in ordinary case stays comparable (“strategic partnership”).
/// Capitalization is only checked on a quote in a sentence that is not itself all capitals.
///
/// The speaker is found from the news patterns around the quote, in the quote's sentence:
/// `"...," X said` / `"..." said X` / `X said: "..."` / `X told Y` / `X wrote` / `according to X` /
/// `A quoted B as saying` (B) / `X described ... as "..."` / `"...," the agency reported` (the latest
/// named agency). Otherwise a quote in the previous sentence of the paragraph lends its speaker.
/// "he/she" resolves to the latest quote speaker or speech-verb subject in the paragraph, then the
/// previous paragraph, then the latest person mentioned.
///
/// Value `.quote(text:, speaker:)`: the quoted characters as written (outer marks removed, paragraphs
/// joined with a space) and the canonical speaker (person canonical name, or the agency's name).
/// Attributes: `words`, `style` (`full` / `partial`), `attribution` (how the speaker was found),
/// `speakerSurface`, `speakerKind` (`organisation` when the speaker named is no person: an organisation
/// the people scan knows, an agency or a generic source), `unclosed`, `paragraphs`.
public struct QuoteRecognizer: Recognizer, RecognizesInPlace, PeopleRecognizing {
    public let name = "quote"

    /// Quotes shorter than this many words are not reported.
    public var minimumWords: Int
    /// Quotes of up to this many words, every word capitalized, are titles or names, not reported.
    public var maximumTitleWords: Int
    /// Rule matches never cross a sentence end, so a quotation running over several sentences is
    /// reported with its token range ending at the end of its first sentence (`clipped` attribute);
    /// its value still holds the whole quoted text. Set to false to get the full range.
    public var clipToSentence: Bool

    public init(minimumWords: Int = 2, maximumTitleWords: Int = 3, clipToSentence: Bool = true) {
        self.minimumWords = minimumWords
        self.maximumTitleWords = maximumTitleWords
        self.clipToSentence = clipToSentence
    }

    /// `descriptor`: "the Spaniard" before a speech verb, a speaker described but not named.
    private enum ActorKind: UInt8 { case person, agency, organisation, generic, pronoun, descriptor }

    /// How an actor's name is made, only when it is needed (most actors never name a speaker).
    private enum Naming: UInt8 { case mention, display, surface, none }

    /// A possible speaker: plain values in 16 bytes (no String), so the list is cheap to build, merge
    /// and search.
    private struct Actor {
        var lower: Int32
        var upper: Int32
        /// The index in `PeopleScan.mentions` of a person.
        var mention: Int32
        var kind: ActorKind
        var naming: Naming

        init(_ tokens: Range<Int>, _ kind: ActorKind, _ naming: Naming, mention: Int = -1) {
            lower = Int32(truncatingIfNeeded: tokens.lowerBound)
            upper = Int32(truncatingIfNeeded: tokens.upperBound)
            self.mention = Int32(truncatingIfNeeded: mention)
            self.kind = kind
            self.naming = naming
        }

        var start: Int { Int(lower) }
        var end: Int { Int(upper) }
        var tokens: Range<Int> { Int(lower)..<Int(upper) }
    }

    /// The actors of one text and what their names are made from. The lists live in the recognizer's
    /// temporary room (valid while it runs).
    private struct Actors {
        /// By start (see `merge`).
        let list: UnsafeBufferPointer<Actor>
        /// The speech verbs outside quotations, by token index ascending (found in the actor scan's
        /// pass, so the attribution searches read this list instead of the tokens).
        let verbs: UnsafeBufferPointer<Int32>
        /// Per token: bit 0 inside a quotation, bit 1 a person's or an organisation's token.
        let marks: UnsafePointer<UInt8>
        let text: SegmentedText
        let mentions: [PersonMention]

        @inline(__always)
        func inQuote(_ t: Int) -> Bool { marks[t] & 1 != 0 }

        /// The name of `a`: a person's canonical name, an organisation's display name, the surface of an
        /// agency, a named generic source or a subject, or nil (a pronoun, "the agency").
        func name(_ a: Actor, _ vocabulary: PeopleVocabulary) -> String? {
            switch a.naming {
            case .mention: return mentions[Int(a.mention)].canonical
            case .display: return PersonName.display(text.string(tokens: a.tokens), vocabulary: vocabulary)
            case .surface: return text.string(tokens: a.tokens)
            case .none: return nil
            }
        }
    }

    /// Paragraphs by layout: a sentence whose first token starts a line starts a paragraph. Laid out
    /// only as far as the quotes need (sentences after the last one are never looked at).
    private struct Layout {
        /// Paragraph index of each sentence laid out so far (ascending), in the recognizer's temporary
        /// room (one per sentence: no allocation of its own per text).
        private let paragraphs: UnsafeMutablePointer<Int32>
        /// How many sentences are laid out.
        private var count = 0

        init(room: UnsafeMutablePointer<Int32>) { paragraphs = room }

        /// The paragraph of sentence `s` (laid out).
        @inline(__always)
        func paragraph(_ s: Int) -> Int {
            precondition(s >= 0 && s < count)
            return Int(paragraphs[s])
        }

        /// Lays out the sentences up to `last` (inclusive). (Most calls find them laid out already.)
        @inline(__always)
        mutating func extend(through last: Int, _ text: SegmentedText) {
            if count <= last { grow(through: last, text) }
        }

        private mutating func grow(through last: Int, _ text: SegmentedText) {
            var i = count
            let sentences = text.sentences, words = text.tokens
            let starts: Token.Flags = [.paragraphStart, .newlineBefore]
            var current = i == 0 ? -1 : paragraphs[i - 1]
            while i <= last && i < sentences.count {
                let s = sentences[i].tokens
                if i == 0 || !words[s.lowerBound].flags.isDisjoint(with: starts) { current += 1 }
                paragraphs[i] = current
                i += 1
            }
            count = i
        }

        /// Token range of paragraph `p` as laid out so far: from its first sentence to its last one
        /// laid out.
        func tokens(ofParagraph p: Int, _ text: SegmentedText) -> Range<Int> {
            // The first sentence of `p` and of the paragraphs after it (paragraph indices ascend).
            func firstSentence(from q: Int) -> Int {
                var lo = 0, hi = count
                while lo < hi {
                    let mid = (lo &+ hi) &>> 1
                    if Int(paragraphs[mid]) >= q { hi = mid } else { lo = mid + 1 }
                }
                return lo
            }
            let first = firstSentence(from: p), end = firstSentence(from: p + 1)
            return text.sentences[first].tokens.lowerBound..<text.sentences[end - 1].tokens.upperBound
        }
    }

    /// How a speaker was found (the `attribution` attribute).
    private enum How: Int, CaseIterable {
        case previousSentence, pronoun, accordingTo, quotedAsSaying, verbSpeaker, speakerVerb

        var text: String {
            switch self {
            case .previousSentence: return "previous-sentence"
            case .pronoun: return "pronoun"
            case .accordingTo: return "according-to"
            case .quotedAsSaying: return "quoted-as-saying"
            case .verbSpeaker: return "verb-speaker"
            case .speakerVerb: return "speaker-verb"
            }
        }
    }

    /// A speaker found by a speech verb, and how.
    private struct Found {
        var actor: Actor
        var how: How
    }

    /// Token hashes (`Token.hash(literal:)`, checked by the tests) written out, so reading them costs
    /// no lazy-initialization check.
    enum Hash {
        static let possessive: UInt64 = 0x07bb4507b485d7af  // 's
        static let comma: UInt64 = 0xaf63a14c8601884b  // ,
        static let colon: UInt64 = 0xaf63b74c8601adad  // :
        static let dot: UInt64 = 0xaf63a34c86018bb1  // .
        static let quoted: UInt64 = 0xc290386092499bc9
        static let according: UInt64 = 0x22069a7dca739b67
        static let to: UInt64 = 0x08c83907b56ac0a4
        static let the: UInt64 = 0x56f5c9194461d57c
        /// Verbs whose object, not subject, may follow them ("told Velm Radio", "quoted X as saying").
        static let objectVerbWords = ["told", "tells", "tell", "quoted", "asked", "called", "urged", "described", "describing"]
        /// Words that make an organisation an agency.
        static let agencyWordWords = ["agency", "news", "media", "television", "radio", "newspaper", "times", "post", "daily"]

        /// One of `objectVerbWords`, by hash (compared with constants: no table to load).
        @inline(__always)
        static func isObjectVerb(_ h: UInt64) -> Bool {
            switch h {
            case 0x2fd9f6ef389a0874, 0x19205b48daea2463, 0xfa48fcef19cf1ae2, 0xc290386092499bc9, 0xfb0ab6bc4db98323,
                 0x967753995e467840, 0xde001b65374993f2, 0x1cbde5f751b50844, 0x6807623fc21c7503: return true
            default: return false
            }
        }

        /// One of `agencyWordWords`, by hash.
        @inline(__always)
        static func isAgencyWord(_ h: UInt64) -> Bool {
            switch h {
            case 0xb68441f6e71ef822, 0xe5495bbaa03a6526, 0xb333b8c7b846af83, 0x6ca4033a0073ab31, 0x8813d411d1692d14,
                 0x7412143299e82468, 0x29338c6c39286cb5, 0x8c2fe90da8958d47, 0x36d03b583228161e: return true
            default: return false
            }
        }
    }

    // Attributes are written straight into their encoded form (`AttributeWriter`): the pairs with
    // fixed values are encoded once here, and only the speaker's surface is read from the text.

    /// The pairs behind one reference, read once per text (one lazy-initialization check per text, not
    /// one per pair written).
    private final class Pairs: Sendable {
        let how: [[UInt8]] = How.allCases.map { AttributeWriter.encoded("attribution", $0.text) }
        let clipped = AttributeWriter.encoded("clipped", "true")
        let singleMarks = AttributeWriter.encoded("marks", "single")
        let speakerSurfaceKey = AttributeWriter.encoded("speakerSurface")
        let organisationSpeaker = AttributeWriter.encoded("speakerKind", "organisation")
        let partial = AttributeWriter.encoded("style", "partial")
        let full = AttributeWriter.encoded("style", "full")
        let unclosed = AttributeWriter.encoded("unclosed", "true")
        /// `paragraphs` and `words` with the small numbers.
        let paragraphs: [[UInt8]] = (0..<128).map { AttributeWriter.encoded("paragraphs", String($0)) }
        let words: [[UInt8]] = (0..<128).map { AttributeWriter.encoded("words", String($0)) }
    }

    private static let pairs = Pairs()

    private static func appendNumberPair(_ pairs: [[UInt8]], _ key: String, _ n: Int, to out: inout AttributeWriter) {
        if n >= 0 && n < pairs.count { out.append(encoded: pairs[n]) } else { out.append(encoded: AttributeWriter.encoded(key, String(n))) }
    }

    public func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        recognizedList(text, context: context)
    }

    /// `recognize(_:context:)`, appended to `out` (`RecognizesInPlace`).
    func recognize(_ text: SegmentedText, context: RecognizerContext, into out: inout [Recognition]) {
        // The quotations first: a text without any needs nothing else, not even the people analysis.
        // (From the start pass's list of quote marks when the Extractor made one: not a read of every token.)
        let (spans, pieces) = QuoteSpanFinder().find(text, marks: context.starts?.quotes)
        guard !spans.isEmpty else { return }
        // Only the lists used are read out of the people scan (a copy of the scan retains all its
        // tables, one of the analysis its two dozen).
        if let people = context.people, people.tokenCount == text.tokens.count {
            recognize(text, spans: spans, pieces: pieces, mentions: people.scan.mentions, organisations: people.scan.organisations,
                      words: people.quoteWords, wordCount: people.quoteWordCount, people.vocabulary, into: &out)
            return
        }
        let people = PeopleAnalysis.of(text, context)
        recognize(text, spans: spans, pieces: pieces, mentions: people.scan.mentions, organisations: people.scan.organisations,
                  words: people.quoteWords, wordCount: people.quoteWordCount, people.vocabulary, into: &out)
    }

    /// Once the quotations are found, the work is done in temporary room sized by the text (on the
    /// stack only for a short text: on Linux a temporary allocation above 1 KB is always a heap one),
    /// nothing per quotation or per actor on the heap until a recognition is
    /// made: Int32s for the candidate words (from the start), the speech verbs (from the middle) and
    /// the paragraph of each sentence (`Layout`, at the end), a byte per token, and the actor lists.
    /// (`words`: the people analysis's quote words, the first `wordCount`: `PeopleAnalysis.quoteWords`.)
    private func recognize(_ text: SegmentedText, spans: [QuoteSpan], pieces: [Range<Int>], mentions: [PersonMention],
                           organisations: [Range<Int>], words: [Int32], wordCount: Int, _ vocabulary: PeopleVocabulary,
                           into out: inout [Recognition]) {
        let n = text.tokens.count
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * n + text.sentences.count) { ints in
            let base = ints.baseAddress!
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { bytes in
                let marks = bytes.baseAddress!
                marks.initialize(repeating: 0, count: n)
                for s in spans { for i in s.pieces { for t in pieces[i] { marks[t] = 1 } } }
                let bound = Self.actorBound(text, spans)
                let candidates = Self.candidateWords(words, wordCount, marks: marks, upTo: bound, into: base)
                // The three lists one after the other, then merged into the second half.
                let room = mentions.count + organisations.count + candidates
                withUnsafeTemporaryAllocation(of: Actor.self, capacity: 2 * room + 1) { actorRoom in
                    let found = findActors(text, mentions, organisations, vocabulary, marks: marks,
                                           candidates: UnsafeBufferPointer(start: base, count: candidates),
                                           verbs: base + n, room: actorRoom.baseAddress!, half: room)
                    let actors = Actors(list: found.actors, verbs: found.verbs, marks: marks, text: text, mentions: mentions)
                    recognize(text, spans: spans, pieces: pieces, actors, Layout(room: base + 2 * n), vocabulary, into: &out)
                }
            }
        }
    }

    private func recognize(_ text: SegmentedText, spans: [QuoteSpan], pieces: [Range<Int>], _ actors: Actors,
                           _ layout: Layout, _ vocabulary: PeopleVocabulary, into out: inout [Recognition]) {
        let tokens = text.tokens
        var layout = layout

        out.reserveCapacity(spans.count)
        // One buffer the attributes of every quote are encoded in (each copied out at its size).
        var enc = AttributeWriter()
        let pairs = Self.pairs
        // Speakers found so far: (quote open token, paragraph, sentence, speaker).
        var history: [(open: Int, paragraph: Int, sentence: Int, speaker: String)] = []
        history.reserveCapacity(spans.count)
        let sentences = text.sentences
        let word = TokenKind.word.rawValue
        var so = 0  // the sentence of the current quote's opening mark (quotes come in text order)
        for span in spans {
            let first = span.contentStart
            let lastContent = span.contentEnd - 1
            while so + 1 < sentences.count && sentences[so + 1].tokens.lowerBound <= span.open { so += 1 }
            // The sentence of the closing mark (or last content token): most often the opening's.
            let last = span.close ?? lastContent
            let sc = last < sentences[so].tokens.upperBound ? so : text.sentenceIndex(ofToken: last)
            let preRange = sentences[so].tokens.lowerBound..<span.open
            let postRange = (span.close.map { $0 + 1 } ?? sentences[sc].tokens.upperBound)..<sentences[sc].tokens.upperBound
            let preHasWords = preRange.contains { tokens[$0].rawKind == word && !actors.inQuote($0) }
            layout.extend(through: so, text)
            let paragraph = layout.paragraph(so)

            var found: Found?
            // The part before the quote first when it has words of its own, else the part after it.
            if preHasWords {
                found = attribute(in: preRange, before: true, text, actors, vocabulary)
                if found == nil && !postRange.isEmpty {
                    found = attribute(in: postRange, before: false, text, actors, vocabulary)
                }
            } else {
                if !postRange.isEmpty {
                    found = attribute(in: postRange, before: false, text, actors, vocabulary)
                }
                if found == nil && !preRange.isEmpty {
                    found = attribute(in: preRange, before: true, text, actors, vocabulary)
                }
            }
            var how = found?.how
            var speaker: String?
            // A quote in the previous sentence of the paragraph (or an earlier quote of this sentence).
            if found == nil {
                if let h = Self.lastSpeaker(history, paragraph: paragraph, where: { $0.sentence == so - 1 || $0.sentence == so }) {
                    speaker = h.speaker
                    how = .previousSentence
                } else if so > 0, layout.paragraph(so - 1) == paragraph {
                    let prev = sentences[so - 1].tokens
                    if let a = attribute(in: prev, before: true, text, actors, vocabulary) {
                        found = Found(actor: a.actor, how: .previousSentence)
                        how = .previousSentence
                    }
                }
            }
            // The speaker's name (made here, once); pronouns and generic sources resolved.
            let actor = found?.actor
            if let actor {
                switch actor.kind {
                case .pronoun:
                    layout.extend(through: text.sentenceIndex(ofToken: actor.start), text)
                    speaker = resolvePronoun(at: actor.start, text, layout, actors, history: history, vocabulary)
                    how = .pronoun
                case .generic:
                    speaker = resolveGeneric(actor, actors, vocabulary)
                default:
                    speaker = actors.name(actor, vocabulary)
                }
            }
            if let s = speaker { history.append((span.open, paragraph, so, s)) }

            let words = wordCount(text, span, pieces)
            guard words >= minimumWords else { continue }
            if words <= maximumTitleWords && isTitleCase(text, span, pieces) { continue }
            var quoted: String
            if span.pieces.count == 1 {
                quoted = text.string(tokens: pieces[span.pieces.lowerBound])
            } else {
                quoted = ""
                var joined = 0
                for i in span.pieces where !pieces[i].isEmpty {
                    if joined > 0 { quoted += " " }
                    quoted += text.string(tokens: pieces[i])
                    joined += 1
                }
            }
            let mid = preHasWords && !(span.open > 0 && (tokens[span.open - 1].hash == Hash.colon || tokens[span.open - 1].hash == Hash.comma))
            var range = span.tokens
            let sentenceEnd = sentences[so].tokens.upperBound
            let clipped = clipToSentence && range.upperBound > sentenceEnd
            let speakerActor = actor.flatMap { $0.kind != .pronoun && $0.kind != .descriptor ? $0 : nil }
            // Attributes in key order.
            enc.reset()
            if let how { enc.append(encoded: pairs.how[how.rawValue]) }
            if clipped { enc.append(encoded: pairs.clipped) }
            if span.single { enc.append(encoded: pairs.singleMarks) }
            if span.pieces.count > 1 { Self.appendNumberPair(pairs.paragraphs, "paragraphs", span.pieces.count, to: &enc) }
            if let actor = speakerActor {
                // (A capitalized subject no scan knows, "Kolar said", may be a person: not marked.)
                if actor.kind == .agency || actor.kind == .generic || (actor.kind == .organisation && actor.naming == .display) {
                    enc.append(encoded: pairs.organisationSpeaker)
                }
                enc.append(encoded: pairs.speakerSurfaceKey)
                enc.append(text, tokens: actor.tokens)
            }
            enc.append(encoded: mid ? pairs.partial : pairs.full)
            if span.close == nil { enc.append(encoded: pairs.unclosed) }
            Self.appendNumberPair(pairs.words, "words", words, to: &enc)
            let attributes = enc.attributes()
            var textPart = first..<(lastContent + 1)
            var speakerPart = speakerActor?.tokens
            if clipped {
                range = range.lowerBound..<sentenceEnd
                textPart = first..<max(first, sentenceEnd)
                if let sp = speakerPart, sp.upperBound > sentenceEnd { speakerPart = nil }
            }
            // Names ascending: speaker, text.
            let parts = speakerPart.map { RecognitionParts(.speaker, $0, .text, textPart) } ?? RecognitionParts(.text, textPart)
            out.append(Recognition(tokens: range, value: .quote(text: quoted, speaker: speaker), parts: parts,
                                   attributes: attributes))
        }
    }

    // MARK: - Actors

    /// How many tokens after a speech verb `actorAfter` looks for its actor by default, and after
    /// "quoted" (as saying).
    private static let actorAfterLimit = 7
    private static let quotedActorLimit = 10
    /// The farthest from a speech verb an actor found after it may start ("according to X" looks from
    /// "to", one token on).
    private static let farthestActorAfterVerb = max(actorAfterLimit + 1, quotedActorLimit)
    /// How far past the end of the last quotation's sentence `actorBound` reaches: an actor after a
    /// verb there, and a pronoun found so resolved by looking back from it through its own verbs'
    /// actors, reach `2 * farthestActorAfterVerb` tokens past its last token (21 with the limits above).
    private static let actorBoundReach = 2 * farthestActorAfterVerb + 1

    /// Actors starting at or after this token, and speech verbs at or after it, are never looked at: the
    /// attribution searches stay inside the sentences of the quotations or look back from them, and an
    /// actor after a speech verb starts at most `farthestActorAfterVerb` tokens after it (a pronoun found
    /// so, that far past the last quotation's sentence, is resolved by looking back from it: its verbs
    /// lie before it, their actors as far again after them: `actorBoundReach`). A generic source's
    /// capitalized qualifiers reach back from its first word over capitalized words only: the bound goes
    /// on past them.
    private static func actorBound(_ text: SegmentedText, _ spans: [QuoteSpan]) -> Int {
        let tokens = text.tokens
        let n = tokens.count
        var last = 0
        for s in spans { last = max(last, s.close ?? (s.contentEnd - 1)) }
        var bound = min(n, text.sentences[text.sentenceIndex(ofToken: last)].tokens.upperBound + actorBoundReach)
        while bound < n, tokens[bound - 1].kind == .word, tokens[bound - 1].flags.contains(.capitalized) { bound += 1 }
        return bound
    }

    /// The words the actor scan looks at, by index ascending, into `out`; their count: the words
    /// outside quotations (`marks`: 1 inside them, 0 elsewhere) before `bound` that may be actors or
    /// speech verbs, taken from the first `count` of `words`, the people analysis's quote words: those the
    /// vocabulary's filter of the agencies, generic-source first words, speech verbs and the pronouns
    /// "he" and "she" lets through, in text order (never false for a member; a word it lets through
    /// wrongly is dropped by the actor scan's own lookups). The scan tested every word already: no
    /// token is read here.
    private static func candidateWords(_ words: [Int32], _ count: Int, marks: UnsafePointer<UInt8>, upTo bound: Int,
                                       into out: UnsafeMutablePointer<Int32>) -> Int {
        words.withUnsafeBufferPointer { w in
            var c = 0
            for t in w[..<count] {
                guard Int(t) < bound else { break }
                // (Written always, kept only outside quotations.)
                out[c] = t
                c &+= marks[Int(t)] == 0 ? 1 : 0
            }
            return c
        }
    }

    /// People, organisations, agencies, pronouns and generic sources outside quotations, by start;
    /// and, in the same pass over the candidate words, the speech verbs outside quotations (into
    /// `verbs`). The three lists are written one after the other into `room`, then merged into
    /// `room + half`.
    private func findActors(_ text: SegmentedText, _ mentions: [PersonMention], _ organisations: [Range<Int>],
                            _ v: PeopleVocabulary, marks: UnsafeMutablePointer<UInt8>,
                            candidates cand: UnsafeBufferPointer<Int32>, verbs vb: UnsafeMutablePointer<Int32>,
                            room: UnsafeMutablePointer<Actor>, half: Int) -> (actors: UnsafeBufferPointer<Actor>, verbs: UnsafeBufferPointer<Int32>) {
        let tokens = text.tokens
        let n = tokens.count
        var na = 0
        // Tokens the word scan skips: inside a quotation, or already a person or an organisation (bit 1).
        // (By index, reading two fields: a mention copied out retains its strings.)
        for i in mentions.indices {
            let name = mentions[i].tokens
            guard marks[name.lowerBound] & 1 == 0 else { continue }
            let start = mentions[i].honorific?.lowerBound ?? name.lowerBound
            room[na] = Actor(start..<name.upperBound, .person, .mention, mention: i)
            na += 1
            for t in start..<name.upperBound { marks[t] |= 2 }
        }
        let peopleEnd = na
        for r in organisations where marks[r.lowerBound] & 1 == 0 {
            let isAgency = r.contains { Hash.isAgencyWord(tokens[$0].hash) }
            room[na] = Actor(r, isAgency ? .agency : .organisation, .display)
            na += 1
            for t in r { marks[t] |= 2 }
        }
        let organisationsEnd = na
        let the = Hash.the
        let word = TokenKind.word.rawValue
        // The candidates passed the filter of first words (`candidateWords`); this one is over the second
        // words of generic sources.
        let secondFilter = v.genericSecondFilter, singleWordGeneric = v.hasOneWordGeneric
        let verb = PeopleVocabulary.QuoteWord.speechVerb, agency = PeopleVocabulary.QuoteWord.agency
        let pronoun = PeopleVocabulary.QuoteWord.pronoun, genericFirst = PeopleVocabulary.QuoteWord.genericFirst
        var nv = 0
        // One probe per candidate (`quoteWordBits`) says whether it is a speech verb, an agency, a
        // pronoun or the first word of a generic source; most candidates are none of them ("the").
        v.quoteWordBits.withTables { keys, values, mask in
            tokens.withUnsafeBufferPointer { tk in
                var c = 0
                while c < cand.count {
                    let t = Int(cand[c])
                    c += 1
                    let h = tk[t].hash
                    let bits = HashMap64.get(h, keys.baseAddress!, values.baseAddress!, mask) ?? 0
                    if bits & verb != 0 { vb[nv] = Int32(truncatingIfNeeded: t); nv += 1 }
                    guard bits & ~verb != 0, marks[t] == 0 else { continue }
                    if bits & agency != 0 {
                        room[na] = Actor(t..<(t + 1), .agency, .surface)
                        na += 1
                        continue
                    }
                    if bits & pronoun != 0 {
                        room[na] = Actor(t..<(t + 1), .pronoun, .none)
                        na += 1
                        continue
                    }
                    guard bits & genericFirst != 0 else { continue }
                    // "the" starts generic sources but is rarely one: the next word must be a second word.
                    if !singleWordGeneric && (t + 1 == n || !secondFilter.mayContain(tk[t + 1].hash)) { continue }
                    let g = v.genericSource(at: t, in: tokens)
                    if g > 0 {
                        // Keep capitalized qualifiers: "Northland state media".
                        var s = t
                        while s > 0, tk[s - 1].kind == .word, tk[s - 1].flags.contains(.capitalized),
                              !v.stopCaps.contains(tk[s - 1].hash), !tk[s].flags.contains(.sentenceStart) { s -= 1 }
                        room[na] = Actor(s..<(t + g), .generic, h == the ? .none : .surface)
                        na += 1
                        // The words of the phrase are no actors, but may be speech verbs.
                        var k = t + 1
                        while k < t + g {
                            if tk[k].rawKind == word, marks[k] & 1 == 0, v.speechVerbs.contains(tk[k].hash) {
                                vb[nv] = Int32(truncatingIfNeeded: k)
                                nv += 1
                            }
                            k += 1
                        }
                        // The scan goes on after the phrase.
                        while c < cand.count && Int(cand[c]) < t + g { c += 1 }
                    }
                }
            }
        }
        let out = room + half
        let count = Self.merge(UnsafeBufferPointer(start: room, count: peopleEnd),
                               UnsafeBufferPointer(start: room + peopleEnd, count: organisationsEnd - peopleEnd),
                               UnsafeBufferPointer(start: room + organisationsEnd, count: na - organisationsEnd), into: out)
        return (UnsafeBufferPointer(start: out, count: count), UnsafeBufferPointer(start: vb, count: nv))
    }

    /// The three lists in one, by start, into `out`; on equal starts people first, then organisations,
    /// then the word scan's actors (as a stable sort of them one after the other).
    private static func merge(_ a: UnsafeBufferPointer<Actor>, _ b: UnsafeBufferPointer<Actor>, _ c: UnsafeBufferPointer<Actor>,
                              into out: UnsafeMutablePointer<Actor>) -> Int {
        func isSorted(_ x: UnsafeBufferPointer<Actor>) -> Bool {
            var i = 1
            while i < x.count { if x[i - 1].lower > x[i].lower { return false }; i += 1 }
            return true
        }
        guard isSorted(a), isSorted(b), isSorted(c) else {
            let sorted = (Array(a) + Array(b) + Array(c)).sorted { $0.lower < $1.lower }
            for i in sorted.indices { out[i] = sorted[i] }
            return sorted.count
        }
        var i = 0, j = 0, k = 0, o = 0
        while i < a.count || j < b.count || k < c.count {
            let ka = i < a.count ? a[i].lower : Int32.max
            let kb = j < b.count ? b[j].lower : Int32.max
            let kc = k < c.count ? c[k].lower : Int32.max
            if i < a.count && ka <= kb && ka <= kc {
                out[o] = a[i]; i += 1
            } else if j < b.count && kb <= kc {
                out[o] = b[j]; j += 1
            } else {
                out[o] = c[k]; k += 1
            }
            o += 1
        }
        return o
    }

    // MARK: - Attribution

    /// The speech verb nearest the quote in `range` (backward for the part before the quote,
    /// forward for the part after it) and its subject.
    private func attribute(in range: Range<Int>, before: Bool, _ text: SegmentedText, _ actors: Actors,
                           _ v: PeopleVocabulary) -> Found? {
        let tokens = text.tokens
        // Backward for the part before the quote, forward for the part after it, over the speech
        // verbs outside quotations (listed by the actor scan).
        let verbs = actors.verbs
        let lo = range.lowerBound, hi = range.upperBound
        let step = before ? -1 : 1
        var j = Self.firstVerb(verbs, atOrAfter: before ? hi : lo)
        if before { j -= 1 }
        while j >= 0 && j < verbs.count {
            let vi = Int(verbs[j])
            guard vi >= lo && vi < hi else { break }
            defer { j += step }
            let vh = tokens[vi].hash
            if vh == Hash.according {
                guard vi + 1 < tokens.count, tokens[vi + 1].hash == Hash.to else { continue }
                if let a = actorAfter(vi + 1, text, actors) { return Found(actor: a, how: .accordingTo) }
                continue
            }
            if vh == Hash.quoted, let a = actorAfter(vi, text, actors, limit: Self.quotedActorLimit) {
                return Found(actor: a, how: .quotedAsSaying)
            }
            // Inverted: `"...," said X` / `..., wrote X` / `described Kremlin official X`.
            let prev = vi > 0 ? tokens[vi - 1] : nil
            let inverted = prev == nil || prev!.hash == Hash.comma || prev!.kind == .quote || vi == range.lowerBound
            let objectVerb = Hash.isObjectVerb(vh)
            if inverted && (!objectVerb || prev?.kind == .quote), let a = actorAfter(vi, text, actors) {
                return Found(actor: personAfterTitle(a, text, actors, v), how: .verbSpeaker)
            }
            let lower = range.lowerBound
            // "a judge called it ...", "an official said": the subject is an unnamed person, not an
            // actor further back.
            // (Only after a lower-case word: most verbs follow a name, a comma or a quotation mark.)
            if vi > lower, tokens[vi - 1].kind == .word, !tokens[vi - 1].flags.contains(.capitalized),
               Self.unnamedSubject(before: vi, lower: lower, tokens, actors) { continue }
            // "what Velm called ...": a capitalized word right before the verb that is no known actor
            // (a place or an organisation) is the subject, rather than an actor further back.
            if vi > lower, tokens[vi - 1].kind == .word, tokens[vi - 1].flags.contains(.capitalized), !actors.inQuote(vi - 1),
               lastActor(actors, before: vi, from: max(0, vi - 8), where: { $0.end == vi }) == nil {
                var s = vi - 1
                while s > lower, tokens[s - 1].kind == .word, tokens[s - 1].flags.contains(.capitalized), !actors.inQuote(s - 1) { s -= 1 }
                // "the Spaniard said", "the Frenchman said": a descriptor, not a name. The speaker is
                // unknown (an unknown speaker is never compared; a descriptor taken for a name gives a
                // false attribution error against the name another source writes).
                if s == vi - 1, s > lower, tokens[s - 1].hash == Hash.the, Self.isDescriptorNoun(text, s) {
                    return Found(actor: Actor(s..<vi, .descriptor, .none), how: .speakerVerb)
                }
                if !v.stopCaps.contains(tokens[s].hash) || s < vi - 1 {
                    return Found(actor: ownerBefore(Actor(s..<vi, .organisation, .surface), lower: lower, tokens, actors, v), how: .speakerVerb)
                }
            }
            if vi > lower, tokens[vi - 1].hash == Hash.comma, let a = subjectBeforeAppositives(vi, lower: lower, tokens, actors) {
                return Found(actor: a, how: .speakerVerb)
            }
            if let a = actorBefore(vi, lower: lower, text, actors) {
                return Found(actor: ownerBefore(a, lower: lower, tokens, actors, v), how: .speakerVerb)
            }
            if let a = actorAfter(vi, text, actors) {
                return Found(actor: personAfterTitle(a, text, actors, v), how: .verbSpeaker)
            }
        }
        return nil
    }

    /// Whether the words right before the verb at `v` are an indefinite noun phrase ("a judge", "an
    /// official", "a judge later"): one to three lower-case words, none a function word, after "a" or "an".
    @inline(__always)
    private static func unnamedSubject(before v: Int, lower: Int, _ tokens: [Token], _ actors: Actors) -> Bool {
        // Most verbs after a lower-case word ("he said", "officials said") have no "a" or "an" among the
        // four tokens before them: hash compares here, the walk itself only past them.
        var k = v - 1
        while k >= lower, k >= v - 4 {
            let h = tokens[k].hash
            if h == LitHash.a || h == LitHash.an { return indefiniteSubject(before: v, lower: lower, tokens, actors) }
            k -= 1
        }
        return false
    }

    private static func indefiniteSubject(before v: Int, lower: Int, _ tokens: [Token], _ actors: Actors) -> Bool {
        var k = v - 1
        var words = 0
        while k >= lower, words < 3, tokens[k].kind == .word, !tokens[k].flags.contains(.capitalized), !actors.inQuote(k) {
            let h = tokens[k].hash
            if h == LitHash.a || h == LitHash.an { return words > 0 }
            // "met a delegation and said": the noun phrase is not the verb's subject.
            if functionWords.contains(h) { return false }
            words += 1
            k -= 1
        }
        if k >= lower, words > 0, tokens[k].kind == .word, !actors.inQuote(k) {
            let h = tokens[k].hash
            return h == LitHash.a || h == LitHash.an
        }
        return false
    }

    /// "Alan Marsden of British Transport Police said", "Andrew Bailey of the Bank of England said": the
    /// person before "of" (or ", of", "of the") owns the phrase `a` names and is the speaker; `a`
    /// itself otherwise. The phrase may start with capitalized words the actor leaves out ("British"),
    /// and be two phrases joined by "of" ("Bank of England"). Before a person (the people scan takes
    /// "Transport Police" for one) only place words are passed over: other capitalized words there are
    /// the person's title ("Secretary of State Antony Blinken").
    @inline(__always)
    private func ownerBefore(_ a: Actor, lower: Int, _ tokens: [Token], _ actors: Actors, _ v: PeopleVocabulary) -> Actor {
        // Most actors have no "of" among the six tokens before them (four capitalized words, "of the"):
        // hash compares here, the search itself only past them.
        var k = a.start - 1
        // The token right before the phrase is "of", "the" or a capitalized word (most often none).
        guard k > lower else { return a }
        let before = tokens[k]
        guard before.hash == LitHash.of || before.hash == Hash.the || before.flags.contains(.capitalized) else { return a }
        while k > lower, k >= a.start - 6 {
            if tokens[k].hash == LitHash.of { return owner(a, lower: lower, tokens, actors, v) }
            k -= 1
        }
        return a
    }

    /// `ownerBefore` past its quick test.
    private func owner(_ a: Actor, lower: Int, _ tokens: [Token], _ actors: Actors, _ v: PeopleVocabulary) -> Actor {
        var k = a.start
        var placesOnly = a.kind == .person
        for _ in 0..<2 {
            // The phrase's capitalized first words, then "the", "of" and a comma before them.
            var words = 0
            while k - 1 > lower, words < 4, tokens[k - 1].kind == .word, tokens[k - 1].flags.contains(.capitalized),
                  !tokens[k - 1].flags.contains(.sentenceStart), !actors.inQuote(k - 1),
                  !placesOnly || v.places.contains(tokens[k - 1].hash) {
                k -= 1
                words += 1
            }
            k -= 1
            if k > lower, tokens[k].hash == Hash.the { k -= 1 }
            guard k > lower, tokens[k].hash == LitHash.of else { return a }
            if k - 1 > lower, tokens[k - 1].hash == Hash.comma { k -= 1 }
            if let owner = lastActor(actors, before: k, from: max(lower, k - 8), where: { $0.end == k && $0.kind == .person }) {
                return owner
            }
            placesOnly = false
        }
        return a
    }

    /// "said Redmere manager Stefan Holloway": an actor followed by a post (one to three lower-case words
    /// or title words, none a function word: "said Nordvale Air CEO Marta Vell") and then a person is that person's qualifier (a team, a place, a company);
    /// the person is the speaker. "said Detective Chief Inspector Helen Marsh": a title word the people
    /// scan took for a name (after the verb, "Detective" reads like "said Marsh") followed by more
    /// capitalized words and a person is that person's title; the person is the speaker. `a` otherwise.
    private func personAfterTitle(_ a: Actor, _ text: SegmentedText, _ actors: Actors, _ v: PeopleVocabulary) -> Actor {
        guard a.kind == .person || a.kind == .organisation else { return a }
        let tokens = text.tokens
        let list = actors.list
        let i = Self.firstActor(list, startingAfter: a.end - 1)
        if a.kind == .person, i < list.count, list[i].kind == .person, list[i].start >= a.end, list[i].start - a.end <= 3,
           a.tokens.allSatisfy({ v.titles[tokens[$0].hash] != nil || v.titleModifiers.contains(tokens[$0].hash) }),
           (a.end..<list[i].start).allSatisfy({ tokens[$0].kind == .word && tokens[$0].flags.contains(.capitalized) }) {
            return list[i]
        }
        guard i < list.count, list[i].kind == .person, list[i].start > a.end, list[i].start - a.end <= 3 else { return a }
        for t in a.end..<list[i].start {
            let tok = tokens[t]
            // A capitalized word there must be a title word ("Nordvale Air CEO Marta Vell").
            guard tok.kind == .word, !Self.functionWords.contains(tok.hash),
                  !tok.flags.contains(.capitalized) || v.titles[tok.hash] != nil || v.titleModifiers.contains(tok.hash) else { return a }
        }
        return list[i]
    }

    /// How many comma-separated appositives `subjectBeforeAppositives` passes over, and how far before
    /// the verb the subject may end (a relative clause runs long: "Montero, 27, who had beaten Brandvik
    /// in each of their three previous meetings and won the title in 2022 and 2024, said").
    private static let maxAppositives = 3
    private static let appositiveReach = 45

    /// "Marta Vell, chief executive of Nordvale Air, said", "Montero, 27, who had beaten Brandvik ...,
    /// said": a verb right after a comma whose subject is followed by appositives (an age, a post, a
    /// relative clause: each between commas, starting with a number or a lower-case word). The actors
    /// inside them (the company she runs, the player he beat) are not the subject: the actor (a person,
    /// an organisation or an agency) ending right before the first of them is, when it opens the part of
    /// the sentence searched (after at most a function word: "But Montero, 27, said"). Nil when the
    /// words are not laid out so ("Her mother, Grace Oduya, said" names the subject in the last part;
    /// "Ilse Brandvik, 24, and Carla Montero, 27, said" is a list). Past a relative clause with no actor
    /// before it ("the company, which owns Nordvale Air, said"), the subject is unnamed: a descriptor
    /// (no speaker), not the actor inside the clause.
    private func subjectBeforeAppositives(_ vi: Int, lower: Int, _ tokens: [Token], _ actors: Actors) -> Actor? {
        var comma = vi - 1
        var relative = false
        for _ in 0..<Self.maxAppositives {
            // The appositive: back to the comma before it, over words, numbers and hyphens only.
            var s = comma - 1
            while s > lower, vi - s <= Self.appositiveReach, tokens[s].hash != Hash.comma {
                guard !actors.inQuote(s), tokens[s].kind != .quote, tokens[s].kind != .punct || tokens[s].hash == Hash.dot else { return nil }
                s -= 1
            }
            guard s > lower, s + 1 < comma, tokens[s].hash == Hash.comma else {
                return relative && s + 1 < comma ? Actor(max(lower, s)..<comma, .descriptor, .none) : nil
            }
            let first = tokens[s + 1]
            guard first.kind == .number || (first.kind == .word && !first.flags.contains(.capitalized)),
                  first.hash != LitHash.and, first.hash != LitHash.or else { return nil }
            if Self.relativePronouns.contains(first.hash) { relative = true }
            let actor = lastActor(actors, before: s, from: max(lower, s - 8)) { $0.end == s }
            if let a = actor {
                guard a.kind == .person || a.kind == .organisation || a.kind == .agency else { return nil }
                // The subject opens the part searched.
                for t in lower..<a.start where tokens[t].kind == .word && !Self.functionWords.contains(tokens[t].hash) { return nil }
                return a
            }
            comma = s
        }
        return nil
    }

    /// Words that open a relative clause.
    private static let relativePronouns = HashSet64(["who", "whom", "whose", "which"].map { Token.hash(literal: $0) })

    /// Capitalized nouns that describe a person by nationality or origin ("the Spaniard", "the Briton",
    /// "the Frenchman", "the Kenyan", "the Japanese"): the endings most such nouns have, and the short
    /// ones without them. Words in "-man" ("the Chairman") and the institutions with a descriptor's
    /// ending ("the Vatican", "the Taliban", "the Guardian") are not descriptors.
    private static let descriptorEndings = ["an", "ese", "iard"]
    private static let notDescriptors = HashSet64(["vatican", "taliban", "guardian", "sultan", "koran", "titan", "caravan",
        "lutheran", "anglican", "vatican's"].map { Token.hash(literal: $0) })
    private static let descriptorNouns = HashSet64(["briton", "brit", "scot", "swede", "dane", "finn", "pole", "czech", "slovak",
        "serb", "croat", "turk", "greek", "swiss", "kiwi", "aussie", "argentine", "thai", "israeli", "iraqi", "pakistani",
        "saudi", "somali", "bangladeshi", "nepali", "kuwaiti", "qatari", "emirati", "yemeni", "omani", "zealander",
        "icelander", "luxembourger", "veteran", "youngster", "teenager", "champion", "newcomer", "frenchman", "frenchwoman",
        "englishman", "englishwoman", "dutchman", "dutchwoman", "irishman", "irishwoman", "scotsman", "scotswoman",
        "welshman", "welshwoman", "countryman", "countrywoman"].map { Token.hash(literal: $0) })

    /// Whether token `t` (a capitalized word) is a descriptor noun (`descriptorNouns`, `descriptorEndings`).
    private static func isDescriptorNoun(_ text: SegmentedText, _ t: Int) -> Bool {
        let tok = text.tokens[t]
        guard tok.kind == .word, !tok.flags.contains(.allCaps) else { return false }
        if descriptorNouns.contains(tok.hash) { return true }
        if notDescriptors.contains(tok.hash) { return false }
        let word = text.string(tokens: t..<(t + 1)).lowercased()
        if word.hasSuffix("man") { return false }
        return descriptorEndings.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
    }

    /// `StopWords` as token hashes: words that join two actors ("and", "with") rather than name a post.
    private static let functionWords = HashSet64(StopWords.words.map { Token.hash(literal: $0) })

    /// The nearest actor ending at or before `v`, within 25 tokens: not inside a quotation, not a
    /// possessor ("Velm's"), not inside a parenthetical between spaced dashes or brackets.
    private func actorBefore(_ v: Int, lower: Int, _ text: SegmentedText, _ actors: Actors) -> Actor? {
        let tokens = text.tokens
        // Parentheticals between v and lower: "X -- the paper of Y -- expressed".
        var skip: [Range<Int>] = []
        var openDash = -1
        var openParen = -1
        // Actors are looked at from `from` on: below it, once nothing is open, no range found could hold one.
        let from = max(lower, v - 40)
        var k = v - 1
        // Reads token `k` and steps back; false once the scan is over (past `from` with nothing open,
        // or at `lower`).
        func step() -> Bool {
            guard k >= lower, k >= from || openDash >= 0 || openParen >= 0 else { return false }
            let t = tokens[k]
            if t.kind == .dash && t.flags.contains(.spaceBefore) {
                if openDash >= 0 { skip.append(k..<(openDash + 1)); openDash = -1 } else { openDash = k }
            } else if t.kind == .punct {
                let b = text.text[Int(t.start)]
                if b == 0x29 { openParen = k } else if b == 0x28, openParen >= 0 { skip.append(k..<(openParen + 1)); openParen = -1 }
            }
            k -= 1
            return true
        }
        // The scan goes back only as far as the candidates need (most often the actor right before the
        // verb is taken, 40 tokens are not read): once it has read a candidate's first token with
        // nothing open, every range it would find later ends before that token.
        var over = false
        let possessive = Hash.possessive
        return lastActor(actors, before: v, from: from) { a in
            guard v - a.end <= 25 else { return false }
            if a.end < tokens.count, tokens[a.end].hash == possessive { return false }
            guard !actors.inQuote(a.start) else { return false }
            while !over && k >= a.start { over = !step() }
            if !over && (openDash >= 0 || openParen >= 0) {
                while step() {}
                over = true
            }
            return !skip.contains(where: { $0.contains(a.start) })
        }
    }

    /// The actor starting soon after `v`: only titles, qualifiers and determiners between.
    private func actorAfter(_ v: Int, _ text: SegmentedText, _ actors: Actors, limit: Int = QuoteRecognizer.actorAfterLimit) -> Actor? {
        let tokens = text.tokens
        let list = actors.list
        let i = Self.firstActor(list, startingAfter: v)
        guard i < list.count, list[i].start - v <= limit else { return nil }
        let a = list[i]
        for t in (v + 1)..<a.start {
            let tok = tokens[t]
            if tok.kind == .punct && tok.hash != Hash.dot { return nil }
            if tok.kind == .quote { return nil }
        }
        return a
    }

    /// Index of the first verb at or after token `t` (the list is ascending).
    private static func firstVerb(_ verbs: UnsafeBufferPointer<Int32>, atOrAfter t: Int) -> Int {
        var lo = 0, hi = verbs.count
        while lo < hi {
            let mid = (lo &+ hi) &>> 1
            if Int(verbs[mid]) >= t { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Index of the first actor starting after token `v` (actors are sorted by start).
    private static func firstActor(_ actors: UnsafeBufferPointer<Actor>, startingAfter v: Int) -> Int {
        var lo = 0, hi = actors.count
        while lo < hi {
            let mid = (lo &+ hi) &>> 1
            if actors[mid].start > v { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// The latest actor ending at or before `p` and starting at or after `from` that satisfies `ok`.
    private func lastActor(_ actors: Actors, before p: Int, from: Int, where ok: (Actor) -> Bool) -> Actor? {
        let list = actors.list
        var i = Self.firstActor(list, startingAfter: p - 1) - 1
        while i >= 0, list[i].start >= from {
            let a = list[i]
            if a.end <= p && ok(a) { return a }
            i -= 1
        }
        return nil
    }

    /// The latest speaker recorded in `paragraph` that satisfies `ok` (history is in text order).
    private static func lastSpeaker(_ history: [(open: Int, paragraph: Int, sentence: Int, speaker: String)], paragraph: Int,
                                    where ok: ((open: Int, paragraph: Int, sentence: Int, speaker: String)) -> Bool)
        -> (open: Int, paragraph: Int, sentence: Int, speaker: String)? {
        var i = history.count - 1
        while i >= 0, history[i].paragraph >= paragraph {
            if history[i].paragraph == paragraph && ok(history[i]) { return history[i] }
            i -= 1
        }
        return nil
    }

    private func resolvePronoun(at p: Int, _ text: SegmentedText, _ layout: Layout, _ actors: Actors,
                                history: [(open: Int, paragraph: Int, sentence: Int, speaker: String)],
                                _ v: PeopleVocabulary) -> String? {
        let paragraph = layout.paragraph(text.sentenceIndex(ofToken: p))
        // Bounded look-back keeps a huge single paragraph linear.
        let paragraphStart = max(layout.tokens(ofParagraph: paragraph, text).lowerBound, p - 300)
        // 1. A quote speaker earlier in the paragraph.
        if let h = Self.lastSpeaker(history, paragraph: paragraph, where: { $0.open < p }) { return h.speaker }
        // 2. The subject of an earlier speech verb in the paragraph, else its latest person.
        if p > paragraphStart {
            if let a = attribute(in: paragraphStart..<p, before: true, text, actors, v), a.actor.kind == .person { return actors.name(a.actor, v) }
            if let a = lastActor(actors, before: p, from: paragraphStart, where: { $0.kind == .person }) { return actors.name(a, v) }
        }
        guard paragraph > 0 else { return nil }
        // 3. A quote speaker in the previous paragraph, then its speech-verb subject, then its latest person.
        if let h = Self.lastSpeaker(history, paragraph: paragraph - 1, where: { _ in true }) { return h.speaker }
        let prevFull = layout.tokens(ofParagraph: paragraph - 1, text)
        let prevRange = max(prevFull.lowerBound, prevFull.upperBound - 300)..<prevFull.upperBound
        if let a = attribute(in: prevRange, before: true, text, actors, v), a.actor.kind == .person { return actors.name(a.actor, v) }
        if let a = lastActor(actors, before: p, from: prevRange.lowerBound, where: { $0.kind == .person }) { return actors.name(a, v) }
        return nil
    }

    /// "the agency" → the latest named agency before it; "Northland state media" stays as written.
    private func resolveGeneric(_ actor: Actor, _ actors: Actors, _ v: PeopleVocabulary) -> String? {
        if actor.naming != .none { return actors.name(actor, v) }
        return lastActor(actors, before: actor.start, from: max(0, actor.start - 5000), where: { $0.kind == .agency }).flatMap { actors.name($0, v) }
    }

    /// Every word of the quote starts with a capital (“Welcome Marten”, “Harbour Lights”), and the
    /// quote is not a shouted all-capitals heading ('FULL AND STEADY SUPPORT').
    private func isTitleCase(_ text: SegmentedText, _ span: QuoteSpan, _ pieces: [Range<Int>]) -> Bool {
        var words = 0, caps = 0, allCaps = 0
        let possessive = Hash.possessive
        for i in span.pieces {
            let p = pieces[i]
            for t in p where text.tokens[t].kind == .word && text.tokens[t].hash != possessive {
                if t > 0, text.tokens[t - 1].kind == .dash, !text.tokens[t].flags.contains(.spaceBefore) { continue }
                words += 1
                if text.tokens[t].flags.contains(.capitalized) { caps += 1 }
                if text.tokens[t].flags.contains(.allCaps) { allCaps += 1 }
            }
        }
        return words > 0 && caps == words && allCaps < words
    }

    private func wordCount(_ text: SegmentedText, _ span: QuoteSpan, _ pieces: [Range<Int>]) -> Int {
        let possessive = Hash.possessive
        let word = TokenKind.word.rawValue, number = TokenKind.number.rawValue, dash = TokenKind.dash.rawValue
        return text.tokens.withUnsafeBufferPointer { tokens in
            var count = 0
            for i in span.pieces {
                for t in pieces[i] {
                    let kind = tokens[t].rawKind
                    guard kind == word || kind == number, tokens[t].hash != possessive else { continue }
                    // "pent-up" is one word.
                    // (The word's own space first: most words have one, and nothing else is read.)
                    if !tokens[t].flags.contains(.spaceBefore), t >= 2, tokens[t - 1].rawKind == dash,
                       !tokens[t - 1].flags.contains(.spaceBefore), tokens[t - 2].rawKind == word || tokens[t - 2].rawKind == number { continue }
                    count += 1
                }
            }
            return count
        }
    }

    public var examples: [RecognizerExample] {
        [
            // Speaker after the quote, before the quote, inverted.
            RecognizerExample("“We will rebuild the harbour wall,” Mayor Ilse Marten said on Monday.", match: "“We will rebuild the harbour wall,”", value: "“We will rebuild the harbour wall,” — Ilse Marten"),
            RecognizerExample("Governor Tomas Okafor said: \"The bridge will open in spring.\"", match: "\"The bridge will open in spring.\"", value: "“The bridge will open in spring.” — Tomas Okafor"),
            RecognizerExample("\"The figures are not final,\" said Lena Brandt, a statistician at the Velm office.", match: "\"The figures are not final,\"", value: "“The figures are not final,” — Lena Brandt"),
            RecognizerExample("“I want to thank the fishermen of Velm,” Ilse Marten told Tomas Okafor.", match: "“I want to thank the fishermen of Velm,”", value: "“I want to thank the fishermen of Velm,” — Ilse Marten"),
            RecognizerExample("“The harbour has never been busier,” wrote Mira Haug, an analyst with the Velm Trade Institute.", match: "“The harbour has never been busier,”", value: "“The harbour has never been busier,” — Mira Haug"),
            // A quoted speaker: "A quoted B as saying" → B.
            RecognizerExample("“We value your steady support for our ports,” the Velm Courier agency quoted Governor Tomas Okafor as saying.", match: "“We value your steady support for our ports,”", value: "“We value your steady support for our ports,” — Tomas Okafor"),
            // Described ... as; according to.
            RecognizerExample("“The programme is very full,” described harbour official Pavel Orlik.", match: "“The programme is very full,”", value: "“The programme is very full,” — Pavel Orlik"),
            RecognizerExample("The ferry will run “every hour on the hour”, according to Lena Brandt, a spokeswoman.", match: "“every hour on the hour”", value: "“every hour on the hour” — Lena Brandt"),
            // Partial quotes inside a sentence, several in one sentence.
            RecognizerExample("Governor Tomas Okafor expressed “unconditional support” for “all of the harbour plans”, officials said.", match: "“all of the harbour plans”", value: "“all of the harbour plans” — Tomas Okafor"),
            // Pronoun → the speaker of the quote before it.
            RecognizerExample("“We will not close the port,” Ilse Marten told Tomas Okafor.\n\nThe town “expresses full support to the fishermen and their families”, she said.", match: "“expresses full support to the fishermen and their families”", value: "“expresses full support to the fishermen and their families” — Ilse Marten"),
            // Speaker in the previous sentence of the paragraph.
            RecognizerExample("“The schedule is tight,” said harbour master Pavel Orlik. “Several ships will wait outside the breakwater.”", match: "“Several ships will wait outside the breakwater.”", value: "“Several ships will wait outside the breakwater.” — Pavel Orlik"),
            // An agency speaker, and "the agency" → the latest named agency.
            RecognizerExample("The bridge is an “engine for the growth of the whole coast”, Norland's news agency KCNA said.", match: "“engine for the growth of the whole coast”", value: "“engine for the growth of the whole coast” — KCNA"),
            RecognizerExample("Reuters said the talks went well.\n\n“The mayors shared their plans for the river,” the agency reported.", match: "“The mayors shared their plans for the river,”", value: "“The mayors shared their plans for the river,” — Reuters"),
            // Straight quotes, single quotes inside double, a headline quote in single marks.
            RecognizerExample("\"'Open water' is a term of art in Velm,\" said Leif-Arne Dahl, a professor.", match: "\"'Open water' is a term of art in Velm,\"", value: "“'Open water' is a term of art in Velm,” — Leif-Arne Dahl"),
            RecognizerExample("'FULL AND STEADY SUPPORT'\n\nThe council met on Monday.", match: "'FULL AND STEADY SUPPORT'", value: "“FULL AND STEADY SUPPORT”"),
            // A quote spanning paragraphs (reopened, never closed in between).
            // (The range ends with the first sentence, as rule matches stay inside a sentence; the value is whole.)
            RecognizerExample("“The first thing is the harbour wall.\n\n“The second thing is the ferry,” Ilse Marten said.", match: "“The first thing is the harbour wall.", value: "“The first thing is the harbour wall. The second thing is the ferry,” — Ilse Marten"),
            RecognizerExample("“The port is full. The ferries wait outside,” Tomas Okafor said.", match: "“The port is full.", value: "“The port is full. The ferries wait outside,” — Tomas Okafor"),
            // Odd count: an unclosed quote is recovered at the paragraph end.
            RecognizerExample("Tomas Okafor said the port would \"stay open for all ships\n\nThe council met later.", match: "\"stay open for all ships", value: "“stay open for all ships” — Tomas Okafor"),
            // Apostrophes are not single quotes.
            RecognizerExample("The countries’ ties were called a 'deep and lasting friendship' by Ilse Marten.", match: "'deep and lasting friendship'", value: "“deep and lasting friendship”"),
            // A three-word quoted phrase is comparable; no speaker when the text names none.
            RecognizerExample("The town called it a “special harbour operation”.", match: "“special harbour operation”", value: "“special harbour operation”"),
            // A place or organisation right before the verb is the subject, not a person further back.
            RecognizerExample("Ilse Marten closed the port in what Velm called a “temporary harbour pause”.", match: "“temporary harbour pause”", value: "“temporary harbour pause” — Velm"),
            // The subject before its appositives (a post at an organisation, an age, a relative clause),
            // not an actor inside them; the last appositive itself when it is the name.
            RecognizerExample("“The crew did everything right,” Lena Brandt, chief executive of Velm Harbour Lines, said in a statement.", match: "“The crew did everything right,”", value: "“The crew did everything right,” — Lena Brandt"),
            RecognizerExample("Jonas Aarne, 27, who had beaten Tomas Okafor in each of their three meetings, said: “He was braver than me.”", match: "“He was braver than me.”", value: "“He was braver than me.” — Jonas Aarne"),
            RecognizerExample("Her mother, Grace Oduya, said: “We are here for the truth.”", match: "“We are here for the truth.”", value: "“We are here for the truth.” — Grace Oduya"),
            RecognizerExample("The company, which owns Velm Harbour Lines, said: “We will review every crossing.”", match: "“We will review every crossing.”", value: "“We will review every crossing.”"),
            RecognizerExample("Velm Harbour Lines, which is owned by Tomas Okafor, said: “We will review every crossing.”", match: "“We will review every crossing.”", value: "“We will review every crossing.” — Velm Harbour Lines"),
            // Title words after the verb are the title of the person after them.
            RecognizerExample("“Today we have taken it apart,” said Detective Chief Inspector Helen Marsh.", match: "“Today we have taken it apart,”", value: "“Today we have taken it apart,” — Helen Marsh"),
            RecognizerExample("“The crew did everything right,” said Velm Harbour Lines CEO Lena Brandt.", match: "“The crew did everything right,”", value: "“The crew did everything right,” — Lena Brandt"),
            // A descriptor is no name: the speaker is unknown. A capitalized subject that is no descriptor stays.
            RecognizerExample("“She was braver than me in the big moments,” the Spaniard said.", match: "“She was braver than me in the big moments,”", value: "“She was braver than me in the big moments,”"),
            RecognizerExample("“We reject the claims entirely,” the Kremlin said.", match: "“We reject the claims entirely,”", value: "“We reject the claims entirely,” — Kremlin"),
            RecognizerExample("“We reject the claims entirely,” the Vatican said.", match: "“We reject the claims entirely,”", value: "“We reject the claims entirely,” — Vatican"),
            RecognizerExample("“She was braver than me,” the Frenchman said.", match: "“She was braver than me,”", value: "“She was braver than me,”"),
            // Must not match: one- or two-word scare quotes and quoted names, apostrophes.
            .none("Troops 'accidentally' crossed the line.", match: "'accidentally'"),
            .none("A banner read “Welcome Marten” on the hotel.", match: "“Welcome Marten”"),
            .none("The film “Harbour Lights” opened in Velm.", match: "“Harbour Lights”"),
            .none("They signed a 'deal' on Monday.", match: "'deal'"),
            // Two ordinary words are a comparable quoted phrase.
            RecognizerExample("Tomas Okafor said the two towns had signed a 'harbour partnership' on Monday.", match: "'harbour partnership'", value: "“harbour partnership” — Tomas Okafor"),
            .none("The countries’ ties and the leaders’ plans were discussed at Velm’s port.", match: "’ ties and the leaders’"),
        ]
    }
}
