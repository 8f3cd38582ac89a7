/// One match of one rule: token range `[start, end)` and the capture slots of the thread that matched.
///
/// A recognizer rule's match (`RecognizerRule`) has no slots of its own: it holds the rule's pattern,
/// one array shared by all its matches, whose codes (`startCode`, `endCode`, `recognitionCode`) stand
/// for the match's start, end and recognition index, so a match costs no allocation. The VM's
/// matches of one sentence share one array too, each its own `size` slots from `offset`.
struct RuleMatch: Sendable {
    /// The rule (stored in 32 bits, beside `size`: the match stays five words).
    var rule: Int {
        get { Int(ruleIndex) }
        set { ruleIndex = Int32(newValue) }
    }
    private var ruleIndex: Int32
    /// How many capture slots the match has.
    private var size: Int32
    var start: Int
    var end: Int
    /// Slot values (from `offset`), or (in a pattern) codes below -1.
    private var slots: [Int32]
    /// The recognition index the pattern's `recognitionCode` stands for.
    private var recognition: Int32
    /// Where the match's slots start in `slots`.
    private var offset: Int32 = 0

    static let startCode: Int32 = -2, endCode: Int32 = -3, recognitionCode: Int32 = -4

    /// A match whose capture slots are `slots[offset..<offset + size]` (an array the VM shares among
    /// a sentence's matches).
    init(rule: Int, start: Int, end: Int, slots: [Int32], offset: Int, size: Int) {
        ruleIndex = Int32(rule)
        self.start = start
        self.end = end
        self.slots = slots
        recognition = -1
        self.offset = Int32(offset)
        self.size = Int32(size)
    }

    /// A match whose slots are `pattern` with its codes read as `start`, `end` and `recognition`.
    init(rule: Int, start: Int, end: Int, pattern: [Int32], recognition: Int32) {
        ruleIndex = Int32(rule)
        self.start = start
        self.end = end
        slots = pattern
        self.recognition = recognition
        size = Int32(pattern.count)
    }

    /// The value of capture slot `i`.
    @inline(__always)
    func capture(_ i: Int) -> Int {
        let v = slots[Int(offset) + i]
        if v >= -1 { return Int(v) }
        return v == RuleMatch.startCode ? start : v == RuleMatch.endCode ? end : Int(recognition)
    }

    /// All capture slots.
    var captures: [Int32] { (0..<Int(size)).map { Int32(capture($0)) } }
}
