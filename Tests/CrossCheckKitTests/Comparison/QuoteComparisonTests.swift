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

    @Test func diffScriptIsTheFullTableWalk() {
        // The script skips the table over a common prefix; it must equal the walk over the whole table.
        func reference(_ a: [QuoteWord], _ b: [QuoteWord]) -> [(WordDiffer.Op, Int)] {
            let n = a.count, m = b.count
            var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lcs[i][j] = a[i].norm == b[j].norm ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
            var out: [(WordDiffer.Op, Int)] = []
            var i = 0, j = 0
            while i < n || j < m {
                if i < n && j < m && a[i].norm == b[j].norm { out.append((.same, i)); i += 1; j += 1 }
                else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) { out.append((.removed, i)); i += 1 }
                else { out.append((.added, j)); j += 1 }
            }
            return out
        }
        let pairs = [("the port will reopen in May", "the port will reopen in June"),
                     ("the port the port will", "the port will the port"),
                     ("we we we", "we"), ("", "we will"), ("we will", ""), ("same words here", "same words here"),
                     ("a b c a b c", "a b a c b c a"), ("open the harbour now", "close the harbour now")]
        for (x, y) in pairs {
            let a = QuoteWord.words(of: x), b = QuoteWord.words(of: y)
            let got = WordDiffer.script(a, b), want = reference(a, b)
            #expect(got.map { "\($0.0)\($0.1)" } == want.map { "\($0.0)\($0.1)" }, "\(x) / \(y)")
        }
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

    /// "Mrs Oduya said" resolved to the only Oduya named in full (her daughter) against "Grace Oduya"
    /// in another source: the surname agrees, so no attribution error; a different surname still is one.
    @Test func speakerNamedBySurnameAloneAgreesWithEveryBearer() {
        func run(_ other: String) -> ComparisonResult {
            var f = FixtureCluster()
            let q = "We are here for the truth and nothing more"
            let a = f.source("a", "Her mother, Grace Oduya, said: “\(q)”.")
            f.claim(a, q, kind: "quote", key: "quote", .quote(text: q, speaker: "Grace Oduya"), attributes: ["speakerSurface": "Grace Oduya"])
            let b = f.source("b", "\(other) said: “\(q)”.")
            f.claim(b, q, kind: "quote", key: "quote", .quote(text: q, speaker: "Maya Oduya"), attributes: ["speakerSurface": other])
            return f.run().result
        }
        #expect(!run("Mrs Oduya").findings.contains { $0.label == "attribution" })
        let conflict = run("Maya Oduya").findings.first { $0.label == "attribution" }
        // Speakers are shown as written, not as their lower-case merge keys.
        #expect(conflict?.message.contains("Grace Oduya in a") == true && conflict?.message.contains("Maya Oduya in b") == true)
    }

    /// A rewording is linked by its speaker, and one person's names across sources are one speaker: "Hale"
    /// in a story that never gives his first name and "Tom Hale" in another. Two people of one surname
    /// in the cluster ("Ann Hale" quoted, or only named, beside "Tom Hale") leave a lone "Hale" unlinked.
    @Test func rewordingBySurnameAloneIsLinkedToTheFullName() {
        func run(_ speakers: [String], alsoNamed: String? = nil) -> ComparisonResult {
            var f = FixtureCluster()
            let quotes = ["We did not forget them for a single day", "We never forgot them for a single day", "We will rebuild every home"]
            for (i, speaker) in speakers.enumerated() {
                let named = i == 0 ? alsoNamed.map { " \($0) laid a wreath." } ?? "" : ""
                let s = f.source("s\(i)", "\(speaker) said: “\(quotes[i])”.\(named)")
                f.claim(s, quotes[i], kind: "quote", key: "quote", .quote(text: quotes[i], speaker: speaker))
                if i == 0, let alsoNamed { f.claim(s, alsoNamed, kind: "name", key: alsoNamed.lowercased(), .name(alsoNamed)) }
            }
            return f.run().result
        }
        #expect(run(["Tom Hale", "Hale"]).findings.map(\.label) == ["reworded"])
        #expect(run(["Tom Hale", "Hale", "Ann Hale"]).findings.isEmpty)
        #expect(run(["Tom Hale", "Hale"], alsoNamed: "Ann Hale").findings.isEmpty)
    }

    /// "Police said" against "Alan Marsden of British Transport Police said": an organisation is no
    /// second speaker beside a person; two people still are, and two organisations when no person is named.
    @Test func organisationIsNoSecondSpeakerBesideAPerson() {
        func run(_ speakers: [(String, Bool)]) -> ComparisonResult {
            var f = FixtureCluster()
            let q = "This is a tragic day for the railway and for the families"
            for (i, (speaker, organisation)) in speakers.enumerated() {
                let s = f.source("s\(i)", "\(speaker) said: “\(q)”.")
                var attributes: Attributes = ["speakerSurface": speaker]
                if organisation { attributes["speakerKind"] = "organisation" }
                f.claim(s, q, kind: "quote", key: "quote", .quote(text: q, speaker: speaker), attributes: attributes)
            }
            return f.run().result
        }
        #expect(!run([("Alan Marsden", false), ("Police", true)]).findings.contains { $0.label == "attribution" })
        #expect(run([("Alan Marsden", false), ("Police", true), ("Ada Brun", false)]).findings.contains { $0.label == "attribution" })
        #expect(run([("Velm Radio", true), ("Police", true)]).findings.contains { $0.label == "attribution" })
    }

    /// One source's quotation of two sentences, split by the attribution in another.
    @Test func splitQuotationIsComparedSentenceBySentence() {
        let whole = "We have never seen the river rise this quickly. The defences held for as long as they could."
        #expect(cls(whole, "We have never seen the river rise this fast,") == .reworded)
        #expect(cls("We have never seen the river rise this fast,", whole) == .reworded)
        #expect(cls(whole, "We have never seen the river rise this quickly,") == .shortened)
        #expect(cls(whole, "The defenses held for as long as they could.") == .shortened)
        // At the start: "We" against "They" in the sentence the other version keeps.
        #expect(cls("The water came in. We held the line for as long as we could", "They held the line for as long as we could") == .reworded)
        // No sentence end inside the change: lead-in words of a different cut stay a shortening.
        #expect(cls("develop alternative trade and mutual settlement mechanisms not controlled by the West", "that are not controlled by the West") == .shortened)
    }

    /// Different last words after a shared run are a change of words: two cuts of one sentence end
    /// alike or one ends first. Lead-in words of a different cut stay a shortening at the start only.
    @Test func differentLastWordsAreAChangeNotACut() {
        #expect(cls("Please move your cars off the quay now, not in an hour", "Please move your cars off the quay now, not tomorrow") == .reworded)
        #expect(cls("Please move your cars off the quay now, not tomorrow", "Please move your cars off the quay now, not in an hour") == .reworded)
        // One version ends first, or differs only in punctuation or spelling at its end.
        #expect(cls("Please move your cars off the quay now, not in an hour", "Please move your cars off the quay now") == .shortened)
        #expect(cls("Please move your cars off the quay now, not in an hour.", "Please move your cars off the quay now, not in an hour") <= .typographic)
        #expect(cls("We will not stop until the harbour is cleaned up", "we will not stop until the harbor is cleaned up") == .typographic)
        // At the start, a different lead-in is a different cut.
        #expect(cls("new berths and moorings not paid for by the port", "that are not paid for by the port") == .shortened)
    }

    @Test func notesOfOneSourceAreNotRepeated() {
        #expect(QuoteClass.describe([("b", .shortened), ("b", .shortened)]) == "the 2 versions in b are shortened")
        #expect(QuoteClass.describe([("b", .reworded), ("b", .shortened)]) == "one version in b is worded differently; one version in b is shortened")
        #expect(QuoteClass.describe([("b", .shortened), ("c", .typographic)])
                == "the one in b is shortened; the one in c differs only in case, punctuation, hyphenation or spelling convention")
    }
}

/// Contractions, British and American past forms, and a quotation's piece against the whole.
@Suite struct QuoteComparisonConventionTests {
    func cls(_ a: String, _ b: String) -> QuoteClass { QuoteComparison.compare(a, b).quoteClass }

    @Test func unambiguousContractionsAreAConvention() {
        let pairs = [("anything we've seen", "anything we have seen"), ("We don't know", "We do not know"),
                     ("they can't stay", "they cannot stay"), ("they can't stay", "they can not stay"),
                     ("we won't leave", "we will not leave"), ("I'm sorry", "I am sorry"), ("we’re ready", "we are ready"),
                     ("you'll see", "you will see"), ("let's go home", "let us go home"), ("it isn't over", "it is not over"),
                     ("We didn't, we couldn't", "We did not, we could not")]
        for (a, b) in pairs { #expect(cls(a, b) == .typographic, "\(a) / \(b)") }
    }

    /// "'s" and "'d" have two readings: a change there stays a rewording, as do real changes beside a
    /// contraction.
    @Test func ambiguousContractionsAndRealChangesStayRewordings() {
        let pairs = [("he's gone", "he is gone"), ("he's gone", "he has gone"), ("we'd known", "we had known"),
                     ("we'd go", "we would go"), ("we've seen", "we had seen"), ("we don't know", "we did not know"),
                     ("we won't leave", "we would not leave"), ("I ain't going", "I am not going"),
                     ("we'll win the final", "we will lose the final"), ("they can't stay", "they can stay")]
        for (a, b) in pairs { #expect(cls(a, b) == .reworded, "\(a) / \(b)") }
    }

    @Test func britishAndAmericanPastFormsAreAConvention() {
        let pairs = [("I've dreamt of this night", "I've dreamed of this night"), ("we learnt a lot", "we learned a lot"),
                     ("the house burnt down", "the house burned down"), ("a spoilt ballot paper", "a spoiled ballot paper"),
                     ("he leapt over the wall", "he leaped over the wall"), ("she knelt by the grave", "she kneeled by the grave"),
                     ("it smelt of smoke", "it smelled of smoke"), ("they dwelt on it", "they dwelled on it"),
                     ("the milk was spilt", "the milk was spilled"), ("he leant on the rail", "he leaned on the rail"),
                     ("it is spelt wrong", "it is spelled wrong")]
        for (a, b) in pairs { #expect(cls(a, b) == .typographic, "\(a) / \(b)") }
        #expect(cls("I've dreamt of this night", "I've thought of this night") == .reworded)
        #expect(cls("the house burnt down", "the house fell down") == .reworded)
    }

    /// A piece of a quotation split by its attribution is the whole shortened, wherever it is cut.
    @Test func pieceOfTheWholeIsShortened() {
        let whole = "We accept the result. We will be a firm opposition"
        #expect(cls(whole, "We will be a firm opposition.") == .shortened)
        #expect(cls("We will be a firm opposition.", whole) == .shortened)
        #expect(cls(whole, "We accept the result,") == .shortened)
        #expect(cls("We said we will go and we will stay", "we will stay") == .shortened)
        // A gap in the middle is not a cut at the edge.
        #expect(cls(whole, "We accept the result. We will be firm opposition") != .shortened)
        #expect(cls(whole, "We accept a firm opposition") == .reworded)
        let r = QuoteComparison.compare(whole, "We will be a firm opposition")
        let d = WordDiffer.diff(from: "x", to: "y", QuoteWord.words(of: whole), QuoteWord.words(of: "We will be a firm opposition"), r.script)
        #expect(d.parts == [WordDiff.Part(.removed, "We accept the result"), WordDiff.Part(.same, "We will be a firm opposition")])
    }
}
