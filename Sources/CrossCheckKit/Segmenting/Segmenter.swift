/// Splits a source's analysis text into tokens, sentences and paragraphs.
///
/// Sentences end at `.`, `!`, `?`, `…` (with the closing quotes and brackets after them) when the next
/// token can start a sentence (a capital, a digit, a quote or bracket after a space), unless the period
/// belongs to an abbreviation:
/// - `titles` ("Mr.", "Gen.", "Mt.") never end a sentence;
/// - `numberAbbreviations` ("No. 2", "Fig. 3", "Vol. 2") do not when a number follows;
/// - `abbreviations` ("Jan.", "Inc.", "a.m.") and dotted forms ("U.S.", "U.N.") do not unless the next
///   word is a common sentence opener ("The", "He", "In", ...);
/// - a single capital letter ("John F. Kennedy") is an initial.
/// A paragraph (blank line, or a line break after a line that ends a sentence or stands alone as a
/// heading) always ends a sentence; a line break inside hard-wrapped prose does not.
public struct Segmenter: Sendable {
    public var tokenizer = Tokenizer()
    /// Abbreviations that end a sentence only before a sentence opener ("Acme Inc. The firm ...").
    public var abbreviations: Set<String>
    /// The longest sentence, in tokens; longer runs are cut (real news sentences stay far below it).
    public static let maxSentenceTokens = 200
    /// Abbreviations that never end a sentence (titles before names).
    public var titles: Set<String> = Segmenter.defaultTitles
    /// Abbreviations that do not end a sentence before a number ("No. 2").
    public var numberAbbreviations: Set<String> = Segmenter.defaultNumberAbbreviations
    /// Capitalized words that start a sentence after an abbreviation's period.
    public var sentenceOpeners: Set<String> = Segmenter.defaultSentenceOpeners
    /// The title words a long line of prose may end in and go on across its line break (empty: none).
    /// `Extractor.segmenter` sets it from the rules' lexicons.
    public var lineWraps = LineWrapVocabulary()

    public static let defaultAbbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "vs", "v", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "jr", "sr", "bros", "univ", "assn",
        "e.g", "i.e", "a.m", "p.m", "u.s", "u.n", "u.k", "e.u", "d.c", "u.s.a", "ph.d",
    ]
    public static let defaultTitles: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen",
        "rep", "rev", "hon", "pres", "amb", "maj", "cpl", "pvt", "supt", "insp", "det", "st", "mt", "fr", "brig", "cdr",
    ]
    public static let defaultNumberAbbreviations: Set<String> = [
        "no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "art", "ch", "sec", "para", "op", "ed", "tel",
    ]
    public static let defaultSentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
        "then", "but", "and", "so", "yet", "in", "on", "at", "for", "after", "before", "when", "while", "if", "its",
        "his", "her", "their", "our", "my", "some", "many", "most", "meanwhile", "however", "also", "still", "now",
        "officials", "police",
    ]

    /// Words that end no sentence, headline or label: a line ending in one goes on into a number on the
    /// next ("and more than⏎200 were injured", "on⏎9 May"). A line ending in any other word before a
    /// number is as often a headline above a timestamp, dateline or table row ("... capsized⏎12 May 2026,
    /// 08:14", "... by the union⏎78% of nurses ...").
    static let continuing: HashSet64 = HashSet64([
        "than", "of", "the", "a", "an", "and", "or", "to", "at", "on", "in", "by", "for", "from", "with", "about",
        "around", "nearly", "almost", "some", "over", "under", "least", "after", "before", "since", "until",
        "between", "per", "were", "was", "is", "are", "had", "have", "has", "been", "his", "her", "its", "their",
        "our", "approximately", "roughly", "only", "just", "into",
    ].map { Token.hash(literal: $0) })

    public init(abbreviations: Set<String> = Segmenter.defaultAbbreviations, lineWraps: LineWrapVocabulary = LineWrapVocabulary()) {
        self.abbreviations = abbreviations
        self.lineWraps = lineWraps
    }

    public func segment(_ source: Source) -> SegmentedText {
        segment(source.text, excluding: source.excluded.map(\.span))
    }

    /// Hash sets of the word lists, built once per call.
    private struct Lists {
        var abbreviations: HashSet64
        var titles: HashSet64
        var numbers: HashSet64
        var openers: HashSet64

        init(abbreviations: Set<String>, titles: Set<String>, numbers: Set<String>, openers: Set<String>) {
            self.abbreviations = HashSet64(abbreviations.map { Token.hash(literal: $0) })
            self.titles = HashSet64(titles.map { Token.hash(literal: $0) })
            self.numbers = HashSet64(numbers.map { Token.hash(literal: $0) })
            self.openers = HashSet64(openers.map { Token.hash(literal: $0) })
        }
    }

    private static let defaultLists = Lists(abbreviations: defaultAbbreviations, titles: defaultTitles,
                                            numbers: defaultNumberAbbreviations, openers: defaultSentenceOpeners)

    public func segment(_ text: [UInt8], excluding excluded: [TextSpan] = []) -> SegmentedText {
        var tokens = tokenizer.tokenize(text, excluding: excluded)
        // The default lists' hashes are computed once per process (Set == is O(1) on the same storage);
        // hashing them on every call was a seventh of a whole check's time.
        let lists = abbreviations == Segmenter.defaultAbbreviations && titles == Segmenter.defaultTitles
            && numberAbbreviations == Segmenter.defaultNumberAbbreviations && sentenceOpeners == Segmenter.defaultSentenceOpeners
            ? Segmenter.defaultLists
            : Lists(abbreviations: abbreviations, titles: titles, numbers: numberAbbreviations, openers: sentenceOpeners)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 16)
        var paragraphs: [Range<Int>] = []
        var sentenceStart = 0
        var paragraphFirstSentence = 0

        // The token array is worked on through a buffer pointer, and the loop is written out without
        // nested functions: captured `var`s would be boxed and every access would pay for the box and an
        // exclusivity check.
        tokens.withUnsafeMutableBufferPointer { tk in
            text.withUnsafeBufferPointer { buf in
                let count = tk.count
                // Only a line break, a punctuation mark or a sentence grown too long can end a sentence:
                // runs of other tokens are skipped by testing their flags and kind alone.
                let breaks = Token.Flags([.newlineBefore, .paragraphStart]).rawValue
                let punct = TokenKind.punct.rawValue
                var i = 0
                while i < count {
                    let limit = min(count, sentenceStart + Segmenter.maxSentenceTokens)
                    while i < limit {
                        let t = tk[i]
                        if t.flags.rawValue & breaks != 0 || t.rawKind == punct { break }
                        i += 1
                    }
                    if i >= count { break }
                    let tok = tk[i]
                    if i > 0 && (tok.flags.contains(.paragraphStart)
                                 || (tok.flags.contains(.newlineBefore) && lineBreakEndsSentence(tk, buf, before: i, sentenceStart: sentenceStart))) {
                        Segmenter.close(tk, &sentences, &sentenceStart, at: i, paragraph: paragraphs.count)
                        Segmenter.closeParagraph(sentences.count, &paragraphs, &paragraphFirstSentence)
                        tk[i].flags.insert(.paragraphStart)
                    } else if i - sentenceStart >= Segmenter.maxSentenceTokens {
                        // Text with no sentence punctuation (a data dump, a run-on list) is cut into
                        // bounded pieces, so per-sentence work in later stages stays linear in the input.
                        Segmenter.close(tk, &sentences, &sentenceStart, at: i, paragraph: paragraphs.count)
                    }
                    if tok.rawKind == punct && isTerminator(tk, buf, i, lists) {
                        // Take closing quotes and brackets that follow the terminator.
                        var end = i + 1
                        while end < count, !tk[end].flags.contains(.spaceBefore),
                              (tk[end].kind == .quote && !tk[end].flags.contains(.opening)) || isClosingBracket(tk[end], buf) {
                            end += 1
                        }
                        if end >= count || startsSentence(tk, buf, end) {
                            Segmenter.close(tk, &sentences, &sentenceStart, at: end, paragraph: paragraphs.count)
                            i = end
                            continue
                        }
                    }
                    i += 1
                }
            }
            Segmenter.close(tk, &sentences, &sentenceStart, at: tk.count, paragraph: paragraphs.count)
            Segmenter.closeParagraph(sentences.count, &paragraphs, &paragraphFirstSentence)
        }
        if let first = tokens.indices.first { tokens[first].flags.insert(.paragraphStart) }
        return SegmentedText(segmented: text, tokens: tokens, sentences: sentences, paragraphs: paragraphs)
    }

    /// Ends the sentence that starts at `start` before token `end`, if it holds any token.
    @inline(__always)
    private static func close(_ tk: UnsafeMutableBufferPointer<Token>, _ sentences: inout [Sentence], _ start: inout Int,
                              at end: Int, paragraph: Int) {
        guard end > start else { return }
        let span = TextSpan(start: Int(tk[start].start), end: Int(tk[end - 1].end))
        tk[start].flags.insert(.sentenceStart)
        sentences.append(Sentence(tokens: start..<end, span: span, paragraph: paragraph))
        start = end
    }

    /// Ends the paragraph of the sentences from `first` on (`sentenceCount` in all), if it holds any.
    @inline(__always)
    private static func closeParagraph(_ sentenceCount: Int, _ paragraphs: inout [Range<Int>], _ first: inout Int) {
        if sentenceCount > first { paragraphs.append(first..<sentenceCount) }
        first = sentenceCount
    }

    @inline(__always) private func byte(_ buf: UnsafeBufferPointer<UInt8>, _ t: Token) -> UInt8 { buf[Int(t.start)] }

    private func isClosingBracket(_ t: Token, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        t.kind == .punct && (byte(buf, t) == 0x29 || byte(buf, t) == 0x5D)
    }

    private func isPeriod(_ t: Token, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        t.kind == .punct && t.end - t.start == 1 && byte(buf, t) == 0x2E
    }

    /// `.`, `!`, `?` or `…` at token `i`, and not the period of an abbreviation or initial.
    private func isTerminator(_ tokens: UnsafeMutableBufferPointer<Token>, _ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ lists: Lists) -> Bool {
        let t = tokens[i]
        guard t.kind == .punct else { return false }
        let b = byte(buf, t)
        if b == 0x21 || b == 0x3F { return true }
        if t.end - t.start == 3 { return b == 0xE2 } // …
        guard b == 0x2E else { return false }
        guard i > 0, !t.flags.contains(.spaceBefore) else { return true }
        let prev = tokens[i - 1]
        guard prev.kind == .word else { return true }
        let next: Token? = i + 1 < tokens.count ? tokens[i + 1] : nil
        if let next, next.flags.contains(.paragraphStart) { return true }
        let nextIsOpener = next.map { $0.kind == .word && lists.openers.contains($0.hash) } ?? true
        // Dotted abbreviations: U.S. / U.N. / a.m. / Ph.D. — the tokenizer gives "U" "." "S" ".".
        var first = i - 1
        while first >= 2, isPeriod(tokens[first - 1], buf), !tokens[first - 1].flags.contains(.spaceBefore),
              !tokens[first].flags.contains(.spaceBefore), tokens[first - 2].kind == .word, tokens[first - 2].end - tokens[first - 2].start <= 2 {
            first -= 2
        }
        if first < i - 1 {
            let h = Normalizer.hash(buf, Int(tokens[first].start)..<Int(prev.end))
            if lists.abbreviations.contains(h) || (prev.end - prev.start == 1) { return nextIsOpener }
            return true
        }
        if lists.titles.contains(prev.hash) { return false }
        if lists.numbers.contains(prev.hash) {
            return !(next.map { $0.kind == .number } ?? false)
        }
        if lists.abbreviations.contains(prev.hash) { return nextIsOpener }
        // A single capital letter is an initial ("John F. Kennedy").
        if prev.end - prev.start == 1 && prev.flags.contains(.capitalized) { return false }
        return true
    }

    /// Whether a sentence may start at token `i`: a capital, digit, quote, or bracket after a space.
    private func startsSentence(_ tokens: UnsafeMutableBufferPointer<Token>, _ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.flags.contains(.spaceBefore) else { return false }
        if t.flags.contains(.newlineBefore) { return true }
        switch t.kind {
        case .word: return t.flags.contains(.capitalized)
        case .number, .ordinal, .quote, .dash: return true
        case .punct: return byte(buf, t) == 0x28 || byte(buf, t) == 0x5B
        case .symbol: return true
        }
    }

    /// A single line break ends a sentence unless the text is hard-wrapped prose: the next line starts in
    /// lower case, the line ends in a comma, or a long line ends in a lower-case word before a capital
    /// ("... met on Tuesday with⏎Tomas Reyno ..."), or in a word that ends nothing (`continuing`) before a
    /// number or a symbol ("... and more than⏎200 were injured": split there, the number would lose its
    /// qualifier).
    /// A short line without terminal punctuation is a heading, caption or list item and stands alone.
    ///
    /// A capitalized word alone cannot tell wrapped prose from a headline, caption, byline, list or
    /// table row that ends in a name or a title, so a long line of prose ending in one goes on only
    /// where the title lexicons read on (`lineWraps`): inside a title phrase ("said Prime⏎Minister Ana
    /// Lind"), or from a modifier into a whole title ("to Deputy⏎Prime Minister Oskar Falk") when the
    /// line itself continues a sentence from the line before it (a headline ending in "County", "Party"
    /// or "Police" is followed by a line that opens with a title as often as not). A title's last word
    /// before a name ("Regional Governor⏎Petra Lindqvist") does not go on: after a headline, list or
    /// table line the name is as often someone else's, and a wrong title is worse than none.
    private func lineBreakEndsSentence(_ tokens: UnsafeMutableBufferPointer<Token>, _ buf: UnsafeBufferPointer<UInt8>,
                                       before i: Int, sentenceStart: Int) -> Bool {
        let next = tokens[i]
        if next.kind == .word && !next.flags.contains(.capitalized) { return false }
        let prev = tokens[i - 1]
        if prev.kind == .punct && byte(buf, prev) == 0x2C { return false }
        // "... said Dr.⏎Lindqvist": an honorific's stop ends no sentence (nor the line its name).
        if next.kind == .word, prev.kind == .punct, byte(buf, prev) == 0x2E, i >= 2, !prev.flags.contains(.spaceBefore),
           honorificBeforeName(tokens, at: i - 2) {
            return false
        }
        guard prev.kind == .word else { return true }
        let nextWord = next.kind == .word
        guard nextWord || ((next.kind == .number || next.kind == .ordinal || next.kind == .symbol) && Segmenter.continuing.contains(prev.hash)) else {
            return true
        }
        // "In her closing remarks Ms⏎Lindqvist told ...": an honorific ends no line, short or long; its
        // name follows. Not a title-case headline's ("Town Hero Gets a Thank You, Sir"): a vocative there,
        // and the next line opens the story with a name of its own.
        if nextWord, honorificBeforeName(tokens, at: i - 1),
           i >= 2 && lineWraps.endsTitle(tokens[i - 2].hash) || !Self.isTitleCase(tokens, endingAt: i - 1) { return false }
        // Length of the line holding `prev`.
        var s = Int(prev.start)
        let limit = max(0, s - 200)
        while s > limit && buf[s - 1] != 0x0A { s -= 1 }
        guard Int(prev.end) - s >= 50 else { return true }
        if !prev.flags.contains(.capitalized) { return false }
        // "..., not for long," Harbour⏎Board chair Ana Lind said': capitalized words right after a
        // quotation that ends in a comma open its attribution, which the sentence goes on to.
        if nextWord, opensAttribution(tokens, buf, last: i - 1) { return false }
        // A capitalized word before a number or symbol ends a headline, caption or table row as often as
        // it wraps (the title lexicons below read on into words only).
        if !nextWord || lineWraps.isEmpty { return true }
        let line = Self.line(tokens, endingAt: i - 1)
        guard line.prose else { return true }
        if lineWraps.spans(tokens, last: i - 1, end: tokens.count) { return false }
        guard lineWraps.isModifier(prev.hash), lineWraps.startsTitle(tokens, at: i, end: tokens.count) else { return true }
        // The line continues a sentence from the line before it: the break before its first token went on.
        let first = line.first
        let continues = first > 0 && tokens[first].flags.contains(.newlineBefore) && first != sentenceStart
            && !tokens[first].flags.contains(.sentenceStart) && !tokens[first].flags.contains(.paragraphStart)
        return !continues
    }

    /// Whether token `k` is a capitalized honorific that follows no capitalized word but a title's last
    /// one: "Elm Dr.", "Ash Dr" end a street's name ("Drive"), not a line before a doctor's name, while
    /// "Prime Minister Sir⏎Keir Starmer" and "Health Secretary Dr⏎Ana Lind" give a title holder's.
    private func honorificBeforeName(_ tokens: UnsafeMutableBufferPointer<Token>, at k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, t.flags.contains(.capitalized), lineWraps.isHonorific(t.hash) else { return false }
        guard k > 0, tokens[k - 1].kind == .word, tokens[k - 1].flags.contains(.capitalized) else { return true }
        return lineWraps.endsTitle(tokens[k - 1].hash)
    }

    /// The lower-case words a title-case headline keeps ("Hero Gets a Thank You", "Fire at the Mill").
    private static let headlineFunctionWords = HashSet64([
        "a", "an", "the", "of", "and", "or", "nor", "but", "to", "in", "on", "at", "for", "by", "as", "with", "from", "vs",
    ].map { Token.hash(literal: $0) })

    /// Whether the line whose last token is `last` is in title case: three capitalized words or more and
    /// no lower-case word but a headline's function words ("Town Hero Gets a Thank You, Sir"), on a line
    /// that opens the text or a paragraph, as a headline does. A line of prose has lower-case words of
    /// its own ("In her closing remarks Ms", "Ana Lind met Sir"); a hard-wrapped paragraph's later line may
    /// have none ("Crown Court. At the Crown Court in Harwick on Monday, Ms") and is no headline.
    private static func isTitleCase(_ tokens: UnsafeMutableBufferPointer<Token>, endingAt last: Int) -> Bool {
        var capitalized = 0
        var k = last
        let lowest = max(0, last - 63)
        while true {
            let t = tokens[k]
            if t.kind == .word {
                if t.flags.contains(.capitalized) {
                    capitalized += 1
                } else if !headlineFunctionWords.contains(t.hash) {
                    return false
                }
            }
            if k == lowest || t.flags.contains(.newlineBefore) || t.flags.contains(.paragraphStart) { break }
            k -= 1
        }
        return capitalized >= 3 && (k == 0 || tokens[k].flags.contains(.paragraphStart))
    }

    /// Whether the token `last` ends a run of at most three capitalized words right after a quotation
    /// mark that follows a comma (`,"` or `,”`), on a line that reads as prose: a title-case headline
    /// ("“We Will Not Go Back,” Union Chief Says") ends there, and joining it to the body made "Says
    /// Dock" an official.
    private func opensAttribution(_ tokens: UnsafeMutableBufferPointer<Token>, _ buf: UnsafeBufferPointer<UInt8>, last: Int) -> Bool {
        guard Self.line(tokens, endingAt: last).prose else { return false }
        var k = last
        while k > last - 3, k > 1, tokens[k].kind == .word, tokens[k].flags.contains(.capitalized) {
            let q = tokens[k - 1]
            if q.kind == .quote {
                let c = tokens[k - 2]
                return c.kind == .punct && byte(buf, c) == 0x2C
            }
            k -= 1
        }
        return false
    }

    /// The line whose last token is `last`: its first token (read back at most 64 tokens; the lowest
    /// read when the line is longer), and whether it reads as prose: at least as many lower-case words
    /// as capitalized ones ("The ferry sank near the pier late on Sunday night, said Prime"), not a
    /// title-case headline ("Leaders Meet in Velm for First Summit in a Decade as Talks Resume").
    private static func line(_ tokens: UnsafeMutableBufferPointer<Token>, endingAt last: Int) -> (first: Int, prose: Bool) {
        var lower = 0, capitalized = 0
        var k = last
        let lowest = max(0, last - 63)
        while true {
            let t = tokens[k]
            if t.kind == .word {
                if t.flags.contains(.capitalized) { capitalized += 1 } else { lower += 1 }
            }
            if k == lowest || t.flags.contains(.newlineBefore) || t.flags.contains(.paragraphStart) { break }
            k -= 1
        }
        return (k, lower >= capitalized)
    }
}
