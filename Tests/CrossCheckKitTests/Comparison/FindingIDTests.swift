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
}
