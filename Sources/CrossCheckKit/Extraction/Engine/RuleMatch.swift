/// One match of one rule: token range `[start, end)` and the capture slots of the thread that matched.
///
/// A recognizer rule's match (`RecognizerRule`) has no slots of its own: it holds the rule's pattern,
/// one array shared by all its matches, whose codes (`startCode`, `endCode`, `recognitionCode`) stand
/// for the match's start, end and recognition index, so a match costs no allocation.
struct RuleMatch: Sendable {
    var rule: Int
    var start: Int
    var end: Int
    /// Slot values, or (in a pattern) codes below -1.
    private var slots: [Int32]
    /// The recognition index the pattern's `recognitionCode` stands for.
    private var recognition: Int32

    static let startCode: Int32 = -2, endCode: Int32 = -3, recognitionCode: Int32 = -4

    /// A match with its own capture slots (each -1 when unset, else a token or index).
    init(rule: Int, start: Int, end: Int, captures: [Int32]) {
        self.rule = rule
        self.start = start
        self.end = end
        slots = captures
        recognition = -1
    }

    /// A match whose slots are `pattern` with its codes read as `start`, `end` and `recognition`.
    init(rule: Int, start: Int, end: Int, pattern: [Int32], recognition: Int32) {
        self.rule = rule
        self.start = start
        self.end = end
        slots = pattern
        self.recognition = recognition
    }

    /// The value of capture slot `i`.
    @inline(__always)
    func capture(_ i: Int) -> Int {
        let v = slots[i]
        if v >= -1 { return Int(v) }
        return v == RuleMatch.startCode ? start : v == RuleMatch.endCode ? end : Int(recognition)
    }

    /// All capture slots.
    var captures: [Int32] { slots.indices.map { Int32(capture($0)) } }
}
