import Testing
@testable import CrossCheckKit

/// States whose every path to the rule's match consumes a recognizer or lexicon entry need it ahead,
/// within the most tokens a path takes to reach it; and the VM's matches are the same with the
/// threads that cannot find it dropped.
@Suite struct AheadNeedsTests {
    typealias S = RuleTestSupport

    private func program(_ pattern: String, lexicons: String = "") throws -> Program {
        let rules = try S.ruleSet(S.singleRule(pattern, lexicons: lexicons))
        return Program(rules: rules.rules, recognizerNames: ["number", "person"], lexicons: rules.lexicons)
    }

    /// (atom, distance) of the state at `pc`, the atom as its instruction (recognizer or lexicon).
    private func need(_ p: Program, _ pc: Int) -> (atom: Int32, distance: Int32)? {
        let n = p.needs.needs[pc]
        guard n >= 0 else { return nil }
        return (p.needs.atoms[Int(n & 0xFF)], n >> 8)
    }

    private func pc(_ p: Program, _ word: String) -> Int {
        p.instructions.firstIndex(of: .literal(Token.hash(literal: word)))!
    }

    @Test func gapStatesNeedTheRecognizerWithinTheirReach() throws {
        let p = try program("x (<word> | <cap>){0,3} <number>")
        // From x: x itself, then up to three gap tokens before the number.
        #expect(need(p, pc(p, "x"))?.atom == 0)
        #expect(need(p, pc(p, "x"))?.distance == 4)
        let gaps = p.instructions.indices.filter { if case .tokenSet = p.instructions[$0] { return true } else { return false } }
        #expect(gaps.count == 3)
        #expect(gaps.compactMap { need(p, $0)?.distance } == [3, 2, 1])
        // The number's own step needs nothing more.
        let number = p.instructions.firstIndex { if case .recognizer = $0 { return true } else { return false } }!
        #expect(need(p, number) == nil)
    }

    @Test func optionalLoopedAndMultiTokenPartsBoundOrFreeTheNeed() throws {
        // An optional number is not needed.
        let optional = try program("x <number>? y")
        #expect(need(optional, pc(optional, "x")) == nil)
        // A loop before it: needed anywhere ahead.
        let looped = try program("x <word>* <number>")
        #expect(need(looped, pc(looped, "x"))?.distance == AheadNeeds.unbounded)
        // A person (several tokens) before it: needed anywhere ahead; the person step needs the number.
        let multi = try program("x <person> <number>")
        #expect(need(multi, pc(multi, "x"))?.distance == 1)
        #expect(need(multi, pc(multi, "x"))?.atom == 1)
        let person = multi.instructions.firstIndex { if case .recognizer(1, _) = $0 { return true } else { return false } }!
        #expect(need(multi, person)?.atom == 0)
        #expect(need(multi, person)?.distance == AheadNeeds.unbounded)
        // Either branch: only what both need.
        let branches = try program("x (<number> y | z <number>)")
        #expect(need(branches, pc(branches, "x"))?.distance == 2)
        let lexicon = try program("x <word>? <unit>", lexicons: "unit: [ 'km', 'square km' ]")
        #expect(need(lexicon, pc(lexicon, "x")).map { $0.atom < 0 && $0.distance == 2 } == true)
    }

    @Test func droppingThreadsThatCannotMatchKeepsTheMatches() throws {
        let lex = "unit: [ 'km', 'square km' ]"
        #expect(try S.matches("x (<word> | <cap>){0,3} <number>", "x a b c d 5 then x a 7 and x b c") == ["x a 7"])
        #expect(try S.matches("x (<word> | <cap>){0,3} <number>", "x a b c 5 x 6") == ["x a b c 5", "x 6"])
        #expect(try S.matches("<number> <word>{0,2} <unit>", "5 big square km and 6 a b c km then 7 km", lexicons: lex)
            == ["5 big square km", "7 km"])
        #expect(try S.matches("x <word>* <number>", "x a b 3 c x d") == ["x a b 3"])
    }
}
