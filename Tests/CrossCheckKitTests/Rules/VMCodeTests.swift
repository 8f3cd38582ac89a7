import Testing
@testable import CrossCheckKit

/// The precomputed ε-closures list the states the VM's depth-first walk reaches, in its order, with
/// the capture slots saved on the way, and split anchored entries by where the position is.
@Suite struct VMCodeTests {
    typealias S = RuleTestSupport

    private func program(_ pattern: String) throws -> Program {
        let rules = try S.ruleSet(S.singleRule(pattern))
        return Program(rules: rules.rules, recognizerNames: ["number", "person"], lexicons: rules.lexicons)
    }

    /// (instruction, saved slots) of closure `k`.
    private func leaves(_ code: VMCode, _ k: Int) -> [(pc: Int, saves: [Int32])] {
        (Int(code.closureStart[k])..<Int(code.closureStart[k + 1])).map { j in
            let s = Int(code.leaves[j].saves)
            return (Int(code.leaves[j].pc), Array(code.saveSlots[Int(code.saveStart[s])..<Int(code.saveStart[s + 1])]))
        }
    }

    private func literalPc(_ p: Program, _ word: String) -> Int {
        p.instructions.firstIndex(of: .literal(Token.hash(literal: word)))!
    }

    @Test func closureListsLeavesInWalkOrderWithTheirSaves() throws {
        let p = try program("(?<a> x)? (y | z w)")
        let code = p.code
        let entry = p.ruleStart[0]
        #expect(!code.steps[entry].anchored)
        let got = leaves(code, Int(code.steps[entry].entry))
        // The optional's first branch (enter the capture) comes first; skipping it saves nothing.
        #expect(got.map(\.pc) == [literalPc(p, "x"), literalPc(p, "y"), literalPc(p, "z")])
        #expect(got.map(\.saves) == [[0], [], []])
        // After x: the capture closes (slot 1) before y or z.
        let afterX = leaves(code, Int(code.steps[literalPc(p, "x") + 1].entry))
        #expect(afterX.map(\.pc) == [literalPc(p, "y"), literalPc(p, "z")])
        #expect(afterX.map(\.saves) == [[1], [1]])
        // After y: the rule's match.
        let afterY = leaves(code, Int(code.steps[literalPc(p, "y") + 1].entry))
        #expect(afterY.count == 1 && code.steps[afterY[0].pc].op == VMCode.match)
    }

    @Test func alternationsOfSingleTokensAreOneTokenSet() throws {
        let p = try program("(y | z | <cap> | y) (w | v u)")
        #expect(p.tokenSets == [TokenSet(hashes: [Token.hash(literal: "y"), Token.hash(literal: "z")], classes: [.cap])])
        #expect(p.instructions.first == .tokenSet(0))
        // The second alternation has a two-token branch: split as before.
        #expect(p.instructions.contains { if case .split = $0 { return true } else { return false } })
        let entry = leaves(p.code, Int(p.code.steps[p.ruleStart[0]].entry))
        #expect(entry.map(\.pc) == [p.ruleStart[0]] && p.code.steps[p.ruleStart[0]].op == VMCode.tokenSet)
        // The set's words and class start the rule.
        let starts = try S.matches("(y | z | <cap> | y) (w | v u)", "a y w then Big v u and z v")
        #expect(starts == ["y w", "Big v u"])
        #expect(try S.matches("(<cap> | -){0,3} end", "Big - Red end here") == ["Big - Red end"])
    }

    @Test func anchoredEntriesHaveOneClosurePerPlace() throws {
        let p = try program("(^ x | y) $")
        let code = p.code
        let entry = p.ruleStart[0]
        #expect(code.steps[entry].anchored)
        let k = Int(code.steps[entry].entry)
        let inside = leaves(code, k + Int(VMCode.variant(atStart: false, atEnd: false)))
        let atStart = leaves(code, k + Int(VMCode.variant(atStart: true, atEnd: false)))
        #expect(inside.map(\.pc) == [literalPc(p, "y")])
        #expect(atStart.map(\.pc) == [literalPc(p, "x"), literalPc(p, "y")])
        // After y only the end anchor stands before the match.
        let afterY = Int(code.steps[literalPc(p, "y") + 1].entry)
        #expect(code.steps[literalPc(p, "y") + 1].anchored)
        #expect(leaves(code, afterY + Int(VMCode.variant(atStart: false, atEnd: false))).isEmpty)
        #expect(leaves(code, afterY + Int(VMCode.variant(atStart: false, atEnd: true))).count == 1)
    }

    /// Nested optional repeats would make the closures quadratic in the states (millions of entries,
    /// hundreds of megabytes per rule): such a rule is refused with a message, not compiled.
    @Test func quadraticClosuresAreRefusedAndShippedRulesAreFarBelow() throws {
        func parse(_ p: String) -> Result<PatternNode, PatternParser.PatternErrors> { PatternParser.parse(p, recognizers: [], lexicons: []) }
        guard case .failure(let errors) = parse("((<word>?){0,50}){0,50} xyz") else { Issue.record("accepted"); return }
        #expect(errors.failures.contains { $0.message.hasPrefix("pattern too complex") })
        guard case .success(let single) = parse("(<word>?){0,50} xyz") else { Issue.record("refused"); return }
        #expect(VMCode.leafCount(of: single) != nil)
        for rule in try RuleSet.builtin().rules {
            let n = try #require(VMCode.leafCount(of: rule.node), "\(rule.id)")
            #expect(n * 10 < VMCode.maxLeavesPerRule, "\(rule.id): \(n) closure entries")
        }
    }

    /// The compiler records, per recognizer or lexicon element, the named captures it lies inside: the
    /// only captures whose recognition or entry it can be (`ClaimPlan.Reference`).
    @Test func eachElementListsTheCapturesAroundIt() throws {
        let p = try program("<person> said (?<n> about (?<m> <number>)) <number>")
        let slots = p.namedSlots[0], occurrences = p.occurrences[0]
        let n = try #require(slots["n"]), m = try #require(slots["m"])
        #expect(occurrences.map(\.className) == ["person", "number", "number"])
        #expect(occurrences.map(\.captures) == [[], [n, m], []])
    }
}
