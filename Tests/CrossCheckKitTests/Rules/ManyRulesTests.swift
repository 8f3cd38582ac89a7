import Testing
@testable import CrossCheckKit

/// Programs of more than 64 rules: the VM's rule filter keeps the enabled rules in a mask of one or two
/// 64-bit words when they fit (up to 128 rules), and takes its general path otherwise. The built-in rules (fewer than 64) never reach that path, so
/// here every built-in rule is repeated under three more ids: each copy must make exactly the claims its
/// original makes, and the originals exactly the claims they make alone.
@Suite struct ManyRulesTests {
    @Test func programsOverSixtyFourRulesMakeTheSameClaimsPerRule() throws {
        let base = try RuleSet.builtin()
        var rules = base.rules
        for copy in 1...3 {
            rules += base.rules.map { var r = $0; r.id = "copy\(copy).\(r.id)"; return r }
        }
        #expect(base.rules.count <= 64 && rules.count > 64)
        let many = RuleSet(rules: rules, lexicons: base.lexicons)
        var compared = 0
        for seed in 1...50 {
            let text = RecognizerDemandTests.soup(seed: UInt64(seed), sentences: 1 + seed % 9)
            let alone = RecognizerDemandTests.claims(text, demand: true, rules: base)
            let all = RecognizerDemandTests.claims(text, demand: true, rules: many)
            let originals = all.filter { !$0.rule.hasPrefix("copy") }
            #expect(originals.map(\.span) == alone.map(\.span) && originals.map(\.rule) == alone.map(\.rule), "seed \(seed)")
            for copy in 1...3 {
                let prefix = "copy\(copy)."
                let copies = all.filter { $0.rule.hasPrefix(prefix) }
                #expect(copies.map(\.span) == alone.map(\.span), "seed \(seed), copy \(copy)")
                #expect(copies.map { String($0.rule.dropFirst(prefix.count)) } == alone.map(\.rule), "seed \(seed), copy \(copy)")
            }
            compared += alone.count
        }
        #expect(compared > 100)
    }

    /// A program of 100 rules (two-word masks) against the general path: the same 100 rules with
    /// copies added past 128 must make, for those 100, exactly the same claims.
    @Test func hundredRulesMakeTheClaimsOfTheGeneralPath() throws {
        let base = try RuleSet.builtin()
        let extra = { (copy: Int) in base.rules.map { var r = $0; r.id = "copy\(copy).\(r.id)"; return r } }
        let hundred = base.rules + extra(1).prefix(100 - base.rules.count)
        let general = hundred + extra(2) + extra(3)
        #expect(hundred.count == 100 && general.count > 128)
        let masked = RuleSet(rules: Array(hundred), lexicons: base.lexicons)
        let unmasked = RuleSet(rules: general, lexicons: base.lexicons)
        let ids = Set(hundred.map(\.id))
        var compared = 0
        for seed in 1...50 {
            let text = RecognizerDemandTests.soup(seed: UInt64(seed), sentences: 1 + seed % 9)
            let fast = RecognizerDemandTests.claims(text, demand: true, rules: masked)
            let slow = RecognizerDemandTests.claims(text, demand: true, rules: unmasked).filter { ids.contains($0.rule) }
            #expect(fast.map(\.span) == slow.map(\.span) && fast.map(\.rule) == slow.map(\.rule), "seed \(seed)")
            compared += fast.count
        }
        #expect(compared > 100)
    }
}
