/// The people vocabulary and the people scan of one segmented text, computed once and shared by the
/// person, official and quote recognizers (the Extractor computes it per source and passes it in the
/// `RecognizerContext`; a recognizer called directly computes its own).
struct PeopleAnalysis: Sendable {
    var vocabulary: PeopleVocabulary
    var scan: PeopleScan
    /// Token count of the text scanned (a guard against a context reused for another text).
    var tokenCount: Int

    init(vocabulary: PeopleVocabulary, text: SegmentedText) {
        self.vocabulary = vocabulary
        self.scan = PeopleScanner(vocabulary: vocabulary).scan(text)
        self.tokenCount = text.tokens.count
    }

    /// The analysis the context carries for `text`, or a new one from the context's lexicons.
    static func of(_ text: SegmentedText, _ context: RecognizerContext) -> PeopleAnalysis {
        if let p = context.people, p.tokenCount == text.tokens.count { return p }
        return PeopleAnalysis(vocabulary: PeopleVocabulary.from(context), text: text)
    }
}
