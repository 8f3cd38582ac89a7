/// Paragraphs a source says are about another event than its story: "In a separate case, a builder was
/// jailed ...", "In 2019, an unrelated outbreak sickened 130 people ...", "A similar derailment at Fernley
/// in 2011 injured nine people." Their figures are not the story's: compared, they would stand against
/// the story's own ("130 people" sickened then against "47" now, a false conflict), and listed, they
/// would be cited as the story's single-source facts. The paragraph is excluded, and listed as such.
///
/// Only the writer's own words decide, at the opening of the paragraph's first line, so the story's own
/// paragraphs are never taken: "in" + a/an + separate/unrelated/similar + an event noun ("In a separate
/// case", "In an unrelated incident"), "in another" + an event noun (or one of those words and one),
/// "an unrelated" with an event noun after it among the first words ("In 2019, an unrelated salmonella
/// outbreak ..."), or an opening "A similar ..." whose first line names a year before the source's (any
/// year when it has no date): a similar event the story recalls. Not taken: "In a separate statement,
/// the company said ..." and "In a similar vein" (the story's own news), "Separately, police said ...",
/// "A separate report found ...", "A similar warning was issued on Monday" (no earlier year), "On an
/// unrelated note", and background with no such words ("the largest since the 2019 fire, which burned
/// 40,000 acres"), which no rule of words can tell from the story.
struct OtherEventDetector: Sendable {
    /// How far into the first line "an unrelated" may stand (words).
    var unrelatedWithin = 8

    static let examples: [(text: String, excluded: Bool)] = [
        ("In a separate case at the same court, a roofer was jailed for two years over a £90,000 tax fraud.", true),
        ("In an unrelated incident, two hikers were rescued from the ridge on Sunday.", true),
        ("In another case, the court fined a trader £4,000.", true),
        ("In a separate statement, the company said it would appeal.", false),
        ("In a similar vein, the minister said the rules would change.", false),
        ("On an unrelated note, the council approved its budget.", false),
        ("In 2018, an unrelated listeria outbreak linked to melons sickened 60 people in nine states.", true),
        ("A similar collapse at Harwick in 2009 killed three workers.", true),
        ("Separately, police said two men had been arrested.", false),
        ("A separate report by the ministry said 40 people were hurt.", false),
        ("A similar warning was issued on Monday.", false),
        ("Officials said the outbreak was unrelated to last year's.", false),
        ("The fire is the largest since the 2019 Amber Ridge fire, which burned 40,000 acres.", false),
    ]

    private static let adjectives: Set<String> = ["separate", "unrelated", "similar"]
    /// Nouns of an event that a story may recall beside its own.
    private static let eventNouns: Set<String> = [
        "case", "incident", "attack", "accident", "crash", "collision", "derailment", "fire", "blaze", "explosion",
        "outbreak", "shooting", "stabbing", "robbery", "raid", "murder", "killing", "fraud", "scandal", "trial",
        "prosecution", "storm", "flood", "earthquake", "strike", "recall", "breach", "spill", "leak", "collapse",
        "transfer", "deal", "sale", "election", "disaster", "tragedy", "fatality", "death", "deaths",
    ]

    /// The excluded segments of `text` (one per paragraph: a line after a blank line and the lines that
    /// follow it up to the next blank line); `year`: the source's publication year, when known.
    func detect(_ text: [UInt8], lines: [TextLine], year: Int?) -> [ExcludedSegment] {
        var out: [ExcludedSegment] = []
        var k = 0
        while k < lines.count {
            var end = k + 1
            while end < lines.count && !lines[end].afterBlank { end += 1 }
            if lines[k].afterBlank, Self.mayOpen(text, lines[k]), let why = marker(lines[k].normalized, year: year) {
                out.append(ExcludedSegment(span: TextSpan(start: lines[k].start, end: lines[end - 1].end), reason: .otherEvent,
                                           detail: "about another event (\(why))"))
            }
            k = end
        }
        return out
    }

    /// Why a paragraph whose first line is `line` (normalized: lower-cased, quotes straight) is about
    /// another event, or nil.
    func marker(_ line: String, year: Int?) -> String? {
        let words = Self.firstWords(line, 24)
        guard words.count >= 3 else { return nil }
        /// Whether an event noun stands at `i` or within two words after it.
        func eventNoun(from i: Int) -> String? {
            words[min(i, words.count)..<min(i + 3, words.count)].first { Self.eventNouns.contains($0) }
        }
        if words[0] == "in" {
            let article = words[1] == "a" || words[1] == "an"
            if article, Self.adjectives.contains(words[2]), let noun = eventNoun(from: 3), words[3] == noun || words[2] != "similar" {
                return "opens \"in \(words[1]) \(words[2]) ... \(noun)\""
            }
            if words[1] == "another", let noun = eventNoun(from: 2), words[2] == noun || Self.adjectives.contains(words[2]) {
                return "opens \"in another ... \(noun)\""
            }
        }
        for i in 0..<min(unrelatedWithin, words.count - 2) where words[i] == "an" && words[i + 1] == "unrelated" && words.first != "on" {
            if let noun = eventNoun(from: i + 2) { return "\"an unrelated ... \(noun)\"" }
        }
        // "A similar ..." (after an opening "In 2011," too), with a year before the source's.
        let first = words[0] == "in" && Self.year(words[1]) != nil ? 2 : 0
        if first + 2 < words.count, words[first] == "a", words[first + 1] == "similar",
           let earlier = words.compactMap(Self.year).first(where: { year == nil || $0 < year! }) {
            return "\"a similar \(words[first + 2])\" in \(earlier)"
        }
        return nil
    }

    /// The first `count` words of `line` (split at spaces, on bytes: a line may be a whole paragraph),
    /// without the punctuation around them.
    private static func firstWords(_ line: String, _ count: Int) -> [String] {
        var words: [String] = []
        var bytes = line.utf8[...]
        func isPunctuation(_ b: UInt8) -> Bool { b == 0x2C || b == 0x3B || b == 0x3A || b == 0x2E || b == 0x22 || b == 0x27 || b == 0x28 || b == 0x29 }
        while words.count < count, !bytes.isEmpty {
            let end = bytes.firstIndex(of: 0x20) ?? bytes.endIndex
            var word = bytes[..<end]
            while let f = word.first, isPunctuation(f) { word = word.dropFirst() }
            while let l = word.last, isPunctuation(l) { word = word.dropLast() }
            if end > bytes.startIndex { words.append(String(decoding: word, as: UTF8.self)) }
            bytes = end == bytes.endIndex ? bytes[end...] : bytes[bytes.index(after: end)...]
        }
        return words
    }

    /// Whether `line` may open with a marker, from its first bytes: "in a separate", "in another", or
    /// "unrelated" among its first eight words or "similar" among its first four. Most paragraphs are
    /// passed here, before any word is cut (the cleaner runs over every paragraph of every source).
    static func mayOpen(_ text: [UInt8], _ line: TextLine) -> Bool {
        text.withUnsafeBufferPointer { buf in
            let (s, e) = (line.start, line.end)
            func matches(_ word: StaticString, at i: Int) -> Bool {
                guard i + word.utf8CodeUnitCount <= e else { return false }
                for k in 0..<word.utf8CodeUnitCount where buf[i + k] | 0x20 != word.utf8Start[k] { return false }
                return true
            }
            guard e - s >= 8 else { return false }
            if matches("in a separate ", at: s) || matches("in another ", at: s) || matches("a similar ", at: s) { return true }
            var (i, spaces) = (s, 0)
            while i + 1 < e && spaces < 8 {
                if buf[i] == 0x20 {
                    spaces += 1
                    let c = buf[i + 1] | 0x20
                    if c == 0x75 && matches("unrelated ", at: i + 1) { return true }
                    if c == 0x73 && spaces <= 3 && matches("similar ", at: i + 1) { return true }
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
