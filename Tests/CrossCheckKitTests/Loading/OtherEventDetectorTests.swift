import Testing
import Foundation
@testable import CrossCheckKit

@Suite struct OtherEventDetectorTests {
    /// The detector's examples are its tests: each opening line is taken or left as the example says.
    @Test(arguments: OtherEventDetector.examples.indices)
    func examples(_ i: Int) {
        let (text, excluded) = OtherEventDetector.examples[i]
        let bytes = Array(text.utf8)
        let line = TextLine.lines(of: bytes, skipping: [])[0]
        let why = OtherEventDetector().marker(line.normalized, year: 2026)
        #expect((why != nil) == excluded, "\(text): \(why ?? "kept")")
        // The first-byte gate never drops a line the words would take.
        if why != nil { #expect(OtherEventDetector.mayOpen(bytes, line)) }
    }

    @Test func aSimilarEventNeedsAnEarlierYear() {
        let line = "a similar collapse at harwick in 2009 killed three workers."
        #expect(OtherEventDetector().marker(line, year: 2026) != nil)
        #expect(OtherEventDetector().marker(line, year: 2009) == nil)
        #expect(OtherEventDetector().marker(line, year: nil) != nil)
    }

    @Test func theWholeParagraphIsExcludedAndNothingElse() throws {
        let a = "Flood water closed the Marsh Road bridge on Tuesday, and 140 homes were evacuated.\n\n"
            + "In a separate incident on the coast, a lifeboat crew\nrescued 12 people from a stranded ferry.\n\n"
            + "The council said 140 homes had been evacuated by Tuesday night."
        let b = "The Marsh Road bridge was closed by flood water on Tuesday; 140 homes were evacuated.\n\n"
            + "Council officials said 140 homes had been evacuated."
        let cluster = Cleaner().clean(Cluster(name: "pair", sources: [
            Source(id: "a", file: "a.txt", outlet: "A", text: a + "\n"),
            Source(id: "b", file: "b.txt", outlet: "B", text: b + "\n"),
        ]))
        let s = cluster.sources[0]
        #expect(s.excluded.count == 1)
        #expect(s.excluded.first?.reason == .otherEvent)
        #expect(s.excluded.first.map { s.string($0.span) } == "In a separate incident on the coast, a lifeboat crew\nrescued 12 people from a stranded ferry.")
        #expect(cluster.sources[1].excluded.isEmpty)
        // Its figure is neither compared nor listed.
        let report = CrossCheck(rules: try RuleSet.builtin(), parallelism: 1).check(cluster)
        let cited = (report.findings.flatMap(\.claims) + report.corroborated.flatMap(\.claims) + report.singleSource.flatMap(\.claims))
        #expect(!cited.contains { $0.text.contains("12") })
        #expect(report.excluded.contains { $0.reason == .otherEvent })
    }

    @Test func onlyTheOpeningSentenceIsTakenWhereParagraphsHaveNoBlankLines() {
        let text = Array(("The court jailed the former director for four years on Friday.\n"
            + "In a separate case at the same court, a roofer was jailed\nfor two years over a tax fraud.\n"
            + "The judge said 3 inspectors had examined the accounts.\n").utf8)
        let lines = TextLine.lines(of: text, skipping: [])
        let out = OtherEventDetector().detect(text, lines: lines, year: 2026)
        #expect(out.map(\.span) == [TextSpan(start: lines[1].start, end: lines[2].end)])
    }
}
