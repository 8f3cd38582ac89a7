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

    /// A thread's captures are the chain of its writes, shared with the threads it split from: a
    /// capture written again (in a repeat) reads its latest value, an occurrence's slots too, and
    /// threads that split keep apart what each writes after the split.
    @Test func aCaptureWrittenAgainReadsItsLatestValue() throws {
        func value(_ pattern: String, _ text: String, lexicons: String = "") throws -> [String] {
            let rules = try S.ruleSet(S.singleRule(pattern, extra: "key: \"k\", value: \"$w\",", lexicons: lexicons))
            return S.claims(rules, text).map { $0.value.display }
        }
        #expect(try value("xa ((?<w> <word>) ,)+ xb", "xa red , green , blue , xb.") == ["blue"])
        #expect(try value("xa ((?<w> <word>) ,){1,2} <word> xb", "xa red , green , blue xb.") == ["green"])
        let lex = "force: [ 'police', 'officers' ]"
        #expect(try value("xa ((?<w> <force>) ,)+ xb", "xa police , officers , xb.", lexicons: lex) == ["officers"])
        #expect(try value("xa (?<w> <word>) <word> xb | xa <word> (?<w> <word>) xc", "xa red green xc.") == ["green"])
        #expect(try value("xa (?<w> <word>) <word> xb | xa <word> (?<w> <word>) xc", "xa red green xb.") == ["red"])
    }

    /// One VM serves sentence after sentence (its thread lists moved out of it for each run and back, its
    /// tables the program's, shared by all its VMs): each run finds what a new VM of the program finds.
    @Test func aReusedVMFindsWhatANewOneFinds() throws {
        let extractor = Extractor(rules: try RuleSet.builtin())
        let program = extractor.program
        let text = "Officials said 42 people were injured on Monday. \u{201C}We will rebuild,\u{201D} Mayor Anna Berglund said. "
            + "About 300 homes lost power for three hours, and 12 schools closed on 3 March 2024."
        let seg = Segmenter().segment(Source(id: "s", file: "s.txt", text: text))
        let table = RecognitionTable(program: program, recognizers: extractor.recognizers, text: seg,
                                     context: RecognizerContext(lexicons: extractor.rules.lexicons))
        func found(_ vm: inout PikeVM, _ sentence: Range<Int>) -> [[Int]] {
            vm.run(sentence, text: seg, recognitions: table).map { [$0.rule, $0.start, $0.end] + $0.captures.map { Int($0) } }
                .sorted { $0.lexicographicallyPrecedes($1) }
        }
        var reused = PikeVM(program: program)
        var total = 0
        for round in 0..<2 {
            for sentence in seg.sentences where !sentence.tokens.isEmpty {
                var fresh = PikeVM(program: program)
                let mine = found(&reused, sentence.tokens)
                #expect(mine == found(&fresh, sentence.tokens), "round \(round), sentence \(sentence.tokens)")
                total += mine.count
            }
        }
        #expect(total > 0)
    }
}
