import Testing
@testable import CrossCheckKit

/// The table of rules a sentence's clauses enable (`EnabledRules`) gives what testing every rule's
/// prefilter row gives (`RulePrefilter.satisfies`).
@Suite struct EnabledRulesTests {
    /// The VM rules `present` satisfies, row by row.
    static func byRows(_ program: Program, _ present: RulePrefilter.Present) -> UInt64 {
        var mask: UInt64 = 0
        for r in program.runsInVM.indices where program.runsInVM[r] && program.prefilter.satisfies(r, present) { mask |= 1 << UInt64(r) }
        return mask
    }

    @Test func tableGivesWhatTheRowsGive() throws {
        let program = Extractor(rules: try RuleSet.builtin()).program
        #expect(program.runsInVM.count <= 64)
        let w = program.prefilter.words
        #expect(w > 0)
        // The clauses of real sentences, each with some of its bits dropped, and random clauses.
        var presents: [RulePrefilter.Present] = [(0, 0, 0, 0)]
        for seed in 1...30 {
            let text = Segmenter().segment(Array(RecognizerDemandTests.soup(seed: UInt64(seed), sentences: 12).utf8))
            presents += Extractor(rules: try RuleSet.builtin()).demand.sentences(text, prefilter: program.prefilter).present
        }
        var random = RecognizerRuleTests.Random(state: 7)
        let word = { (random: inout RecognizerRuleTests.Random) -> UInt64 in
            var x: UInt64 = 0
            for _ in 0..<4 { x = x << 16 | UInt64(random.next(1 << 16)) }
            return x
        }
        for p in presents {
            presents.append((p.0 & word(&random), p.1 & word(&random), p.2 & word(&random), p.3 & word(&random)))
        }
        for _ in 0..<500 {
            let a = word(&random), b = word(&random), c = word(&random), d = word(&random)
            presents.append((a | word(&random), w > 1 ? b | word(&random) : 0, w > 2 ? c | word(&random) : 0, w > 3 ? d : 0))
        }
        var enabledSome = 0
        for p in presents {
            let rows = Self.byRows(program, p)
            #expect(program.enabledRules.rules(p) == rows)
            if rows != 0 && rows != program.enabledRules.all { enabledSome += 1 }
        }
        #expect(enabledSome > 100)
        #expect(program.enabledRules.rules((~0, ~0, ~0, ~0)) == program.enabledRules.all)
    }
}
