import Foundation
import Testing
import CrossCheckKit

@Suite struct BaselineTests {
    @Test func writesSortedDeterministicFile() {
        let b = Baseline(report: ReportFixtures.full())
        let text = b.rendered()
        #expect(text == Baseline(report: ReportFixtures.full()).rendered())
        #expect(b.entries.map(\.id) == ["0f1e2d3c4b5a6978", "1122334455667788", "5555666677778888",
                                        "99aa88bb77cc66dd", "a1b2c3d4e5f60718", "abcdefabcdef0000"])
        #expect(text.hasPrefix("{\n  \"cluster\": \"marrowby-ferry-fire\",\n  \"findings\": [\n    {\n      \"evidenceId\": \""))
        #expect(text.contains("\",\n      \"id\": \"0f1e2d3c4b5a6978\",\n      \"key\": \"fire\",\n      \"kind\": \"date\",\n      \"message\": "))
        #expect(text.hasSuffix("  \"schemaVersion\": \"1.0\"\n}\n"))
    }

    @Test func roundTripsAndSuppressesEverythingItWasMadeFrom() throws {
        let b = Baseline(report: ReportFixtures.full())
        let parsed = try Baseline.parse(b.rendered(), file: "base.json")
        #expect(parsed == b)
        let r = ReportFilter(baseline: parsed).apply(ReportFixtures.full())
        #expect(r.findings.isEmpty && r.suppressed == 6 && r.baselined == 6)
    }

    @Test func matchesByIdWhenLinesMove() throws {
        let b = Baseline(report: ReportFixtures.full())
        var moved = ReportFixtures.full()
        for i in moved.findings.indices {
            for j in moved.findings[i].claims.indices { moved.findings[i].claims[j].line += 40 }
        }
        #expect(ReportFilter(baseline: b).apply(moved).findings.isEmpty)
    }

    // "length" compared for a runway and, the figures crossed, for a breakwater: two findings with one
    // plain id, so each id also hashes its evidence (`FindingID.disambiguate`).
    static let runwayA = "The new runway at Port Selby will be 3,000 metres long, the council said."
    static let runwayB = "The new runway at Port Selby will be 3,500 metres long, the council said."
    static let breakwaterA = "Engineers said the outer breakwater would stretch 3,500 metres into the bay."
    static let breakwaterB = "Engineers said the outer breakwater would stretch 3,000 metres into the bay."

    static func lengthFindings(_ r: Report) -> [Finding] { r.findings.filter { $0.key == "length" } }

    @Test func aReviewedFindingStaysHiddenWhenATwinAppears() throws {
        let alone = try ShippedRuleClusterTests.report(Self.runwayA, Self.runwayB)
        #expect(Self.lengthFindings(alone).count == 1)
        let baseline = try Baseline.parse(Baseline(report: alone).rendered(), file: "b.json")
        let both = try ShippedRuleClusterTests.report(Self.runwayA + "\n\n" + Self.breakwaterA, Self.runwayB + "\n\n" + Self.breakwaterB)
        let twins = Self.lengthFindings(both)
        #expect(twins.count == 2 && !twins.map(\.id).contains(Self.lengthFindings(alone)[0].id))
        // The runway's finding was reviewed; the breakwater's is new.
        let shown = Self.lengthFindings(ReportFilter(baseline: baseline).apply(both))
        #expect(shown.count == 1)
        #expect(shown.first?.claims.contains { $0.source == "a" && $0.text.contains("3,500") } == true)
    }

    @Test func aReviewedTwinStaysHiddenWhenTheOtherGoes() throws {
        let both = try ShippedRuleClusterTests.report(Self.runwayA + "\n\n" + Self.breakwaterA, Self.runwayB + "\n\n" + Self.breakwaterB)
        #expect(Self.lengthFindings(both).count == 2)
        // Only the breakwater's finding was reviewed (the entry of the runway's is taken out).
        let runwayID = Self.lengthFindings(both).first { $0.claims.contains { $0.text.contains("3,000") && $0.source == "a" } }!.id
        let recorded = Baseline(report: both)
        let baseline = Baseline(cluster: recorded.cluster, entries: recorded.entries.filter { $0.id != runwayID })
        // The breakwater's paragraph stays, the runway's is cut: its finding gets its plain id back.
        let left = try ShippedRuleClusterTests.report(Self.breakwaterA, Self.breakwaterB)
        #expect(Self.lengthFindings(left).count == 1)
        #expect(Self.lengthFindings(ReportFilter(baseline: baseline).apply(left)).isEmpty)
        // Had the runway's been the one reviewed, the breakwater's would still be new.
        let other = Baseline(cluster: recorded.cluster, entries: recorded.entries.filter { $0.id == runwayID })
        #expect(Self.lengthFindings(ReportFilter(baseline: other).apply(left)).count == 1)
    }

    @Test func evidenceIdsRoundTripAndAreOptional() throws {
        let b = Baseline(report: ReportFixtures.full())
        #expect(b.entries.allSatisfy { !$0.evidenceID.isEmpty })
        #expect(try Baseline.parse(b.rendered(), file: "b.json").entries.map(\.evidenceID) == b.entries.map(\.evidenceID))
        let old = try Baseline.parse(#"{"schemaVersion":"1.0","findings":[{"id":"x1"}]}"#, file: "b.json")
        #expect(old.entries[0].evidenceID.isEmpty && !old.rendered().contains("evidenceId"))
    }

    @Test func acceptsMinimalEntriesAndIgnoresUnknownFields() throws {
        let b = try Baseline.parse(#"{"schemaVersion":"1.0","findings":[{"id":"x1","note":"ok"},{"id":"x1"}],"extra":1}"#, file: "b.json")
        #expect(b.ids == ["x1"] && b.entries.count == 1 && b.cluster == nil)
    }

    @Test(arguments: [
        ("", "not valid JSON"),
        ("{\"findings\": []", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ("{\"findings\": []}", "schemaVersion"),
        ("{\"schemaVersion\": \"2.0\", \"findings\": []}", "not supported"),
        ("{\"schemaVersion\": \"1.0\"}", "\"findings\" array"),
        ("{\"schemaVersion\": \"1.0\", \"findings\": [{\"kind\": \"count\"}]}", "findings[0]"),
        ("{\"schemaVersion\": \"1.0\", \"findings\": [{\"id\": 7}]}", "findings[0]"),
    ])
    func malformedFilesAreInputErrorsNamingTheFile(text: String, mentions: String) {
        do {
            _ = try Baseline.parse(text, file: "reviews/base.json")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics[0].file == "reviews/base.json")
            #expect(error.description.contains(mentions), "\(error.description)")
        }
    }

    @Test func malformedJSONGivesLineAndColumn() {
        do {
            _ = try Baseline.parse("{\n  \"schemaVersion\": \"1.0\",\n  \"findings\": [,]\n}", file: "b.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("b.json:3:16: error: baseline is not valid JSON"))
        }
    }

    @Test func missingFileIsAnInputErrorNamingIt() {
        let path = NSTemporaryDirectory() + "crosscheck-no-such-baseline-\(UUID().uuidString).json"
        do {
            _ = try Baseline.load(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics[0].file == path)
            #expect(error.description.contains("cannot read baseline"))
        }
    }

    @Test func loadsAFileFromDisk() throws {
        let path = NSTemporaryDirectory() + "crosscheck-baseline-\(UUID().uuidString).json"
        try Data(Baseline(report: ReportFixtures.full()).rendered().utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Baseline.load(path: path).ids.count == 6)
    }
}
