/// One token out of several: the alternation of single tokens a pattern spells `(<word> | <cap> | - | 's)`
/// or `(to | at)`, compiled as one consuming instruction instead of a split per branch. A thread then
/// takes one step where it took one per branch (all of them landing on the same next state, where the
/// VM kept only the first anyway), so matches and captures are the same and the VM does a quarter of
/// the work in the gaps rules leave between their parts.
struct TokenSet: Sendable, Hashable {
    /// Literal tokens, by normalized hash.
    var hashes: [UInt64] = []
    /// Token classes.
    var classes: [TokenClass] = []

    init(hashes: [UInt64], classes: [TokenClass]) {
        self.hashes = hashes
        self.classes = classes
    }

    /// The set an alternation stands for, when every branch is one literal token or one token class.
    init?(_ branches: [PatternNode]) {
        guard branches.count > 1 else { return nil }
        for b in branches {
            switch b {
            case .literal(let h, _) where h.count == 1:
                if !hashes.contains(h[0]) { hashes.append(h[0]) }
            case .tokenClass(let c):
                if !classes.contains(c) { classes.append(c) }
            default:
                return nil
            }
        }
    }
}
