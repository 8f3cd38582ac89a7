import Foundation
import Testing
@testable import CrossCheckKit

/// The matcher never backtracks: pathological patterns finish, and matching stays linear.
@Suite struct PikeVMTests {
    typealias S = RuleTestSupport

    @Test func pathologicalPatternsTerminateAndMatchCorrectly() throws {
        // One sentence just under the segmenter's cap (longer runs are cut into several sentences);
        // a backtracking matcher would already take exponential time on it.
        let text = String(repeating: "a ", count: Segmenter.maxSentenceTokens - 2) + "b."
        #expect(try S.matches("((a?)*)* b", text).count == 1)
        #expect(try S.matches("(<word>? <word>*)+ x", text) == [])
        #expect(try S.matches("(a | a a | a a a)+ b", text).count == 1)
        #expect(try S.matches("((a*)* | (a?)+)+ b", "a a a b") == ["a a a b"])
        #expect(try S.matches("(a{0,5}){1,10} b", "a a a b") == ["a a a b"])
    }

    @Test func pathologicalPatternScalesLinearly() throws {
        // Work is bounded by tokens × automaton states; time per token must not grow with the input.
        let rules = try S.ruleSet(S.singleRule("(<word>? <word>*)+ x"))
        func seconds(_ words: Int) -> Double {
            // One huge sentence (cut into pieces of `maxSentenceTokens`), with an "x" in each piece so the
            // per-sentence prefilter keeps the rule: only an "x" at a piece's start, so threads pile up.
            let piece = "x " + String(repeating: "alpha beta gamma delta ", count: (Segmenter.maxSentenceTokens - 1) / 4)
                + String(repeating: "omega ", count: (Segmenter.maxSentenceTokens - 1) % 4)
            let text = String(repeating: piece, count: max(1, words / Segmenter.maxSentenceTokens))
            let start = Date()
            _ = S.claims(rules, text)
            return Date().timeIntervalSince(start)
        }
        _ = seconds(1000)
        let small = seconds(4000)
        let large = seconds(32000)
        // 8× the input: linear time gives ~8×; quadratic would give ~64×. Generous bound for noisy CI.
        #expect(large / max(small, 1e-4) < 24, "4k words: \(small)s, 32k words: \(large)s")
    }

    @Test func multiTokenRecognitionsAndLexiconsLandOnLaterPositions() throws {
        let lex = "unit: [ 'km', 'square km', 'square kilometres' ]"
        // Longest lexicon entry wins where it leads to the longest match.
        #expect(try S.matches("<number> <unit>", "an area of 5 million square kilometres today", lexicons: lex) == ["5 million square kilometres"])
        #expect(try S.matches("<number> <unit> wide", "5 km wide", lexicons: lex) == ["5 km wide"])
        // Per rule, matches do not overlap: "8 x" would start inside "7 million 8".
        #expect(try S.matches("<number> <any>", "7 million 8 x") == ["7 million 8"])
    }
}
