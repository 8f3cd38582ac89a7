import Testing
@testable import CrossCheckKit

@Suite struct FindingIDTests {
    func run(prefix: String, reversed: Bool) -> [String] {
        var f = FixtureCluster()
        var texts = [("north", prefix + "The harbour authority in Kestrel Bay said 12 cranes stood on the quay last week."),
                     ("south", "The harbour authority in Kestrel Bay said 14 cranes stood on the quay last week.")]
        if reversed { texts.reverse() }
        for (id, t) in texts {
            let s = f.source(id, t)
            let n: Double = id == "north" ? 12 : 14
            f.claim(s, "\(Int(n)) cranes", kind: "count", key: "cranes", FixtureCluster.count(n))
        }
        return f.run().result.findings.map { $0.id }
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
