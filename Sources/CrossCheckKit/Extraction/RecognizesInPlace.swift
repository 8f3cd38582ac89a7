/// A built-in recognizer that appends its recognitions to a list it is lent: the extractor's
/// `RecognitionTable` lends each the list it had from the last text, emptied with its room kept, so no
/// list is allocated, grown and freed per source and recognizer.
protocol RecognizesInPlace: Recognizer {
    /// The recognitions `recognize(_:context:)` returns, appended to `out` (empty when lent).
    func recognize(_ text: SegmentedText, context: RecognizerContext, into out: inout [Recognition])
}

extension RecognizesInPlace {
    /// `recognize(_:context:into:)` into a new list: what `recognize(_:context:)` returns.
    func recognizedList(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        var out: [Recognition] = []
        recognize(text, context: context, into: &out)
        return out
    }
}
