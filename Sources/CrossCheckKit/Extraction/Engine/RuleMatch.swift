/// One match of one rule: token range `[start, end)` and the capture slots of the thread that matched.
struct RuleMatch: Sendable {
    var rule: Int
    var start: Int
    var end: Int
    var captures: [Int32]
}
