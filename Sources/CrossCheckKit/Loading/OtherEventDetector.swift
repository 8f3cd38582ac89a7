/// Paragraphs a source says are about another event than its story: "In a separate case, a builder was
/// jailed ...", "In 2019, an unrelated outbreak sickened 130 people ...", "A similar derailment at Fernley
/// in 2011 injured nine people." Their figures are not the story's: compared, they would stand against
/// the story's own ("130 people" sickened then against "47" now, a false conflict), and listed, they
/// would be cited as the story's single-source facts. The paragraph is excluded, and listed as such.
///
/// Only the writer's own words decide, at the very opening of a paragraph, so the story's own paragraphs
/// are never taken: "in" + a/an + separate/unrelated/similar right before an event noun ("In a separate
/// case", "In an unrelated incident"), "in another" + an event noun ("In another case"), "An unrelated"
/// (after an opening "In 2019," or "Last year," too) with an event noun within two words ("In 2019, an
/// unrelated salmonella outbreak ..."), or an opening "A similar ..." with a year before the source's (any
/// year when it has no date) among its first eight words and before any comma: a similar event the story
/// recalls. Not taken: "In a separate statement, fire officials said ..." and "In a similar vein" (the
/// story's own news), "Separately, police said ...", "A separate report found ...", "A similar warning
/// was issued on Monday" (no earlier year), "A similar order, first drafted in 2019, was issued", "...
/// ruled out an unrelated gas leak ...", and background with no such words ("the largest since the 2019
/// fire, which burned 40,000 acres"), which no rule of words can tell from the story.
///
/// What is excluded: the opening line and the lines after it up to the first that ends a sentence, never
/// past the next paragraph (a line after a blank line, or after a line that ends a sentence: sources
/// without blank lines put one paragraph on each line). More of the other event's paragraph may stay; none
/// of the story's is taken.
struct OtherEventDetector: Sendable {
    static let examples: [(text: String, excluded: Bool)] = [
        ("In a separate case at the same court, a roofer was jailed for two years over a £90,000 tax fraud.", true),
        ("In an unrelated incident, two hikers were rescued from the ridge on Sunday.", true),
        ("In another case, the court fined a trader £4,000.", true),
        ("In 2018, an unrelated listeria outbreak linked to melons sickened 60 people in nine states.", true),
        ("Last year an unrelated fire at the depot destroyed 12 buses.", true),
        ("A similar collapse at Harwick in 2009 killed three workers.", true),
        ("In 2011, a similar derailment near Ostley injured nine people.", true),
        ("In a separate statement, the company said it would appeal.", false),
        ("In a separate statement, fire officials said 60 firefighters were at the scene.", false),
        ("In a separate interview, fire chief Dan Cole said 300 firefighters had been called.", false),
        ("In another development, strike leaders said 140 workers had walked out.", false),
        ("In a similar vein, the minister said the rules would change.", false),
        ("On an unrelated note, the council approved its budget.", false),
        ("Investigators ruled out an unrelated gas leak as the cause of the blast.", false),
        ("Separately, police said two men had been arrested.", false),
        ("A separate report by the ministry said 40 people were hurt.", false),
        ("A similar warning was issued on Monday.", false),
        ("A similar evacuation order, first drafted in 2019, was issued for 3,500 residents on Wednesday.", false),
        ("Officials said the outbreak was unrelated to last year's.", false),
        ("The fire is the largest since the 2019 Amber Ridge fire, which burned 40,000 acres.", false),
    ]

    private static let adjectives: Set<String> = ["separate", "unrelated", "similar"]
    /// Nouns of an event that a story may recall beside its own (not "deal", "sale", "election", "strike"
    /// and the like: a roundup's "in another election upset" may be the story's own news).
    private static let eventNouns: Set<String> = [
        "case", "incident", "attack", "accident", "crash", "collision", "derailment", "fire", "blaze", "explosion",
        "outbreak", "shooting", "stabbing", "robbery", "raid", "murder", "killing", "fraud", "scandal", "trial",
        "prosecution", "storm", "flood", "earthquake", "breach", "spill", "leak", "collapse", "disaster", "tragedy",
    ]

    /// The excluded segments of `text`; `year`: the source's publication year, when known.
    func detect(_ text: [UInt8], lines: [TextLine], year: Int?) -> [ExcludedSegment] {
        var out: [ExcludedSegment] = []
        var k = 0
        while k < lines.count {
            let opens = k == 0 || lines[k].afterBlank || lines[k - 1].endsWithTerminal(text)
            if opens, Self.mayOpen(text, lines[k]), let why = marker(lines[k].normalized, year: year) {
                var end = k
                while !lines[end].endsWithTerminal(text) && end + 1 < lines.count && !lines[end + 1].afterBlank { end += 1 }
                out.append(ExcludedSegment(span: TextSpan(start: lines[k].start, end: lines[end].end), reason: .otherEvent,
                                           detail: "about another event (\(why))"))
                k = end + 1
            } else {
                k += 1
            }
        }
        return out
    }

    /// Why a paragraph whose opening line is `line` (normalized: lower-cased, quotes straight) is about
    /// another event, or nil.
    func marker(_ line: String, year: Int?) -> String? {
        let (words, commaAfter) = Self.firstWords(line, 12)
        guard words.count >= 3 else { return nil }
        if words[0] == "in", words.count >= 4, words[1] == "a" || words[1] == "an",
           Self.adjectives.contains(words[2]), Self.eventNouns.contains(words[3]) {
            return "opens \"in \(words[1]) \(words[2]) \(words[3])\""
        }
        if words[0] == "in", words[1] == "another", Self.eventNouns.contains(words[2]) {
            return "opens \"in another \(words[2])\""
        }
        // "An unrelated ...", also after an opening "In 2019," or "Last year,".
        let opening = words[0] == "in" && Self.year(words[1]) != nil || words[0] == "last" && words[1] == "year" ? 2 : 0
        if opening + 2 < words.count, words[opening] == "an", words[opening + 1] == "unrelated",
           let noun = words[(opening + 2)..<min(opening + 5, words.count)].first(where: { Self.eventNouns.contains($0) }) {
            return "\"an unrelated ... \(noun)\""
        }
        // "A similar ..." (after an opening "In 2011," too), with a year before the source's in its opening phrase.
        if opening + 2 < words.count, words[opening] == "a", words[opening + 1] == "similar" {
            var candidates = opening == 2 ? [words[1]] : []
            for i in (opening + 2)..<min(opening + 8, words.count) {
                candidates.append(words[i])
                if commaAfter[i] { break }
            }
            if let earlier = candidates.compactMap(Self.year).first(where: { year == nil || $0 < year! }) {
                return "\"a similar \(words[opening + 2])\" in \(earlier)"
            }
        }
        return nil
    }

    /// The first `count` words of `line` (split at spaces, on bytes: a line may be a whole paragraph),
    /// without the punctuation around them, and whether each ended in a comma.
    private static func firstWords(_ line: String, _ count: Int) -> (words: [String], commaAfter: [Bool]) {
        var words: [String] = []
        var commaAfter: [Bool] = []
        var bytes = line.utf8[...]
        func isPunctuation(_ b: UInt8) -> Bool { b == 0x2C || b == 0x3B || b == 0x3A || b == 0x2E || b == 0x22 || b == 0x27 || b == 0x28 || b == 0x29 }
        while words.count < count, !bytes.isEmpty {
            let end = bytes.firstIndex(of: 0x20) ?? bytes.endIndex
            var word = bytes[..<end]
            let comma = word.last == 0x2C
            while let f = word.first, isPunctuation(f) { word = word.dropFirst() }
            while let l = word.last, isPunctuation(l) { word = word.dropLast() }
            if end > bytes.startIndex {
                words.append(String(decoding: word, as: UTF8.self))
                commaAfter.append(comma)
            }
            bytes = end == bytes.endIndex ? bytes[end...] : bytes[bytes.index(after: end)...]
        }
        return (words, commaAfter)
    }

    /// Whether `line` may open with a marker, from its first bytes: "in a ", "in an ", "in another ",
    /// "a similar ", "an unrelated ", or "unrelated" or "similar" as the third or fourth word ("In 2019, an
    /// unrelated", "Last year a similar"). Most paragraphs are passed here, before any word is cut (the
    /// cleaner runs over every paragraph of every source).
    static func mayOpen(_ text: [UInt8], _ line: TextLine) -> Bool {
        text.withUnsafeBufferPointer { buf in
            let (s, e) = (line.start, line.end)
            func matches(_ word: StaticString, at i: Int) -> Bool {
                guard i + word.utf8CodeUnitCount <= e else { return false }
                for k in 0..<word.utf8CodeUnitCount where buf[i + k] | 0x20 != word.utf8Start[k] { return false }
                return true
            }
            guard e - s >= 8 else { return false }
            if matches("in a", at: s) || matches("a similar ", at: s) || matches("an unrelated ", at: s) { return true }
            var (i, spaces) = (s, 0)
            while i + 1 < e && spaces < 4 {
                if buf[i] == 0x20 {
                    spaces += 1
                    let c = buf[i + 1] | 0x20
                    if spaces >= 2 && (c == 0x75 && matches("unrelated ", at: i + 1) || c == 0x73 && matches("similar ", at: i + 1)) { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// `word` as a year (1800-2099), or nil.
    private static func year(_ word: String) -> Int? {
        guard word.utf8.count == 4, let n = Int(word), (1800...2099).contains(n) else { return nil }
        return n
    }
}
