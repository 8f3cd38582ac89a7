import Foundation
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

    /// Dropping a thread that cannot reach its match lets a rule's pending match be emitted as soon as
    /// no thread that can still beat it is left. Here `q <word>* <unit>` starts at "q" but no unit
    /// follows, so "a" is emitted at once and then "c Dan"; the thread that started at the first "Dan"
    /// (inside "c Dan") is then dead and no longer holds the state the thread from the second "Dan"
    /// needs, so "Dan e" is found. That is the leftmost-longest non-overlapping answer: "a" is the
    /// leftmost match, "c Dan" the leftmost one from its end, and "Dan e" the leftmost from there
    /// ("Dan Dan e" overlaps "c Dan"). Before threads were dropped so, the "q" thread held "a" back
    /// until it died, the thread from the first "Dan" took the shared state, and "Dan e" was missed.
    @Test func aThreadThatCannotMatchNoLongerHidesALaterMatch() throws {
        #expect(try S.matches("q <word>* <unit> | a | c dan | dan <cap>* e", "q a c Dan Dan e.", lexicons: "unit: [ 'km' ]")
            == ["a", "c Dan", "Dan e"])
    }

    /// Holds what a thread computed until the semaphore has handed it over.
    private final class Handoff: @unchecked Sendable {
        var needs: [Int32] = []
        var atoms: [Int32] = []
    }

    /// The needs of `pattern`'s program compiled on a thread with a 512 KB stack: the search along
    /// the rule's paths must not recurse as deep as a path is long.
    private func needsOnSmallStack(_ pattern: String) throws -> (needs: [Int32], atoms: [Int32]) {
        let rules = try S.ruleSet(S.singleRule(pattern))
        let handoff = Handoff()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let p = Program(rules: rules.rules, recognizerNames: ["number", "person"], lexicons: rules.lexicons)
            handoff.needs = p.needs.needs
            handoff.atoms = p.needs.atoms
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        return (handoff.needs, handoff.atoms)
    }

    @Test func longRulesCompileOnASmallStackWithTheSameNeeds() throws {
        let long = "(<word>{50}){50} (<word>{50}){50} <number>"
        // As many states as a pattern may have, one after the other: 19,999 words and the number.
        let longest = String(repeating: "w ", count: PatternParser.maxCompiledSize - 1) + "<number>"
        for pattern in [long, longest] {
            let small = try needsOnSmallStack(pattern)
            let p = try program(pattern)
            #expect(small.needs == p.needs.needs)
            #expect(small.atoms == p.needs.atoms)
            // The first word needs the number as many tokens ahead as the words before it.
            let first = p.instructions.firstIndex { if case .tokenClass = $0 { return true }; if case .literal = $0 { return true }; return false }!
            #expect(need(p, first)?.atom == 0)
            #expect(need(p, first)?.distance == Int32(pattern == long ? 5_000 : PatternParser.maxCompiledSize - 1))
        }
    }
}
