/// Decides whether a date expression points to the future from the sentence around it, as HeidelTime
/// does for news: a future auxiliary or intention before the expression ("will meet on Friday",
/// "is due to arrive next...", "its next meeting is on ...") makes it future; anything else reads as
/// past or present.
enum Tense {
    static let future: HashSet64 = Lit.set([
        "will", "shall", "i'll", "we'll", "he'll", "she'll", "they'll", "you'll", "it'll", "'ll", "won't", "gonna",
        "plans", "planned", "plan", "scheduled", "due", "expected", "upcoming", "intends", "aims", "going",
    ])

    /// "next" looks ahead too ("its next meeting is on December 16"), but not before a span of time,
    /// where it counts on from a past event ("the next day, on June 3, police arrested him").
    static let next = Lit.h("next")
    static let spans: HashSet64 = Lit.set(["day", "days", "morning", "afternoon", "evening", "night", "week", "month", "year"])

    static func isFuture(_ t: SegmentedText, before i: Int) -> Bool {
        let s = t.sentenceStartIndex(i)
        var j = i - 1
        while j >= s && j >= i - 12 {
            let h = t.h(j)
            if future.contains(h) || (h == next && !spans.contains(t.h(j + 1))) { return true }
            j -= 1
        }
        return false
    }
}
