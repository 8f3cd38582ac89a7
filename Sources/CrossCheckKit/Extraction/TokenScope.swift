/// Where a built-in recognizer looks in one text during extraction, sentence by sentence.
///
/// - It starts matches only in the sentences where some rule can use its recognitions
///   (`RecognizerDemand`; `masks` nil: every sentence).
/// - It keeps every match inside the sentence where it starts: a match that would run past the sentence
///   end (or, looking back, before its start) is not made. No rule could use such a recognition (rules
///   match inside a sentence), and by swallowing the first tokens of the next sentence it used to hide
///   the recognition that starts there ("Posted June⏎2024 summit": the date "June⏎2024" hid "2024
///   summit"). With matches kept inside sentences, what a sentence yields does not depend on the
///   sentences before it, so skipping sentences changes no claim.
///
/// `context.scope` is nil outside extraction (`eval recognizers`, the recognizers' own examples): there
/// the recognizers read the whole text as one.
struct TokenScope: Sendable {
    /// The text's sentences (they tile its tokens) and, per sentence, the recognizers wanted there.
    private let sentences: [Sentence]
    private let masks: [UInt64]?
    /// The recognizer's `RecognitionTable.bit`.
    private let bit: UInt64
    /// The number of tokens of the text.
    private let end: Int

    init(_ text: borrowing SegmentedText, masks: [UInt64]?, bit: UInt64) {
        sentences = text.sentences
        self.masks = masks.flatMap { m in m.contains(where: { $0 & bit == 0 }) ? m : nil }
        self.bit = bit
        end = text.tokens.count
    }

    /// Where to go from token `i`, a candidate start: nil when `i` lies in a wanted sentence (try it;
    /// `cursor` is then that sentence), else the first token of the next wanted sentence (or the end of
    /// the text). `cursor` is a sentence index, starting at 0; candidates must come in ascending order.
    @inline(__always)
    func skip(_ i: Int, run cursor: inout Int) -> Int? {
        var s = cursor
        while s < sentences.count && sentences[s].tokens.upperBound <= i { s += 1 }
        guard s < sentences.count else { cursor = s; return end }
        guard let masks else { cursor = s; return nil }
        if masks[s] & bit != 0 && sentences[s].tokens.lowerBound <= i { cursor = s; return nil }
        if sentences[s].tokens.lowerBound <= i { s += 1 }
        while s < sentences.count && masks[s] & bit == 0 { s += 1 }
        cursor = s
        return s < sentences.count ? max(sentences[s].tokens.lowerBound, i + 1) : end
    }

    /// The tokens of sentence `cursor` (as `skip` left it): a match starting there must stay inside.
    @inline(__always)
    func sentence(_ cursor: Int) -> Range<Int> {
        cursor < sentences.count ? sentences[cursor].tokens : end..<end
    }
}
