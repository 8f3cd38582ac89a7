/// What the first token of a rule's match can be, so the VM only starts a rule where it can match.
struct FirstTokenFilter: Sendable {
    var literals: [UInt64] = []
    var classes: [TokenClass] = []
    var recognizers: [Int] = []
    var lexicons: [Int] = []
}
