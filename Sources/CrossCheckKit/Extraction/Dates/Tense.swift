/// Decides whether a date expression points to the future from the sentence around it, as HeidelTime
/// does for news: a future auxiliary or intention before the expression ("will meet on Friday",
/// "is due to arrive next...") makes it future; anything else reads as past or present.
enum Tense {
    static let future: HashSet64 = Lit.set([
        "will", "shall", "i'll", "we'll", "he'll", "she'll", "they'll", "you'll", "it'll", "'ll", "won't", "gonna",
        "plans", "planned", "plan", "scheduled", "due", "expected", "upcoming", "intends", "aims", "going",
    ])

    static func isFuture(_ t: SegmentedText, before i: Int) -> Bool {
        let s = t.sentenceStartIndex(i)
        var j = i - 1
        while j >= s && j >= i - 12 {
            if future.contains(t.h(j)) { return true }
            j -= 1
        }
        return false
    }
}
