import Testing
@testable import CrossCheckKit

/// The per-rule start tables give the live starts that walking the start lists gives, for any rules enabled.
@Suite struct VMTablesLiveStartsTests {
    @Test func perRuleStartsMatchTheStartLists() throws {
        let program = Extractor(rules: try RuleSet.builtin()).program
        let tables = program.vmTables, starts = program.starts
        #expect(!tables.listMasks.isEmpty && tables.ruleStartBits.count == program.runsInVM.count)
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let mask: UInt128 = round == 0 ? tables.vmRuleMask : UInt128(UInt64.random(in: 0...UInt64.max, using: &generator)) & tables.vmRuleMask
            func enabled(_ r: Int32) -> Bool { mask & (1 &<< UInt128(r)) != 0 }
            func live(_ k: Int32) -> Bool {
                starts.rules[Int(starts.listStart[Int(k)])..<Int(starts.listStart[Int(k) + 1])].contains(where: enabled)
            }
            var recognizers: UInt64 = 0
            for c in starts.recognizers.indices where live(starts.recognizerLists[c]) {
                recognizers |= RecognitionTable.bit(Int(starts.recognizers[c]))
            }
            let fromRules = (0..<program.runsInVM.count).filter { mask & (1 &<< UInt128($0)) != 0 }.reduce(UInt64(0)) { $0 | tables.ruleStartBits[$1] }
            #expect(fromRules == recognizers)
            #expect((mask & tables.hashStartRules != 0) == starts.hashRules.contains(where: enabled))
            #expect((mask & tables.classStartRules != 0) == starts.classLists.contains(where: live))
        }
    }
}
