/// Decides whether a date expression points to the future from the sentence around it, as HeidelTime
/// does for news: a future auxiliary or intention before the expression ("will meet on Friday",
/// "is due to arrive next...", "its next meeting is on ...") makes it future; anything else reads as
/// past or present. Reported intention ("said talks would open on Tuesday") looks from the time of
/// saying, which lies before publication but seldom far: a date after "would" is the occurrence nearest
/// publication, on either side.
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

    /// The reading the nearest marker among the 12 words before token `i` in its sentence gives: a
    /// future word or "next" (`.future`), "would" (`.nearest`), else `.past`.
    static func reading(_ t: SegmentedText, before i: Int) -> Reading {
        let s = t.sentenceStartIndex(i)
        var j = i - 1
        while j >= s && j >= i - 12 {
            let h = t.h(j)
            if future.contains(h) || (h == next && !spans.contains(t.h(j + 1))) { return .future }
            if h == would { return .nearest }
            j -= 1
        }
        return .past
    }
}
