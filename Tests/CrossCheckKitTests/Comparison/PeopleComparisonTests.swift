import Testing
@testable import CrossCheckKit

@Suite struct PeopleComparisonTests {
    static let lexicons = Lexicons([Lexicon(name: "title", entries: [
        Lexicon.Entry(tokens: ["adviser"], canonical: "adviser", group: "adviser"),
        Lexicon.Entry(tokens: ["aide"], canonical: "adviser", group: "adviser"),
        Lexicon.Entry(tokens: ["harbour", "master"], canonical: "harbour master", group: "harbour-master"),
        Lexicon.Entry(tokens: ["port", "captain"], canonical: "port captain", group: "harbour-master"),
    ])])

    func officials(_ titles: [String]) -> ComparisonResult {
        var f = FixtureCluster()
        for (i, t) in titles.enumerated() {
            let s = f.source("s\(i)", "Speaking at the pier, \(t) Oskar Vint said the ferries would run.")
            f.claim(s, "\(t) Oskar Vint", kind: "official", key: "oskar vint", .official(name: "oskar vint", title: t))
        }
        return f.run(lexicons: PeopleComparisonTests.lexicons).result
    }

    @Test func titleSynonymsAreCompatible() {
        let r = officials(["harbour master", "port captain"])
        #expect(r.findings.count == 1)
        #expect(r.findings[0].label == "compatible-titles" && r.findings[0].severity == .info)
        #expect(officials(["harbour master", "harbour master"]).findings.isEmpty)
        #expect(officials(["trade policy adviser", "city official"]).findings.first?.severity == .info)
    }

    @Test func incompatibleRolesAndDifferentTitles() {
        let r = officials(["foreign minister", "defense minister"])
        #expect(r.findings.first?.severity == .error)
        #expect(r.findings.first?.label == "incompatible-roles")
        let w = officials(["mayor", "harbour master"])
        #expect(w.findings.first?.severity == .warning)
        #expect(officials(["deputy foreign minister", "foreign minister"]).findings.first?.severity == .error)
    }

    /// With the shipped `title` lexicon.
    static let shipped = TitleComparison(lexicons: PeopleVocabulary.shippedLexicons)

    @Test func exclusivePostsConflict() {
        let t = PeopleComparisonTests.shipped
        // One person is not a company's chief executive and its chief operating or financial officer.
        #expect(t.relation("chief executive", "chief operating officer") == .incompatible)
        #expect(t.relation("CEO", "chief financial officer") == .incompatible)
        #expect(t.relation("chief executive", "ceo") == .same || t.relation("chief executive", "ceo") == .compatible)
        // A managing director is a different post by name, not a conflicting one.
        #expect(t.relation("chief executive", "managing director") == .different)
        // A title ending in a generic word is generic unless the lexicon groups it as a post of its own.
        #expect(t.relation("chief operating officer", "officer") == .compatible)
        #expect(t.relation("chief medical officer", "chief executive") != .compatible)
        #expect(t.relation("police chief", "commissioner") == .compatible)
        #expect(t.relation("city official", "mayor") == .compatible)
        // The shadow minister is not the minister; the opposition's spokesperson may be called either.
        #expect(t.relation("shadow finance minister", "finance minister") == .incompatible)
        #expect(t.relation("shadow finance minister", "finance spokesperson") == .compatible)
        #expect(t.relation("union representative", "union official") == .compatible)
        // "Finance chief" is what news calls a finance minister too: a generic chief, not the CFO.
        #expect(t.relation("finance chief", "finance minister") == .compatible)
        #expect(t.relation("finance chief", "chief financial officer") == .compatible)
    }

    @Test func onePostWordedDifferentlyIsAVariant() {
        var f = FixtureCluster()
        let a = f.source("a", "Harbour Minister Oskar Vint said the ferries would run.")
        let b = f.source("b", "Minister of the Harbour Oskar Vint said the ferries would run.")
        let c = f.source("c", "Norland's harbour minister Oskar Vint said the ferries would run.")
        f.claim(a, "Harbour Minister Oskar Vint", kind: "official", key: "oskar vint", .official(name: "Oskar Vint", title: "harbour minister"))
        f.claim(b, "Minister of the Harbour Oskar Vint", kind: "official", key: "oskar vint", .official(name: "Oskar Vint", title: "harbour minister"))
        f.claim(c, "Norland's harbour minister Oskar Vint", kind: "official", key: "oskar vint", .official(name: "Oskar Vint", title: "harbour minister"))
        let r = f.run().result
        #expect(r.findings.count == 1)
        #expect(r.findings.first?.label == "compatible-titles" && r.findings.first?.severity == .info)
        #expect(r.findings.first?.message == "Sources word the title of Oskar Vint differently: “harbour minister” in a, c; “minister of the harbour” in b.")
        #expect(r.corroborated.count == 1)
    }

    /// Officials whose title the recognizer wrote as `surface` and normalized to `title`.
    func surfaced(_ versions: [(surface: String, title: String)]) -> ComparisonResult {
        var f = FixtureCluster()
        for (i, v) in versions.enumerated() {
            let s = f.source("s\(i)", "On the quay, \(v.surface) Oskar Vint said the ferries would run.")
            f.claim(s, "\(v.surface) Oskar Vint", kind: "official", key: "oskar vint", .official(name: "Oskar Vint", title: v.title),
                    attributes: ["titleSurface": v.surface])
        }
        return f.run(lexicons: PeopleComparisonTests.lexicons).result
    }

    @Test func oneCanonicalTitleWrittenWithOtherWordsIsAVariant() {
        let r = surfaced([("Mayor's adviser", "adviser"), ("Mayor's aide", "adviser"), ("Mayor's adviser", "adviser")])
        #expect(r.findings.count == 1)
        #expect(r.findings.first?.label == "compatible-titles" && r.findings.first?.severity == .info)
        #expect(r.findings.first?.message == "Sources word the title of Oskar Vint differently: “mayor's adviser” in s0, s2; “mayor's aide” in s1.")
        #expect(r.corroborated.count == 1)
    }

    @Test func caseWordOrderAndOfAreOneWording() {
        let r = surfaced([("Transport Minister", "transport minister"), ("Minister of Transport", "minister of transport"), ("transport minister", "transport minister")])
        #expect(r.findings.isEmpty)
        #expect(r.corroborated.count == 1)
        #expect(r.corroborated.first?.claims.count == 3)
        // An abbreviation of the canonical title is that title.
        #expect(surfaced([("HM", "harbour minister"), ("harbour minister", "harbour minister")]).findings.isEmpty)
    }

    @Test func extractedOfficialsCarryTheTitleAsWritten() throws {
        let engine = CrossCheck(rules: try RuleSet.builtin())
        let cluster = Cluster(name: "t", sources: [Source(id: "a", file: "a.txt", text: "The ferry left late, said Governor's aide Tomas Brekke on Monday.")])
        let officials = engine.analyze(cluster).claims.filter { $0.kind == "official" }
        #expect(officials.count == 1)
        #expect(officials.first?.attributes["titleSurface"] == "aide")
    }

    @Test func spellingsOfOneNameAreOnePersonAndAVariant() {
        var f = FixtureCluster()
        let a = f.source("a", "Ferry chief Lea Mar-tin met Tor Anvik on the pier.")
        let b = f.source("b", "Ferry chief Lea Martin met Tor Anvik on the pier.")
        let c = f.source("c", "Ferry chief Lea Marten met Tor Anvik on the pier, and Martin smiled.")
        f.claim(a, "Lea Mar-tin", kind: "name", key: "lea martin", .name("lea martin"))
        f.claim(b, "Lea Martin", kind: "name", key: "lea martin", .name("lea martin"))
        f.claim(c, "Lea Marten", kind: "name", key: "lea marten", .name("lea marten"))
        f.claim(c, "Martin", kind: "name", key: "martin", .name("martin"))
        for s in [a, b, c] { f.claim(s, "Tor Anvik", kind: "name", key: "tor anvik", .name("tor anvik")) }
        let (groups, result, _) = f.run()
        let names = groups.filter { $0.kind == "name" }
        #expect(names.count == 2)
        let lea = result.findings.filter { $0.label == "spelling" }
        #expect(lea.count == 1)
        #expect(lea.first?.severity == .info)
        #expect(Set(lea.first?.claims.map { $0.text } ?? []) == ["Lea Mar-tin", "Lea Martin", "Lea Marten"])
        #expect(result.corroborated.contains { $0.key == "tor anvik" && $0.claims.count == 3 })
    }
}
