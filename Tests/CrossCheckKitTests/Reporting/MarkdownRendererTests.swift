import Testing
import CrossCheckKit

@Suite struct MarkdownRendererTests {
    let md = MarkdownRenderer().render(ReportFixtures.full())

    /// The `## ` headings in order.
    func headings(_ text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
    }

    @Test func sectionsComeInReviewOrder() {
        #expect(md.hasPrefix("# crosscheck report: marrowby-ferry-fire\n\n**3 sources · 28 claims · 2 conflicts · 1 divergence · 3 variants · 3 corroborated · 4 single-source · 5 excluded segments**\n"))
        #expect(headings(md) == ["Summary", "Sources", "Conflicts (error)", "Divergences (warning)", "Variants (info)",
                                 "Corroborated claims", "Single-source claims", "Excluded segments", "Diagnostics"])
        #expect(md.hasSuffix("\n\n") == false && md.hasSuffix("\n"))
    }

    @Test func deterministic() {
        #expect(MarkdownRenderer().render(ReportFixtures.full()) == md)
    }

    @Test func findingsShowMessageLabelIdAndPerSourceEvidence() {
        #expect(md.contains("### C1. The number of passengers differs: 398 in alpha, more than 380 in beta is compatible but 412 in gamma is not.\n"))
        #expect(md.contains("Label `conflict` · kind `count` · key `passengers` · rule `count.passengers` · id `a1b2c3d4e5f60718`"))
        // Published times differ between the two claims, so the table shows them.
        #expect(md.contains("| Source | Outlet | Published | Value | Evidence |"))
        #expect(md.contains("| `alpha` | The Alpha Gazette | 2031-03-14T09:05 | 398 (passengers) | `alpha.txt:3:7` “398 passengers” |"))
        #expect(md.contains("| `beta` | The Beta Gazette | 2031-03-14T17:40 | >380 (passengers) | `beta.txt:3:7` “more than 380 passengers” |"))
        #expect(md.contains("### D1. Ada Brennock's quotation is reworded in beta."))
        #expect(md.contains("### V1. Ada Brennock's title differs"))
        // Same (unknown) publication time: no Published column.
        #expect(md.contains("Label `conflict` · kind `date` · key `fire` · rule `date.fire` · id `0f1e2d3c4b5a6978`\n\n| Source | Outlet | Value | Evidence |"))
    }

    @Test func quoteDifferencesAreShownWordByWord() {
        #expect(md.contains("- `alpha` → `beta`: We will rebuild the ~~north~~ pier ~~within the~~ **this** year\n"))
        // Evidence that already carries its quotation marks is not wrapped in another pair.
        #expect(md.contains("| `alpha.txt:3:7` “We will rebuild the north pier within the year” |"))
        #expect(md.contains("| `beta.txt:3:7` 'We will rebuild the pier this year' |"))
    }

    @Test func tableCellsEscapePipesNewlinesAndMarkup() {
        // Value "green | amber \"alert\"\nlevel", kind "custom|kind", key "alert*level", outlet "Beta | Daily".
        #expect(md.contains("| `alpha` | The Alpha Gazette | green \\| amber \"alert\" level | `alpha.txt:3:7` “green \\| amber” |"))
        #expect(md.contains("kind `custom\\|kind` · key `alert*level`"))
        #expect(md.contains("### V3. The alert level text differs (\\`green\\` \\| \\*amber\\*)."))
        #expect(md.contains("| `beta` | Beta \\| Daily | 2031-03-14T17:40 | 9 | `stories/marrowby/beta.txt` |"))
        // Every table row has the same number of unescaped pipes as its header.
        var columns = 0
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = 0; continue }
            var n = 0
            var previous: Character = " "
            for ch in line { if ch == "|" && previous != "\\" { n += 1 }; previous = ch }
            if columns == 0 { columns = n } else { #expect(n == columns, "row: \(line)") }
        }
    }

    @Test func summaryCorroboratedSingleSourceExcludedAndDiagnostics() {
        #expect(md.contains("| Conflicts (error) | 2 | 2 |\n| Divergences (warning) | 1 | 1 |\n| Variants (info) | 3 | 3 |\n| **Total** | 6 | 6 |"))
        #expect(md.contains("| `duration` | `blaze` | PT2H | 2 | `alpha.txt:3:7`, `beta.txt:3:7` |"))
        #expect(md.contains("4 claims made by only one source (nothing to compare with).\n\n<details><summary>List</summary>"))
        #expect(md.contains("| `quantity` | `damage` | 24966.218 USD \\[suspect: comma before six digits\\] | `beta` |"))
        #expect(md.contains("| `gamma` | `gamma.txt:50–71` | `off-topic` | no shared vocabulary with the other sources | Cheese prices rose |"))
        #expect(md.contains("| `beta` | `beta.txt:40–44` | `clutter` | comment form | Leave a \\| reply |"))
        #expect(md.contains("| `gamma` | `gamma.txt:2` | `markup` | navigation | \\<nav> |"))
        #expect(md.contains("- **warning** `stories/marrowby/gamma.txt:12:4`: invalid UTF-8 at byte 311, replaced"))
        #expect(md.contains("- **warning** `stories/marrowby/notes.txt`: empty file skipped"))
    }

    @Test func emptyReportSaysNoneInEverySection() {
        let text = MarkdownRenderer().render(ReportFixtures.empty())
        #expect(headings(text).count == 9)
        #expect(text.components(separatedBy: "\nNone.\n").count - 1 == 8)
    }

    @Test func hiddenFindingsAreCountedButNotListed() {
        let filtered = ReportFilter(baseline: Baseline(entries: [.init(id: "a1b2c3d4e5f60718")]), minSeverity: .warning)
            .apply(ReportFixtures.full())
        let text = MarkdownRenderer().render(filtered)
        #expect(text.contains("> 4 findings are not listed (1 in the baseline, 3 below the minimum severity `warning`); the counts above include them."))
        #expect(text.contains("| Conflicts (error) | 2 | 1 |"))
        #expect(text.contains("| Variants (info) | 3 | 0 |"))
        #expect(text.contains("## Variants (info)\n\nNone listed (3 hidden by the baseline or the minimum severity).\n"))
        #expect(!text.contains("a1b2c3d4e5f60718"))
        #expect(text.contains("### C1. The date of the fire differs"))
    }

    @Test func quotationTablesNameTheSpeakerInsteadOfRepeatingTheWords() {
        #expect(md.contains("| Source | Outlet | Speaker | Evidence |"))
        #expect(md.contains("| `alpha` | The Alpha Gazette | Ada Brennock | `alpha.txt:3:7` “We will rebuild the north pier within the year” |"))
        #expect(md.contains("| `beta` | The Beta Gazette | (unknown) | `beta.txt:3:7` 'We will rebuild the pier this year' |"))
    }

    @Test func diffPartsSplitAtAHyphenAreJoined() {
        var r = ReportFixtures.empty()
        let q = ClaimValue.quote(text: "x", speaker: nil)
        r.findings = [Finding(id: "h", kind: "quote", severity: .info, rule: "q", key: "k", message: "m", label: "editorial",
                              claims: [ReportFixtures.evidence("alpha", q, text: "x")],
                              diffs: [WordDiff(from: "alpha", to: "beta", parts: [
                                  .init(.same, "the"), .init(.removed, "[Northland]"), .init(.added, "NL-"), .init(.same, "Southland pact"),
                              ])])]
        #expect(MarkdownRenderer().render(r).contains("- `alpha` → `beta`: the ~~\\[Northland\\]~~ **NL-**Southland pact\n"))
    }

    @Test func compactTablesClipLongValues() {
        var r = ReportFixtures.empty()
        let long = String(repeating: "harbour ", count: 30) + "end"
        let v = ClaimValue.quote(text: long, speaker: "Ada Brennock")
        r.corroborated = [Corroboration(kind: "quote", key: "k", rule: "q", value: v,
                                        claims: [ReportFixtures.evidence("alpha", v, text: long), ReportFixtures.evidence("beta", v, text: long)])]
        r.singleSource = [Corroboration(kind: "quote", key: "k2", rule: "q", value: v, claims: [ReportFixtures.evidence("gamma", v, text: "\"" + long + "\"")])]
        let text = MarkdownRenderer().render(r)
        let clipped = "“" + String(repeating: "harbour ", count: 12).dropLast() + "…"
        #expect(text.contains("| `quote` | `k` | " + clipped + " | 2 | `alpha.txt:3:7`, `beta.txt:3:7` |"))
        // Clipped surface text that began with its own quotation mark is not wrapped in another pair.
        #expect(text.contains("| `gamma.txt:3:7` \"harbour harbour"))
        #expect(!text.contains("end"))
    }

    @Test func longOutletsAreShortenedInFindingTablesOnly() {
        var r = ReportFixtures.full()
        let long = "The Alpha Gazette weekend edition (syndicated copy with a long editorial note attached)"
        for i in r.findings.indices { for j in r.findings[i].claims.indices { r.findings[i].claims[j].outlet = long } }
        r.sources[0].outlet = long
        let text = MarkdownRenderer().render(r)
        #expect(text.contains("| `alpha` | The Alpha Gazette weekend edition… | 2031-03-14T09:05 | 398 (passengers) |"))
        #expect(text.contains("| `alpha` | " + long + " | 2031-03-14T09:05 | 12 |"))
    }

    @Test func underscoresInsideWordsStayReadable() {
        var r = ReportFixtures.empty()
        r.diagnostics = [Diagnostic(.warning, file: "f.txt", "source 000_a59d differs from _this_ and snake_")]
        #expect(MarkdownRenderer().render(r).contains(": source 000_a59d differs from \\_this\\_ and snake\\_\n"))
    }

    @Test func codeSpansSurviveBackticks() {
        var r = ReportFixtures.empty()
        r.sources = [SourceInfo(id: "a`b", file: "`odd`.txt", outlet: nil, published: nil, url: nil, claims: 0)]
        let text = MarkdownRenderer().render(r)
        #expect(text.contains("| ``a`b`` | — | — | 0 | `` `odd`.txt `` |"))
    }
}
