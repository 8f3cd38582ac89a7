import Testing
@testable import CrossCheckKit

/// A closure's token groups pass exactly the leaves that pass their token test one by one, in bits by
/// the leaves' order.
@Suite struct ClosureDispatchTests {
    typealias S = RuleTestSupport

    @Test func groupsPassTheLeavesTheirTestsPass() throws {
        let pattern = "(a | b | <number> x | <number> y | <cap> z | a c | <number>? d)"
        let rules = try S.ruleSet(S.singleRule(pattern))
        let p = Program(rules: rules.rules, recognizerNames: ["number", "person"], lexicons: rules.lexicons)
        let code = p.code
        let leaves = VMLeaf.leaves(code, p.needs)
        let dispatch = ClosureDispatch(closureStart: code.closureStart, leaves: leaves)
        #expect(dispatch.heads.count == code.closureStart.count - 1)
        let words = p.vmTables.pointers.lexiconWords
        let hashes = Set(leaves.filter { $0.test == .literal }.map(\.word)) + [12345]
        let masks: [UInt64] = [0, RecognitionTable.bit(0), RecognitionTable.bit(1), ~0]
        var sawSeveral = false
        dispatch.pairs.withUnsafeBufferPointer { pairs in
            for (k, head) in dispatch.heads.enumerated() {
                let from = Int(code.closureStart[k]), to = Int(code.closureStart[k + 1])
                #expect(head.usable == (to - from <= 64))
                for hash in hashes {
                    for mask in masks {
                        var expected: UInt64 = 0
                        for j in from..<to {
                            let leaf = leaves[j]
                            let pass: Bool
                            switch leaf.test {
                            case .literal: pass = hash == leaf.word
                            case .recognizer: pass = mask & leaf.word != 0
                            case .lexicon: pass = HashFilter64.mayContain(hash, UnsafeBufferPointer(start: words + 64 * Int(leaf.word), count: 64))
                            case .any, .match: pass = true
                            }
                            if pass { expected |= 1 << UInt64(j - from) }
                        }
                        if expected.nonzeroBitCount > 1 { sawSeveral = true }
                        #expect(ClosureDispatch.passing(head, hash: hash, startMask: mask, pairs.baseAddress!, words) == expected)
                    }
                }
            }
        }
        // The entry closure's `<number>` branches share one group: several leaves pass at once.
        #expect(sawSeveral)
        // The VM finds the same matches through them.
        #expect(try S.matches(pattern, "a c then 12 y and 7 d and d") == ["a c", "12 y", "7 d", "d"])
    }
}
