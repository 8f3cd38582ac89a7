/// Decides whether a date expression points to the future from the sentence around it, as HeidelTime
/// does for news: a future auxiliary or intention before the expression ("will meet on Friday",
/// "is due to arrive next...", "its next meeting is on ...") makes it future; anything else reads as
/// past or present. Reported intention ("said talks would open on Tuesday") looks from the time of
/// saying, which lies before publication but seldom far: after a "would" in the date's own clause a
/// weekday is the next one unless it was at most two days before publication, and a month (or a month
/// and day) is the occurrence nearest publication.
enum Tense {
    /// Which way a date without a year (or a weekday) lies from publication.
    enum Reading: Sendable {
        case past, future, nearest
    }

    static let future: HashSet64 = Lit.set([
        "will", "shall", "i'll", "we'll", "he'll", "she'll", "they'll", "you'll", "it'll", "'ll", "won't", "gonna",
        "plans", "planned", "plan", "scheduled", "due", "expected", "upcoming", "intends", "aims", "going",
    ])

    /// "next" looks ahead too ("its next meeting is on December 16"), but not before a span of time,
    /// where it counts on from a past event ("the next day, on June 3, police arrested him").
    static let next = Lit.h("next")
    static let spans: HashSet64 = Lit.set(["day", "days", "morning", "afternoon", "evening", "night", "week", "month", "year"])

    static let would = Lit.h("would")
    static let have = Lit.h("have")

    /// The words that end a clause, walking back from a date: a "would" before one of them belongs to
    /// another verb ("Smith, who would later become mayor, resigned on Thursday"; "an official, who
    /// would not be named, said the ferry sank on Thursday").
    static let clauseBreaks: HashSet64 = Lit.set([
        "who", "which", "and", "but", "while", "when", "after", "before", "because", "said", "says", "told",
    ])

    /// The reading the nearest marker among the 12 words before token `i` in its sentence gives: a
    /// future word or "next" (`.future`); "would" in the date's own clause (`.nearest`), but not
    /// "would-be" or "would have" (a past that did not happen); else `.past`.
    static func reading(_ t: SegmentedText, before i: Int) -> Reading {
        let s = t.sentenceStartIndex(i)
        var j = i - 1
        var ownClause = true
        // (The word sets and hashes read once per call, not per word: each read of a `static let` is a
        // call that checks it is initialized.)
        let future = Self.future, next = Self.next, spans = Self.spans, would = Self.would, have = Self.have
        let clauseBreaks = Self.clauseBreaks
        while j >= s && j >= i - 12 {
            let h = t.h(j)
            if future.contains(h) || (h == next && !spans.contains(t.h(j + 1))) { return .future }
            if h == would, ownClause, !t.isDash(j + 1), !t.isWord(j + 1, have) { return .nearest }
            if clauseBreaks.contains(h) || t.isByte(j, 0x2C) || t.isByte(j, 0x3B) { ownClause = false }
            j -= 1
        }
        return .past
    }
}
