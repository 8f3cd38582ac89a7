import Testing
@testable import CrossCheckKit

/// A quantity rule whose key and `of` are the same one reference ("$noun" for both): the claim's key is
/// the `of` that reference made (the claim builder reads it back instead of making it again), and a
/// reference that took no part leaves the key empty and the recognition's own `of`, as when the two
/// are made one by one.
@Suite struct QuantityKeyTests {
    typealias S = RuleTestSupport

    @Test func keyAndOfFromOneReference() throws {
        let extra = "key: \"$noun\", value: { quantity: \"$n\", of: \"$noun\" },"
        let rules = try S.ruleSet(S.singleRule("(?<n> <number>) (?<noun> troops | Boats)?", extra: extra))
        let claims = S.claims(rules, "Then 40 Boats left, and 12 tents stayed.", recognizers: RecognizerRegistry.builtin())
        let counted: [String?] = claims.map { c in
            if case .quantity(let q) = c.value { return q.of }
            return nil
        }
        #expect(claims.map(\.key) == ["boats", ""])
        #expect(counted == ["boats", "tent"])
    }
}
