/// Splits a source's analysis text into tokens, sentences and paragraphs.
///
/// Sentences end at `.`, `!`, `?` (and a closing quote or bracket after them) unless the period
/// belongs to an abbreviation ("Mr.", "U.S.", "Jan. 27", "No. 2") or an initial ("John F. Kennedy");
/// a paragraph (blank line, or a line break after a line that ends a sentence or stands alone as a
/// heading) always ends a sentence.
public struct Segmenter: Sendable {
    public var tokenizer = Tokenizer()
    public var abbreviations: Set<String>

    public static let defaultAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep",
        "st", "jr", "sr", "rev", "hon", "pres", "amb", "maj", "cpl", "pvt", "supt", "insp", "det",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vol", "vs", "v", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig",
        "e.g", "i.e", "a.m", "p.m", "u.s", "u.n", "u.k", "e.u", "d.c", "u.s.a",
    ]

    public init(abbreviations: Set<String> = Segmenter.defaultAbbreviations) {
        self.abbreviations = abbreviations
    }

    public func segment(_ source: Source) -> SegmentedText {
        segment(source.text, excluding: source.excluded.map(\.span))
    }

    public func segment(_ text: [UInt8], excluding excluded: [TextSpan] = []) -> SegmentedText {
        var tokens = tokenizer.tokenize(text, excluding: excluded)
        var sentences: [Sentence] = []
        var paragraphs: [Range<Int>] = []
        var sentenceStart = 0
        var paragraphFirstSentence = 0

        func closeSentence(at end: Int) {
            guard end > sentenceStart else { return }
            let span = TextSpan(start: Int(tokens[sentenceStart].start), end: Int(tokens[end - 1].end))
            tokens[sentenceStart].flags.insert(.sentenceStart)
            sentences.append(Sentence(tokens: sentenceStart..<end, span: span, paragraph: paragraphs.count))
            sentenceStart = end
        }
        func closeParagraph() {
            if sentences.count > paragraphFirstSentence {
                paragraphs.append(paragraphFirstSentence..<sentences.count)
            }
            paragraphFirstSentence = sentences.count
        }

        var i = 0
        while i < tokens.count {
            let tok = tokens[i]
            if i > sentenceStart && tok.flags.contains(.paragraphStart) {
                closeSentence(at: i)
                closeParagraph()
                tokens[i].flags.insert(.paragraphStart)
            } else if i > sentenceStart && tok.flags.contains(.newlineBefore) && lineBreakEndsSentence(tokens, text, before: i) {
                closeSentence(at: i)
                closeParagraph()
                tokens[i].flags.insert(.paragraphStart)
            }
            if isTerminator(tokens, text, i) {
                // Take closing quotes and brackets that follow the terminator.
                var end = i + 1
                while end < tokens.count, !tokens[end].flags.contains(.spaceBefore),
                      tokens[end].kind == .quote || isClosingBracket(tokens[end], text) {
                    end += 1
                }
                if end >= tokens.count || startsSentence(tokens, text, end) {
                    closeSentence(at: end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        closeSentence(at: tokens.count)
        closeParagraph()
        if let first = tokens.indices.first { tokens[first].flags.insert(.paragraphStart) }
        return SegmentedText(text: text, tokens: tokens, sentences: sentences, paragraphs: paragraphs)
    }

    private func byte(_ text: [UInt8], _ t: Token) -> UInt8 { text[Int(t.start)] }

    private func isClosingBracket(_ t: Token, _ text: [UInt8]) -> Bool {
        t.kind == .punct && (byte(text, t) == 0x29 || byte(text, t) == 0x5D)
    }

    /// `.`, `!`, `?` or `…` at token `i`, and not the period of an abbreviation or initial.
    private func isTerminator(_ tokens: [Token], _ text: [UInt8], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .punct else { return false }
        let b = byte(text, t)
        if b == 0x21 || b == 0x3F { return true }
        if t.end - t.start == 3 { return true } // …
        guard b == 0x2E else { return false }
        guard i > 0, !t.flags.contains(.spaceBefore) else { return true }
        let prev = tokens[i - 1]
        if prev.kind == .word {
            let word = String(decoding: Normalizer.normalize(bytes: Array(text[Int(prev.start)..<Int(prev.end)])), as: UTF8.self)
            // Dotted abbreviations: U.S. / U.N. / a.m. — the tokenizer gives "U" "." "S" ".".
            var dotted = word
            var j = i - 2
            while j >= 1, tokens[j].kind == .punct, byte(text, tokens[j]) == 0x2E, !tokens[j].flags.contains(.spaceBefore),
                  tokens[j - 1].kind == .word, tokens[j - 1].end - tokens[j - 1].start == 1, !tokens[j + 1].flags.contains(.spaceBefore) {
                dotted = String(decoding: Normalizer.normalize(bytes: Array(text[Int(tokens[j - 1].start)..<Int(tokens[j - 1].end)])), as: UTF8.self) + "." + dotted
                j -= 2
            }
            if dotted != word {
                // "U.S." at a sentence end followed by a capital is ambiguous; treat dotted forms as abbreviations
                // unless the next token starts a paragraph.
                return i + 1 < tokens.count && tokens[i + 1].flags.contains(.newlineBefore)
            }
            if abbreviations.contains(word) { return false }
            // A single capital letter is an initial ("John F. Kennedy"), unless a paragraph follows.
            if prev.end - prev.start == 1 && prev.flags.contains(.capitalized) {
                return i + 1 < tokens.count && tokens[i + 1].flags.contains(.newlineBefore)
            }
        }
        return true
    }

    /// Whether a sentence may start at token `i`: a capital, digit, quote, or bracket.
    private func startsSentence(_ tokens: [Token], _ text: [UInt8], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.flags.contains(.spaceBefore) else { return false }
        if t.flags.contains(.newlineBefore) { return true }
        switch t.kind {
        case .word: return t.flags.contains(.capitalized)
        case .number, .ordinal, .quote, .dash: return true
        case .punct: return byte(text, t) == 0x28 || byte(text, t) == 0x5B
        case .symbol: return true
        }
    }

    /// A single line break ends a sentence when the line before ends in terminal punctuation, a closing
    /// quote, or has no terminal punctuation at all but the next line starts with a capital (a heading,
    /// a caption, a list item). Hard-wrapped prose (next line starts lower case) continues the sentence.
    private func lineBreakEndsSentence(_ tokens: [Token], _ text: [UInt8], before i: Int) -> Bool {
        let next = tokens[i]
        if next.kind == .word && !next.flags.contains(.capitalized) { return false }
        let prev = tokens[i - 1]
        if prev.kind == .punct && byte(text, prev) == 0x2C { return false }
        return true
    }
}
