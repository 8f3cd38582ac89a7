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

    @Test func aMultiTokenStepKeepsItsBranchsRankInATie() throws {
        // Two branches match the same tokens: the earlier wins, whether its step over "police officers"
        // is one lexicon entry (two tokens at once) and the later branch's word by word, or the other way.
        let lex = "force: [ { phrase: 'police officers', canonical: 'police officer' }, { phrase: 'officers', canonical: 'officer' } ]"
        let text = "There were 12 police officers there."
        func key(_ pattern: String) throws -> [String] {
            let rules = try S.ruleSet(S.singleRule(pattern, extra: "key: \"$noun\", value: { quantity: \"$n\", of: \"x\" },", lexicons: lex))
            return S.claims(rules, text).map(\.key)
        }
        #expect(try key("(?<n> <number>) (?<noun> <force>) | <number> <word> (?<noun> <force>)") == ["police officer"])
        #expect(try key("(?<n> <number>) <word> (?<noun> <force>) | (?<n> <number>) (?<noun> <force>)") == ["officer"])
        // The branch that wins without the value capture gives no claim, however the other steps.
        #expect(try key("<number> <word> <force> | (?<n> <number>) (?<noun> <force>)") == [])
        #expect(try key("<number> <force> | (?<n> <number>) <word> (?<noun> <force>)") == [])
        // A recognition (the person recognizer's two-token name) against the same tokens read as words.
        let name = "Minister Ann Berg spoke."
        func who(_ pattern: String) throws -> [String] {
            let rules = try S.ruleSet(S.singleRule(pattern, extra: "key: \"k\", value: \"$w\","))
            return S.claims(rules, name).map { $0.value.display }
        }
        #expect(try who("Minister (?<w> <person>) spoke | Minister (?<w> <cap>) <cap> spoke") == ["Ann Berg"])
        #expect(try who("Minister (?<w> <cap>) <cap> spoke | Minister (?<w> <person>) spoke") == ["ann"])
    }
}
