import Testing
@testable import CrossCheckKit

/// The VM's leaves carry their state's token test, word and needs, in `VMCode.leaves`'s order.
@Suite struct VMLeafTests {
    typealias S = RuleTestSupport

    @Test func leavesCarryTheirTestWordAndNeeds() throws {
        let rules = try S.ruleSet(S.singleRule("x (<number> | <cap>) y"))
        let p = Program(rules: rules.rules, recognizerNames: ["number", "person"], lexicons: rules.lexicons)
        let code = p.code
        let leaves = VMLeaf.leaves(code, p.needs)
        #expect(leaves.count == code.leaves.count)
        for (j, leaf) in leaves.enumerated() {
            #expect(leaf.pc == code.leaves[j].pc && leaf.saves == code.leaves[j].saves)
            let step = code.steps[Int(leaf.pc)]
            switch step.op {
            case VMCode.literal:
                #expect(leaf.test == .literal && leaf.word == step.hash)
            case VMCode.recognizer:
                #expect(leaf.test == .recognizer && leaf.word == RecognitionTable.bit(Int(step.arg)))
            case VMCode.match:
                #expect(leaf.test == .match && leaf.word == UInt64(step.arg) && leaf.need == -1)
            default:
                #expect(leaf.test == .any)
            }
            if leaf.test != .match { #expect(leaf.need == p.needs.needs[Int(leaf.pc)]) }
        }
        #expect(Set(leaves.map(\.test)) == [.literal, .recognizer, .any, .match])
        // The VM finds the same matches through them.
        #expect(try S.matches("x (<number> | <cap>) y", "a x 12 y and x Big y but x y") == ["x 12 y", "x Big y"])
    }
}
