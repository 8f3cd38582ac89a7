/// A closure leaf (`VMCode.Leaf`) as `PikeVM` adds it: with what the add reads of its state in the
/// same record, so taking a leaf is one load, not one per table (`VMCode.steps`, `AheadNeeds.needs`),
/// and with a test of the token at the position that a thread in the state must pass to step at all.
///
/// Most leaves a position's ε-closures reach cannot step over its token (an entry closure lists every
/// branch a rule may start with; a gap's closure lists every way out of it), and most of the rest
/// need something the sentence does not hold ahead. The add tests the token first (a compare or a
/// bit test), and gives a thread only to the leaves that pass both tests, where it used to test the
/// needs of every leaf and step the survivors a moment later. A test may pass a leaf whose step then
/// fails (it is a necessary condition: a lexicon's first-word filter has false hits, a class is not
/// tested); it never fails one that would step.
struct VMLeaf: Sendable {
    /// What `word` holds and how the leaf's token is tested (`any`: a token class or token set, not
    /// tested before the step).
    enum Test: UInt8, Sendable {
        case literal, recognizer, lexicon, any, match
    }

    /// A literal's hash; a recognizer's `RecognitionTable.startMask` bit (a recognition of it must start
    /// at the token); a lexicon's index (its first-word filter must hold the token); a match's rule.
    var word: UInt64
    /// The leaf's instruction and its save set (`VMCode.Leaf`).
    var pc: Int32
    var saves: Int32
    /// What the state needs ahead (`AheadNeeds.needs`; -1: nothing, and always for a match).
    var need: Int32
    var test: Test

    /// The VM's leaves of `code`, in `code.leaves`'s order.
    static func leaves(_ code: VMCode, _ needs: AheadNeeds) -> [VMLeaf] {
        code.leaves.map { leaf in
            let pc = Int(leaf.pc)
            let step = code.steps[pc]
            var test = Test.any, word: UInt64 = 0, need = needs.needs[pc]
            switch step.op {
            case VMCode.literal: (test, word) = (Test.literal, step.hash)
            case VMCode.recognizer: (test, word) = (Test.recognizer, RecognitionTable.bit(Int(step.arg)))
            case VMCode.lexicon: (test, word) = (Test.lexicon, UInt64(step.arg))
            case VMCode.match: (test, word, need) = (Test.match, UInt64(step.arg), -1)
            default: break
            }
            return VMLeaf(word: word, pc: leaf.pc, saves: leaf.saves, need: need, test: test)
        }
    }
}
