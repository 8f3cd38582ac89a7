/// The tokens a recognizer needs to look at in one text: the sentences where some rule can use its
/// recognitions (`RecognizerDemand`). A recognizer that honours it starts no match outside them (a
/// match may still run past a sentence's end, as it may anyway); one that does not simply finds more
/// than any rule uses. `nil` in the context means every token.
struct TokenScope: Sendable {
    /// The text's sentences (they tile its tokens) and, per sentence, the recognizers wanted there.
    private let sentences: [Sentence]
    private let masks: [UInt64]
    /// The recognizer's `RecognitionTable.bit`.
    private let bit: UInt64
    /// The number of tokens of the text.
    private let end: Int

    /// The sentences whose mask has `bit`; nil when that is every sentence.
    init?(_ text: SegmentedText, masks: [UInt64], bit: UInt64) {
        guard masks.contains(where: { $0 & bit == 0 }) else { return nil }
        sentences = text.sentences
        self.masks = masks
        self.bit = bit
        end = text.tokens.count
    }

    /// Where to go from token `i`, a candidate start: nil when `i` lies in a wanted sentence (try it),
    /// else the first token of the next wanted sentence (or the end of the text). `cursor` is a sentence
    /// index, starting at 0; candidates must come in ascending order.
    @inline(__always)
    func skip(_ i: Int, run cursor: inout Int) -> Int? {
        var s = cursor
        while s < sentences.count && sentences[s].tokens.upperBound <= i { s += 1 }
        guard s < sentences.count else { cursor = s; return end }
        if masks[s] & bit != 0 && sentences[s].tokens.lowerBound <= i { cursor = s; return nil }
        if sentences[s].tokens.lowerBound <= i { s += 1 }
        while s < sentences.count && masks[s] & bit == 0 { s += 1 }
        cursor = s
        return s < sentences.count ? max(sentences[s].tokens.lowerBound, i + 1) : end
    }
}
