/// Where a recognizer or lexicon element of a rule records what it consumed: capture slots
/// `base` (start token), `base + 1` (end token), `base + 2` (recognition or entry index).
struct OccurrenceSlot: Sendable, Hashable {
    var className: String
    var base: Int
    var isRecognizer: Bool
    /// Recognizer index (into `Program.recognizerNames`) or lexicon index (into `Program.lexiconNames`).
    var classIndex: Int
    /// The start slots of the named captures the element lies inside, outermost first. Only these
    /// captures can cover exactly what it consumed: a thread consumes each token once, and a capture's
    /// slots span tokens consumed inside the capture's code (see `ClaimPlan.Reference`).
    var captures: [Int] = []
}
