import Testing
@testable import CrossCheckKit

@Suite struct FindingIDTests {
    /// `keys`: the claim key of north's claim and of south's (one key, or two spellings of one).
    func run(prefix: String, reversed: Bool, keys: (String, String) = ("cranes", "cranes")) -> [String] {
        var f = FixtureCluster()
        var texts = [("north", prefix + "The harbour authority in Kestrel Bay said 12 cranes stood on the quay last week."),
                     ("south", "The harbour authority in Kestrel Bay said 14 cranes stood on the quay last week.")]
        if reversed { texts.reverse() }
        for (id, t) in texts {
            let s = f.source(id, t)
            let n: Double = id == "north" ? 12 : 14
            f.claim(s, "\(Int(n)) cranes", kind: "count", key: id == "north" ? keys.0 : keys.1, FixtureCluster.count(n))
        }
        return f.run().result.findings.map { $0.id }
    }

    @Test func idsDoNotDependOnWhichSpellingOfAKeyComesFirst() {
        // "José's cranes" with é precomposed in one source and as e + combining acute in the other: one key
        // for Swift's String equality, so one finding, whose id must not follow the source order.
        let composed = "jos\u{E9}'s cranes", decomposed = "jose\u{301}'s cranes"
        let forward = run(prefix: "", reversed: false, keys: (composed, decomposed))
        #expect(forward.count == 1)
        #expect(run(prefix: "", reversed: true, keys: (composed, decomposed)) == forward)
        #expect(run(prefix: "", reversed: false, keys: (composed, composed)) == forward)
        #expect(FindingID.make(kind: "name", key: composed, label: "conflict", values: ["a"])
            == FindingID.make(kind: "name", key: decomposed, label: "conflict", values: ["a"]))
    }

    @Test func idsDoNotDependOnPositionsOrOrder() {
        let base = run(prefix: "", reversed: false)
        #expect(base.count == 1)
        #expect(base[0].count == 16)
        #expect(run(prefix: "A new first paragraph about the weather.\n\nAnother one.\n\n", reversed: false) == base)
        #expect(run(prefix: "", reversed: true) == base)
    }

    @Test func idsDependOnValues() {
        #expect(FindingID.make(kind: "count", key: "k", label: "conflict", values: ["a", "b"]) == FindingID.make(kind: "count", key: "k", label: "conflict", values: ["b", "a"]))
        #expect(FindingID.make(kind: "count", key: "k", label: "conflict", values: ["a", "b"]) != FindingID.make(kind: "count", key: "k", label: "conflict", values: ["a", "c"]))
        // FNV-1a 64 of the empty string, as a fixed point.
        #expect(StableHash.hex(StableHash.fnv1a("")) == "cbf29ce484222325")
    }

    @Test func twoFindingsOfOneKeyAndOnePairOfValuesGetTwoIds() throws {
        // "length" is compared for the runway and again for the breakwater, the figures crossed: two
        // findings with one kind, key, label and pair of values. Each needs an id of its own (a baseline
        // entry must hide the one reviewed, not both), and the ids must still not depend on positions.
        let a = "The new runway at Port Selby will be 3,000 metres long, the council said.\n\n"
            + "Engineers said the outer breakwater would stretch 3,500 metres into the bay."
        let b = "The new runway at Port Selby will be 3,500 metres long, the council said.\n\n"
            + "Engineers said the outer breakwater would stretch 3,000 metres into the bay."
        let r = try ShippedRuleClusterTests.report(a, b)
        let ids = r.findings.filter { $0.key == "length" }.map(\.id)
        #expect(ids.count == 2)
        #expect(Set(ids).count == 2)
        let moved = try ShippedRuleClusterTests.report("A first paragraph about the weather.\n\n" + a, b)
        #expect(Set(moved.findings.filter { $0.key == "length" }.map(\.id)) == Set(ids))
    }

    @Test func findingsAlikeInEverythingAreNumbered() {
        // The last resort: the same sources gave the same wordings twice. A unique id is never changed.
        let evidence = Evidence(source: "a", file: "a.txt", outlet: nil, published: nil, line: 1, column: 1,
                                text: "12 cranes", value: .text("12"), sentence: "12 cranes.", rule: "r")
        func finding(_ id: String) -> Finding {
            Finding(id: id, kind: "count", severity: .error, rule: "r", key: "k", message: "m", label: "conflict",
                    claims: [evidence], diffs: [])
        }
        var findings = [finding("x"), finding("x"), finding("y")]
        FindingID.disambiguate(&findings)
        #expect(findings[2].id == "y")
        #expect(findings[0].id != "x")
        #expect(findings[1].id == findings[0].id + "-2")
    }
}
