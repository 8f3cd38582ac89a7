/// What one pass over a source finds about people: person mentions (resolved within the source),
/// title phrases and organisation-like capitalized sequences. The person,
/// official and quote recognizers all start from it.
struct PeopleScan: Sendable {
    let mentions: [PersonMention]
    /// For each token: the index in `titles` of the title phrase starting there, or -1; empty when
    /// there are no title phrases.
    var titleIndex: [Int32]
    /// The title phrases found, in text order.
    var titles: [PeopleVocabulary.Title]
    /// Capitalized sequences that name organisations or things ("Korean Central News Agency").
    var organisations: [Range<Int>]
    /// For each mention: its form, the index of its (person, spelling, resolved) among the distinct
    /// ones of the source (`0..<formCount`, numbered in the order of their first mentions). Mentions of
    /// one form have equal `key`, `surface`, `resolved`.
    /// (Set once with `mentions`, which it stays parallel to.)
    let forms: [Int32]
    let formCount: Int

    /// The end (exclusive) of the title phrase starting at token `k`, or -1 (from the phrase's length:
    /// no array per source).
    @inline(__always)
    func titleEnd(_ k: Int) -> Int {
        if titleIndex.isEmpty { return -1 }
        let i = titleIndex[k]
        return i >= 0 ? k + titles[Int(i)].length : -1
    }

    /// The mention whose name starts at token `t`, if any (mentions come in text order, each starting
    /// after the one before: a binary search finds it, no index is built per source).
    func mention(at t: Int) -> PersonMention? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let start = mentions[mid].tokens.lowerBound
            if start == t { return mentions[mid] }
            if start < t { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }
}
