import Testing
@testable import CrossCheckKit

@Suite struct QuoteComparisonTests {
    func cls(_ a: String, _ b: String) -> QuoteClass { QuoteComparison.compare(a, b).quoteClass }

    @Test func classes() {
        #expect(cls("We will not sell the port’s cranes", "We will not sell the port's cranes.") == .identical)
        #expect(cls("an anchor for a new multi-polar trade order", "an anchor for a new multipolar trade order") == .typographic)
        #expect(cls("a guard of honour for our co-operation programme", "a guard of honor for our cooperation program") == .typographic)
        #expect(cls("We Will Not Yield", "we will not yield") == .typographic)
        #expect(cls("to deepen the KSR-Velan ties for ever", "to deepen the [Kestrel Republic]-Velan ties for ever") == .editorial)
        #expect(cls("he [the mayor] will attend the opening", "he will attend the opening") == .editorial)
        #expect(cls("we will rebuild the harbour and the old market within a year", "we will rebuild the harbour ... within a year") == .editorial)
        #expect(cls("lasting strategic friendship", "strategic friendship") == .shortened)
        #expect(cls("the ferry will run every hour from May", "the ferry will run every two hours from June") == .reworded)
    }

    @Test func diffKeepsOriginalWords() {
        let a = "a new multi-polar order", b = "a new multipolar order"
        let r = QuoteComparison.compare(a, b)
        let d = WordDiffer.diff(from: "x", to: "y", QuoteWord.words(of: a), QuoteWord.words(of: b), r.script)
        #expect(d.parts == [WordDiff.Part(.same, "a new"), WordDiff.Part(.removed, "multi-polar"), WordDiff.Part(.added, "multipolar"), WordDiff.Part(.same, "order")])
        let e = "the KSR-Velan ties", f = "the [Kestrel Republic]-Velan ties"
        let r2 = QuoteComparison.compare(e, f)
        let d2 = WordDiffer.diff(from: "x", to: "y", QuoteWord.words(of: e), QuoteWord.words(of: f), r2.script)
        #expect(d2.parts.contains(WordDiff.Part(.added, "[Kestrel Republic]")))
    }

    func cluster(_ versions: [(String, String?)]) -> ComparisonResult {
        var f = FixtureCluster()
        for (i, (q, speaker)) in versions.enumerated() {
            let s = f.source("s\(i)", "The minister said: “\(q)” and left the hall.")
            f.claim(s, q, kind: "quote", key: "quote", .quote(text: q, speaker: speaker))
        }
        return f.run().result
    }

    @Test func findingsPerClass() {
        let typo = cluster([("an anchor for a new multi-polar trade order", "ada brun"), ("an anchor for a new multi-polar trade order", "ada brun"),
                            ("an anchor for a new multipolar trade order", "ada brun")])
        #expect(typo.findings.count == 1)
        #expect(typo.findings[0].label == "typographic" && typo.findings[0].severity == .info)
        #expect(typo.findings[0].claims.count == 3)
        #expect(typo.findings[0].diffs.count == 1)

        let same = cluster([("we will not sell the port's cranes", "ada brun"), ("we will not sell the port’s cranes", nil)])
        #expect(same.findings.isEmpty)
        #expect(same.corroborated.count == 1)

        let reworded = cluster([("the ferry will run every hour from May", nil), ("the ferry will run every two hours from June", nil)])
        #expect(reworded.findings.first?.severity == .warning)
        #expect(reworded.findings.first?.label == "reworded")
    }

    @Test func attributionConflict() {
        let r = cluster([("the harbour will reopen before the winter storms", "ada brun"),
                         ("the harbour will reopen before the winter storms", "tomas oyelaran")])
        let a = r.findings.first { $0.label == "attribution" }
        #expect(a?.severity == .error)
        #expect(a?.message.contains("ada brun") == true && a?.message.contains("tomas oyelaran") == true)
        // The same person named in full and by surname is not a conflict.
        let ok = cluster([("the harbour will reopen before the winter storms", "ada brun"),
                          ("the harbour will reopen before the winter storms", "brun")])
        #expect(!ok.findings.contains { $0.label == "attribution" })
    }
}
