/// The people vocabulary and the people scan of one segmented text, computed once and shared by the
/// person, official and quote recognizers (the Extractor computes it per source and passes it in the
/// `RecognizerContext`; a recognizer called directly computes its own).
///
/// Both live behind one reference: the context and each recognizer hold the analysis for one retain,
/// instead of a copy retaining the two dozen tables of the vocabulary and the scan. The storage is
/// changed only by `refill`, and only while this analysis holds the only reference to it (no copy, and
/// so no other thread, can see it change: that is why it is `@unchecked Sendable`).
struct PeopleAnalysis: Sendable {
    private final class Storage: @unchecked Sendable {
        var vocabulary: PeopleVocabulary
        var scan: PeopleScan
        var tokenCount: Int
        var quoteWords: [Int32] = []
        var quoteWordCount = 0

        init(vocabulary: PeopleVocabulary, scan: PeopleScan, tokenCount: Int) {
            self.vocabulary = vocabulary
            self.scan = scan
            self.tokenCount = tokenCount
        }
    }

    private var storage: Storage

    var vocabulary: PeopleVocabulary { storage.vocabulary }
    var scan: PeopleScan { storage.scan }
    /// Token count of the text scanned (a guard against a context reused for another text).
    var tokenCount: Int { storage.tokenCount }
    /// The words of the text the quote recognizer's word filter (`PeopleVocabulary.quoteWordFilter`) lets
    /// through, in text order: the first `quoteWordCount` (the array may be longer). The scan's first
    /// pass tests every word against the title filter, whose bits this one's are indexed alike: the
    /// quote recognizer takes its candidate words from here instead of testing every word again.
    var quoteWords: [Int32] { storage.quoteWords }
    var quoteWordCount: Int { storage.quoteWordCount }

    init(vocabulary: PeopleVocabulary, text: SegmentedText) {
        self.init(vocabulary: vocabulary, text: text, scratch: PeopleScanner.Scratch())
    }

    /// The analysis of `text`, the scan working in `scratch`'s room (kept from source to source).
    init(vocabulary: PeopleVocabulary, text: SegmentedText, scratch: PeopleScanner.Scratch) {
        storage = Storage(vocabulary: vocabulary, scan: PeopleScanner(vocabulary: vocabulary).scan(text, scratch: scratch),
                          tokenCount: text.tokens.count)
        storage.quoteWordCount = scratch.exchangeQuoteWords(&storage.quoteWords)
    }

    /// Makes this the analysis of `text` (as `init(vocabulary:text:scratch:)`), in the same storage when
    /// no copy shares it: the extractor keeps one analysis per room of its scratch, not one allocated
    /// and freed per source.
    mutating func refill(vocabulary: PeopleVocabulary, text: SegmentedText, scratch: PeopleScanner.Scratch) {
        guard isKnownUniquelyReferenced(&storage) else {
            self = PeopleAnalysis(vocabulary: vocabulary, text: text, scratch: scratch)
            return
        }
        // The last scan let go of first: it shares its lists with `scratch`, which the scan then
        // refills in place (with a second reference, they would be copied).
        storage.scan = PeopleScan(mentions: [], titleIndex: [], titles: [], organisations: [], forms: [], formCount: 0)
        storage.scan = PeopleScanner(vocabulary: vocabulary).scan(text, scratch: scratch)
        // (The scan's quote words taken, this analysis's last ones given back as the room of the next.)
        storage.quoteWordCount = scratch.exchangeQuoteWords(&storage.quoteWords)
        storage.vocabulary = vocabulary
        storage.tokenCount = text.tokens.count
    }

    /// The analysis the context carries for `text`, or a new one from the context's lexicons.
    static func of(_ text: SegmentedText, _ context: RecognizerContext) -> PeopleAnalysis {
        if let p = context.people, p.tokenCount == text.tokens.count { return p }
        return PeopleAnalysis(vocabulary: PeopleVocabulary.from(context), text: text)
    }
}
