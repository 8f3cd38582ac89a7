/// Where a recognizer or lexicon element of a rule records what it consumed: capture slots
/// `base` (start token), `base + 1` (end token), `base + 2` (recognition or entry index).
struct OccurrenceSlot: Sendable, Hashable {
    var className: String
    var base: Int
    var isRecognizer: Bool
    /// Recognizer index (into `Program.recognizerNames`) or lexicon index (into `Program.lexiconNames`).
    var classIndex: Int
}
