import Testing
@testable import CrossCheckKit

/// The VM spawns a start list's enabled rules from a mask, in ascending rule order: that is the list's
/// own order only because every list files its rules in rule order.
@Suite struct StartIndexTests {
    @Test func everyListHoldsItsRulesInRuleOrder() throws {
        let program = Extractor(rules: try RuleSet.builtin()).program
        let starts = program.starts
        #expect(starts.listStart.count > 10)
        for k in 0..<(starts.listStart.count - 1) {
            let rules = starts.rules[Int(starts.listStart[k])..<Int(starts.listStart[k + 1])]
            #expect(zip(rules, rules.dropFirst()).allSatisfy { $0 <= $1 }, "list \(k): \(Array(rules))")
        }
    }
}
