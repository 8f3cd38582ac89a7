import Foundation
import Testing
@testable import CrossCheckKit

/// The matcher never backtracks: pathological patterns finish. (That matching stays linear is measured,
/// not timed here: the benchmark prints the time of 8 MB against 1 MB.)
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

    @Test func aLexiconStepPrefersItsLongestEntry() throws {
        // One step, two entries ending the match at the same token ("police" then a gap word "officers",
        // or "police officers" with no gap word): the longest entry wins, as a recognizer's longest
        // recognition does.
        let lex = "force: [ 'police officers', 'officers', 'police' ]"
        let rules = try S.ruleSet(S.singleRule("xa (?<noun> <force>) <word>? xb", extra: "value: \"$noun\",", lexicons: lex))
        #expect(S.claims(rules, "xa police officers xb").map(\.value.display) == ["police officers"])
    }
}
