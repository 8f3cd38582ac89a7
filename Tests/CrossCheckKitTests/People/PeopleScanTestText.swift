@testable import CrossCheckKit

/// The mentions the people scan finds in `text` (the shipped lexicons), each with its words as the
/// text writes them, joined by single spaces: what the people scan's tests compare.
func scannedMentions(_ text: String) -> [(words: String, mention: PersonMention)] {
    let segmented = Segmenter().segment(Array(text.utf8))
    let scan = PeopleScanner(vocabulary: PeopleVocabulary(lexicons: PeopleVocabulary.shippedLexicons)).scan(segmented)
    return scan.mentions.map { m in
        (m.tokens.map { segmented.string($0) }.filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: " "), m)
    }
}
