/// What one pass over a source finds about people: person mentions (resolved within the source),
/// title phrases, organisation-like capitalized sequences and headline sentences. The person,
/// official and quote recognizers all start from it.
struct PeopleScan: Sendable {
    var mentions: [PersonMention]
    /// For each token: the end (exclusive) of the title phrase starting there, or -1.
    var titleEnd: [Int]
    /// The title phrase starting at a token, for tokens with `titleEnd >= 0`.
    var titles: [Int: PeopleVocabulary.Title]
    /// Capitalized sequences that name organisations or things ("Korean Central News Agency").
    var organisations: [Range<Int>]
    /// For each sentence: title-case or all-caps (a headline).
    var headline: [Bool]
    /// Mention index by first name token.
    var mentionAt: [Int: Int]
}
