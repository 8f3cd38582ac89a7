/// The recognizers of an extractor that recognize in place (`RecognizesInPlace`), found once
/// (`RecognitionTable.inPlace`): a cast per text and recognizer would cost more than the list it saves.
struct InPlaceRecognizers: Sendable {
    /// The recognizers that recognize in place.
    let list: [any RecognizesInPlace]
    /// Per recognizer of the extractor's list: its index in `list`, or -1.
    let index: [Int]
}
