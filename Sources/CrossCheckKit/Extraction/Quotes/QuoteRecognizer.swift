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
/// `speakerSurface`, `unclosed`, `paragraphs`.
public struct QuoteRecognizer: Recognizer, PeopleRecognizing {
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

    private enum ActorKind { case person, agency, organisation, generic, pronoun }

    private struct Actor {
        var tokens: Range<Int>
        var kind: ActorKind
        var name: String?
    }

    /// Paragraphs by layout: a sentence whose first token starts a line starts a paragraph.
    private struct Layout {
        /// Paragraph index of each sentence.
        var paragraph: [Int] = []
        /// Token range of each paragraph.
        var tokens: [Range<Int>] = []

        init(_ text: SegmentedText) {
            for (i, s) in text.sentences.enumerated() {
                let first = text.tokens[s.tokens.lowerBound].flags
                if i == 0 || first.contains(.paragraphStart) || first.contains(.newlineBefore) {
                    tokens.append(s.tokens)
                } else {
                    tokens[tokens.count - 1] = tokens[tokens.count - 1].lowerBound..<s.tokens.upperBound
                }
                paragraph.append(tokens.count - 1)
            }
        }
    }

    private struct Attribution {
        var speaker: String?
        var actor: Actor?
        var how: String
    }

    private static let possessive = Token.hash(literal: "'s")
    private static let comma = Token.hash(literal: ",")
    private static let colon = Token.hash(literal: ":")
    private static let quotedHash = Token.hash(literal: "quoted")
    private static let accordingHash = Token.hash(literal: "according")
    private static let toHash = Token.hash(literal: "to")
    private static let theHash = Token.hash(literal: "the")
    private static let dotHash = Token.hash(literal: ".")
    /// Verbs whose object, not subject, may follow them ("told Velm Radio", "quoted X as saying").
    private static let objectVerbs: HashSet64 = HashSet64(["told", "tells", "tell", "quoted", "asked", "called", "urged", "described", "describing"].map { Token.hash(literal: $0) })
    /// The pronouns a quote's speaker can be ("he", "she"), compared directly: two hashes.
    private static let heHash = Token.hash(literal: "he")
    private static let sheHash = Token.hash(literal: "she")
    private static let agencyWords: HashSet64 = HashSet64(["agency", "news", "media", "television", "radio", "newspaper", "times", "post", "daily"].map { Token.hash(literal: $0) })

    public func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        let people = PeopleAnalysis.of(text, context)
        let scan = people.scan
        let vocabulary = people.vocabulary
        let spans = QuoteSpanFinder().find(text)
        guard !spans.isEmpty else { return [] }
        let tokens = text.tokens
        var inQuote = [Bool](repeating: false, count: tokens.count)
        for s in spans { for p in s.pieces { for t in p { inQuote[t] = true } } }
        let actors = findActors(text, scan, vocabulary, inQuote: inQuote)
        let layout = Layout(text)
        let paragraphOf: (Int) -> Int = { layout.paragraph[text.sentenceIndex(ofToken: $0)] }

        var out: [Recognition] = []
        // Speakers found so far: (quote open token, paragraph, sentence, speaker, actor).
        var history: [(open: Int, paragraph: Int, sentence: Int, speaker: String)] = []
        for span in spans {
            let first = span.pieces.first?.lowerBound ?? span.open
            let lastContent = span.pieces.last.map { $0.upperBound - 1 } ?? span.open
            let so = text.sentenceIndex(ofToken: span.open)
            let sc = text.sentenceIndex(ofToken: span.close ?? lastContent)
            let preRange = text.sentences[so].tokens.lowerBound..<span.open
            let postRange = (span.close.map { $0 + 1 } ?? text.sentences[sc].tokens.upperBound)..<text.sentences[sc].tokens.upperBound
            let preHasWords = preRange.contains { tokens[$0].kind == .word && !inQuote[$0] }
            let paragraph = paragraphOf(span.open)

            var attribution: Attribution?
            let order: [(Range<Int>, Bool)] = preHasWords ? [(preRange, true), (postRange, false)] : [(postRange, false), (preRange, true)]
            for (range, isPre) in order where attribution == nil && !range.isEmpty {
                attribution = attribute(in: range, before: isPre, text, actors, vocabulary, inQuote: inQuote)
            }
            // A quote in the previous sentence of the paragraph (or an earlier quote of this sentence).
            if attribution == nil {
                if let h = Self.lastSpeaker(history, paragraph: paragraph, where: { $0.sentence == so - 1 || $0.sentence == so }) {
                    attribution = Attribution(speaker: h.speaker, actor: nil, how: "previous-sentence")
                } else if so > 0, layout.paragraph[so - 1] == paragraph {
                    let prev = text.sentences[so - 1].tokens
                    if let a = attribute(in: prev, before: true, text, actors, vocabulary, inQuote: inQuote) {
                        attribution = Attribution(speaker: a.speaker, actor: a.actor, how: "previous-sentence")
                    }
                }
            }
            // Resolve pronouns and generic sources.
            if var a = attribution, let actor = a.actor {
                switch actor.kind {
                case .pronoun:
                    a.speaker = resolvePronoun(at: actor.tokens.lowerBound, text, layout, actors, history: history, vocabulary, inQuote: inQuote)
                    a.how = "pronoun"
                case .generic:
                    a.speaker = resolveGeneric(actor, text, actors)
                default: break
                }
                attribution = a
            }
            let speaker = attribution?.speaker
            if let s = speaker { history.append((span.open, paragraph, so, s)) }

            let words = wordCount(text, span)
            guard words >= minimumWords else { continue }
            if words <= maximumTitleWords && isTitleCase(text, span) { continue }
            var quoted = ""
            var joined = 0
            for p in span.pieces where !p.isEmpty {
                if joined > 0 { quoted += " " }
                quoted += text.string(tokens: p)
                joined += 1
            }
            let mid = preHasWords && !(span.open > 0 && (tokens[span.open - 1].hash == Self.colon || tokens[span.open - 1].hash == Self.comma))
            var range = span.tokens
            let sentenceEnd = text.sentences[so].tokens.upperBound
            let clipped = clipToSentence && range.upperBound > sentenceEnd
            let speakerActor = attribution?.actor.flatMap { $0.kind != .pronoun ? $0 : nil }
            // Attributes in key order, built straight into their storage.
            // (Exactly as many slots as pairs: claims keep this array alive.)
            var pairs = 2
            if attribution != nil { pairs += 1 }
            if clipped { pairs += 1 }
            if span.single { pairs += 1 }
            if span.pieces.count > 1 { pairs += 1 }
            if speakerActor != nil { pairs += 1 }
            if span.close == nil { pairs += 1 }
            var kv: [String] = []
            kv.reserveCapacity(2 * pairs)
            if let a = attribution { kv.append("attribution"); kv.append(a.how) }
            if clipped { kv.append("clipped"); kv.append("true") }
            if span.single { kv.append("marks"); kv.append("single") }
            if span.pieces.count > 1 { kv.append("paragraphs"); kv.append(String(span.pieces.count)) }
            if let actor = speakerActor { kv.append("speakerSurface"); kv.append(text.string(tokens: actor.tokens)) }
            kv.append("style"); kv.append(mid ? "partial" : "full")
            if span.close == nil { kv.append("unclosed"); kv.append("true") }
            kv.append("words"); kv.append(String(words))
            var textPart = first..<(lastContent + 1)
            var speakerPart = speakerActor?.tokens
            if clipped {
                range = range.lowerBound..<sentenceEnd
                textPart = first..<max(first, sentenceEnd)
                if let sp = speakerPart, sp.upperBound > sentenceEnd { speakerPart = nil }
            }
            // Names ascending: speaker, text.
            let textPair = RecognitionParts.Pair(key: "text", value: textPart)
            let parts = RecognitionParts(sorted: speakerPart.map { [RecognitionParts.Pair(key: "speaker", value: $0), textPair] } ?? [textPair])
            out.append(Recognition(tokens: range, value: .quote(text: quoted, speaker: speaker), parts: parts,
                                   attributes: Attributes(sortedKeysAndValues: kv)))
        }
        return out
    }

    // MARK: - Actors

    private func findActors(_ text: SegmentedText, _ scan: PeopleScan, _ v: PeopleVocabulary, inQuote: [Bool]) -> [Actor] {
        let tokens = text.tokens
        var actors: [Actor] = []
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in scan.mentions where !inQuote[m.tokens.lowerBound] {
            let start = m.honorific?.lowerBound ?? m.tokens.lowerBound
            actors.append(Actor(tokens: start..<m.tokens.upperBound, kind: .person, name: m.canonical))
            for t in start..<m.tokens.upperBound { covered[t] = true }
        }
        for r in scan.organisations where !inQuote[r.lowerBound] {
            let isAgency = r.contains { Self.agencyWords.contains(tokens[$0].hash) }
            actors.append(Actor(tokens: r, kind: isAgency ? .agency : .organisation, name: PersonName.display(text.string(tokens: r), vocabulary: v)))
            for t in r { covered[t] = true }
        }
        let he = Self.heHash, she = Self.sheHash
        var t = 0
        while t < tokens.count {
            defer { t += 1 }
            guard !inQuote[t], !covered[t], tokens[t].kind == .word else { continue }
            // Most words are neither an agency nor the start of a generic source: one probe for both.
            let agencyOrGeneric = v.agencyOrGenericFirst.contains(tokens[t].hash)
            if agencyOrGeneric && v.agencies.contains(tokens[t].hash) {
                actors.append(Actor(tokens: t..<(t + 1), kind: .agency, name: text.string(t)))
                continue
            }
            if tokens[t].hash == he || tokens[t].hash == she {
                actors.append(Actor(tokens: t..<(t + 1), kind: .pronoun, name: nil))
                continue
            }
            guard agencyOrGeneric && v.startsGeneric(tokens[t].hash) else { continue }
            let g = v.genericSource(at: t, in: tokens)
            if g > 0 {
                // Keep capitalized qualifiers: "Northland state media".
                var s = t
                while s > 0, tokens[s - 1].kind == .word, tokens[s - 1].flags.contains(.capitalized),
                      !v.stopCaps.contains(tokens[s - 1].hash), !tokens[s].flags.contains(.sentenceStart) { s -= 1 }
                let definite = tokens[t].hash == Self.theHash
                actors.append(Actor(tokens: s..<(t + g), kind: .generic,
                                    name: definite ? nil : text.string(tokens: s..<(t + g))))
                t += g - 1
            }
        }
        return actors.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    // MARK: - Attribution

    /// The speech verb nearest the quote in `range` (backward for the part before the quote,
    /// forward for the part after it) and its subject.
    private func attribute(in range: Range<Int>, before: Bool, _ text: SegmentedText, _ actors: [Actor],
                           _ v: PeopleVocabulary, inQuote: [Bool]) -> Attribution? {
        let tokens = text.tokens
        // Backward for the part before the quote, forward for the part after it (no index array).
        let step = before ? -1 : 1
        var vi = before ? range.upperBound - 1 : range.lowerBound
        while range.contains(vi) {
            defer { vi += step }
            guard !inQuote[vi] && tokens[vi].kind == .word && v.speechVerbs.contains(tokens[vi].hash) else { continue }
            if tokens[vi].hash == Self.accordingHash {
                guard vi + 1 < tokens.count, tokens[vi + 1].hash == Self.toHash else { continue }
                if let a = actorAfter(vi + 1, text, actors) { return Attribution(speaker: a.name, actor: a, how: "according-to") }
                continue
            }
            if tokens[vi].hash == Self.quotedHash, let a = actorAfter(vi, text, actors, limit: 10) {
                return Attribution(speaker: a.name, actor: a, how: "quoted-as-saying")
            }
            // Inverted: `"...," said X` / `..., wrote X` / `described Kremlin official X`.
            let prev = vi > 0 ? tokens[vi - 1] : nil
            let inverted = prev == nil || prev!.hash == Self.comma || prev!.kind == .quote || vi == range.lowerBound
            let objectVerb = Self.objectVerbs.contains(tokens[vi].hash)
            if inverted && (!objectVerb || prev?.kind == .quote), let a = actorAfter(vi, text, actors) {
                return Attribution(speaker: a.name, actor: a, how: "verb-speaker")
            }
            let lower = range.lowerBound
            // "what Velm called ...": a capitalized word right before the verb that is no known actor
            // (a place or an organisation) is the subject, rather than an actor further back.
            if vi > lower, tokens[vi - 1].kind == .word, tokens[vi - 1].flags.contains(.capitalized), !inQuote[vi - 1],
               lastActor(actors, before: vi, from: max(0, vi - 8), where: { $0.tokens.upperBound == vi }) == nil {
                var s = vi - 1
                while s > lower, tokens[s - 1].kind == .word, tokens[s - 1].flags.contains(.capitalized), !inQuote[s - 1] { s -= 1 }
                if !v.stopCaps.contains(tokens[s].hash) || s < vi - 1 {
                    let a = Actor(tokens: s..<vi, kind: .organisation, name: text.string(tokens: s..<vi))
                    return Attribution(speaker: a.name, actor: a, how: "speaker-verb")
                }
            }
            if let a = actorBefore(vi, lower: lower, text, actors, inQuote: inQuote) {
                return Attribution(speaker: a.name, actor: a, how: "speaker-verb")
            }
            if let a = actorAfter(vi, text, actors) {
                return Attribution(speaker: a.name, actor: a, how: "verb-speaker")
            }
        }
        return nil
    }

    /// The nearest actor ending at or before `v`, within 25 tokens: not inside a quotation, not a
    /// possessor ("Velm's"), not inside a parenthetical between spaced dashes or brackets.
    private func actorBefore(_ v: Int, lower: Int, _ text: SegmentedText, _ actors: [Actor], inQuote: [Bool]) -> Actor? {
        let tokens = text.tokens
        // Parentheticals between v and lower: "X -- the paper of Y -- expressed".
        var skip: [Range<Int>] = []
        var openDash = -1
        var openParen = -1
        var k = v - 1
        while k >= lower {
            let t = tokens[k]
            if t.kind == .dash && t.flags.contains(.spaceBefore) {
                if openDash >= 0 { skip.append(k..<(openDash + 1)); openDash = -1 } else { openDash = k }
            } else if t.kind == .punct {
                let b = text.text[Int(t.start)]
                if b == 0x29 { openParen = k } else if b == 0x28, openParen >= 0 { skip.append(k..<(openParen + 1)); openParen = -1 }
            }
            k -= 1
        }
        return lastActor(actors, before: v, from: max(lower, v - 40)) { a in
            guard v - a.tokens.upperBound <= 25 else { return false }
            if a.tokens.upperBound < tokens.count, tokens[a.tokens.upperBound].hash == Self.possessive { return false }
            return !inQuote[a.tokens.lowerBound] && !skip.contains(where: { $0.contains(a.tokens.lowerBound) })
        }
    }

    /// The actor starting soon after `v`: only titles, qualifiers and determiners between.
    private func actorAfter(_ v: Int, _ text: SegmentedText, _ actors: [Actor], limit: Int = 7) -> Actor? {
        let tokens = text.tokens
        let i = Self.firstActor(actors, startingAfter: v)
        guard i < actors.count, actors[i].tokens.lowerBound - v <= limit else { return nil }
        let a = actors[i]
        for t in (v + 1)..<a.tokens.lowerBound {
            let tok = tokens[t]
            if tok.kind == .punct && tok.hash != Self.dotHash { return nil }
            if tok.kind == .quote { return nil }
        }
        return a
    }

    /// Index of the first actor starting after token `v` (actors are sorted by start).
    private static func firstActor(_ actors: [Actor], startingAfter v: Int) -> Int {
        var lo = 0, hi = actors.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if actors[mid].tokens.lowerBound > v { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// The latest actor ending at or before `p` and starting at or after `from` that satisfies `ok`.
    private func lastActor(_ actors: [Actor], before p: Int, from: Int, where ok: (Actor) -> Bool) -> Actor? {
        var i = Self.firstActor(actors, startingAfter: p - 1) - 1
        while i >= 0, actors[i].tokens.lowerBound >= from {
            let a = actors[i]
            if a.tokens.upperBound <= p && ok(a) { return a }
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

    private func resolvePronoun(at p: Int, _ text: SegmentedText, _ layout: Layout, _ actors: [Actor],
                                history: [(open: Int, paragraph: Int, sentence: Int, speaker: String)],
                                _ v: PeopleVocabulary, inQuote: [Bool]) -> String? {
        let paragraph = layout.paragraph[text.sentenceIndex(ofToken: p)]
        // Bounded look-back keeps a huge single paragraph linear.
        let paragraphStart = max(layout.tokens[paragraph].lowerBound, p - 300)
        // 1. A quote speaker earlier in the paragraph.
        if let h = Self.lastSpeaker(history, paragraph: paragraph, where: { $0.open < p }) { return h.speaker }
        // 2. The subject of an earlier speech verb in the paragraph, else its latest person.
        if p > paragraphStart {
            if let a = attribute(in: paragraphStart..<p, before: true, text, actors, v, inQuote: inQuote), a.actor?.kind == .person { return a.speaker }
            if let a = lastActor(actors, before: p, from: paragraphStart, where: { $0.kind == .person }) { return a.name }
        }
        guard paragraph > 0 else { return nil }
        // 3. A quote speaker in the previous paragraph, then its speech-verb subject, then its latest person.
        if let h = Self.lastSpeaker(history, paragraph: paragraph - 1, where: { _ in true }) { return h.speaker }
        let prevFull = layout.tokens[paragraph - 1]
        let prevRange = max(prevFull.lowerBound, prevFull.upperBound - 300)..<prevFull.upperBound
        if let a = attribute(in: prevRange, before: true, text, actors, v, inQuote: inQuote), a.actor?.kind == .person { return a.speaker }
        if let a = lastActor(actors, before: p, from: prevRange.lowerBound, where: { $0.kind == .person }) { return a.name }
        return nil
    }

    /// "the agency" → the latest named agency before it; "Northland state media" stays as written.
    private func resolveGeneric(_ actor: Actor, _ text: SegmentedText, _ actors: [Actor]) -> String? {
        if let name = actor.name { return name }
        return lastActor(actors, before: actor.tokens.lowerBound, from: max(0, actor.tokens.lowerBound - 5000), where: { $0.kind == .agency })?.name
    }

    /// Every word of the quote starts with a capital (“Welcome Marten”, “Harbour Lights”), and the
    /// quote is not a shouted all-capitals heading ('FULL AND STEADY SUPPORT').
    private func isTitleCase(_ text: SegmentedText, _ span: QuoteSpan) -> Bool {
        var words = 0, caps = 0, allCaps = 0
        for p in span.pieces {
            for t in p where text.tokens[t].kind == .word && text.tokens[t].hash != Self.possessive {
                if t > 0, text.tokens[t - 1].kind == .dash, !text.tokens[t].flags.contains(.spaceBefore) { continue }
                words += 1
                if text.tokens[t].flags.contains(.capitalized) { caps += 1 }
                if text.tokens[t].flags.contains(.allCaps) { allCaps += 1 }
            }
        }
        return words > 0 && caps == words && allCaps < words
    }

    private func wordCount(_ text: SegmentedText, _ span: QuoteSpan) -> Int {
        let tokens = text.tokens
        var count = 0
        for p in span.pieces {
            for t in p where tokens[t].kind == .word || tokens[t].kind == .number {
                if tokens[t].hash == Self.possessive { continue }
                // "pent-up" is one word.
                if t >= 2, tokens[t - 1].kind == .dash, !tokens[t - 1].flags.contains(.spaceBefore),
                   !tokens[t].flags.contains(.spaceBefore), tokens[t - 2].kind == .word || tokens[t - 2].kind == .number { continue }
                count += 1
            }
        }
        return count
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
