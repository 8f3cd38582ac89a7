import Foundation
import Testing
@testable import CrossCheckKit

/// The compact storage of claims, values, attributes and evidence behaves as the plain fields did.
@Suite struct CompactModelTests {
    static let texts = [
        "Harbour master Tomas Okafor said the ferry sank on 3 May 2024 with 41 passengers aboard.\n\n\"We saw it tilt and then it was gone,\" Okafor said.\n",
        "Port official Tomas Okafor said the ferry sank on 4 May 2024. It carried 44 passengers.\n\n\"We saw it tilt and then it was gone,\" said Okafor.\n",
        "The ferry went down on 3 May 2024 with about 41 people aboard, harbour master Tomas Okafor said at 10:30.\n",
    ]

    static func cluster() -> Cluster {
        Cluster(name: "compact", sources: texts.enumerated().map { i, t in
            Source(id: "s\(i)", file: "s\(i).txt", outlet: "Outlet \(i)", text: t)
        })
    }

    @Test func checkGivesTheReportOfAnalyzeThenReport() throws {
        let engine = CrossCheck(rules: try RuleSet.builtin(), parallelism: 1)
        let cluster = Cleaner().clean(Self.cluster())
        let viaCheck = engine.check(cluster)
        let viaParts = engine.report(engine.analyze(cluster))
        #expect(viaCheck.findings.count + viaCheck.corroborated.count + viaCheck.singleSource.count > 0)
        #expect(viaCheck == viaParts)
        #expect(JSONRenderer().render(viaCheck) == JSONRenderer().render(viaParts))
        #expect(MarkdownRenderer().render(viaCheck) == MarkdownRenderer().render(viaParts))
    }

    @Test func valuesBeyondTheirStorageAreDecodingErrors() throws {
        // 32-bit offsets and minutes: out-of-range JSON is an error, not a crash or a silent nil.
        let decoder = JSONDecoder()
        #expect(try decoder.decode(TextSpan.self, from: Data(#"{"start": 3, "end": 9}"#.utf8)) == TextSpan(start: 3, end: 9))
        #expect(throws: DecodingError.self) { try decoder.decode(TextSpan.self, from: Data(#"{"start": 0, "end": 4294967296}"#.utf8)) }
        #expect(throws: DecodingError.self) { try decoder.decode(TextSpan.self, from: Data(#"{"start": -2147483649, "end": 0}"#.utf8)) }
        #expect(try decoder.decode(TimeValue.self, from: Data(#"{"hour": 10, "minute": 30, "approximate": false}"#.utf8)).minute == 30)
        #expect(throws: DecodingError.self) { try decoder.decode(TimeValue.self, from: Data(#"{"hour": 10, "minute": 3000000000, "approximate": false}"#.utf8)) }
        #expect(throws: DecodingError.self) { try decoder.decode(TimeValue.self, from: Data(#"{"hour": 10, "minute": -2147483648, "approximate": false}"#.utf8)) }
    }

    @Test func comparisonReadsNoAttributeThatIsDropped() throws {
        // `report` drops every claim attribute not in `Comparator.attributesRead` before comparing; the
        // comparison must come out the same with all of them kept (here and on the bundled example).
        let engine = CrossCheck(rules: try RuleSet.builtin(), parallelism: 1)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let example = try ClusterLoader().load([root.appendingPathComponent("Examples/lake-varno-ferry").path])
        for cluster in [Cleaner().clean(Self.cluster()), Cleaner().clean(example)] {
            let full = engine.analyze(cluster)
            let droppedKeys = Set(full.claims.flatMap(\.attributes.keys)).subtracting(Comparator.attributesRead)
            #expect(!droppedKeys.isEmpty)  // there is something to drop
            var dropped = full
            dropped.releaseAttributes(keeping: Comparator.attributesRead)
            #expect(dropped.claims.allSatisfy { Set($0.attributes.keys).isSubset(of: Comparator.attributesRead) })
            let comparator = Comparator(lexicons: engine.rules.lexicons)
            let a = comparator.compare(Aligner().align(full), in: full)
            let b = comparator.compare(Aligner().align(dropped), in: dropped)
            #expect(a.findings == b.findings && a.corroborated == b.corroborated && a.singleSource == b.singleSource)
            #expect(!a.findings.isEmpty)
        }
    }

    @Test func evidenceReadFromItsClaimEqualsEvidenceMadeWhole() throws {
        let engine = CrossCheck(rules: try RuleSet.builtin(), parallelism: 1)
        let analyzed = engine.analyze(Cleaner().clean(Self.cluster()))
        var shared = analyzed
        shared.shareEvidenceFields()
        #expect(!analyzed.claims.isEmpty)
        for i in analyzed.claims.indices {
            let lazy = shared.evidence(at: i), whole = analyzed.evidence(for: analyzed.claims[i])
            #expect(lazy == whole)
            #expect(lazy.text == whole.text && lazy.sentence == whole.sentence && lazy.line == whole.line && lazy.column == whole.column)
            var changed = lazy
            changed.line += 1
            #expect(changed != lazy && changed.text == lazy.text && lazy == whole)
        }
    }

    @Test func attributesKeepOnlyTheNamedKeys() {
        let a: Attributes = ["titleSurface": "Harbour master", "surface": "Okafor", "key": "okafor"]
        #expect(a.keeping(["titleSurface"]) == Attributes(["titleSurface": "Harbour master"]))
        #expect(a.keeping(["key", "surface", "titleSurface"]) == nil)
        #expect(a.keeping([]) == Attributes())
        // Kept pairs between dropped ones, long values (two-byte lengths), and a key written decomposed.
        let longValue = String(repeating: "v", count: 300)
        let c: Attributes = ["a": longValue, "caf\u{E9}": "1", "m": "2", "z": longValue]
        #expect(c.keeping(["cafe\u{301}", "z"]) == Attributes(["caf\u{E9}": "1", "z": longValue]))
        #expect(c.keeping(["m"]) == Attributes(["m": "2"]))
        #expect(c.keeping(["a", "caf\u{E9}", "m", "z", "other"]) == nil)
        let long = String(repeating: "é", count: 200)
        var b = a
        b["zz"] = long
        #expect(b["zz"] == long && b.count == 4 && b.keys.last == "zz")
    }

    @Test func quantityAndTimeCompareByTheirProperties() {
        var q = Quantity(min: 5, max: nil, unit: "km")
        #expect(q.min == 5 && q.max == nil && !q.approximate)
        q.min = nil
        #expect(q == Quantity(min: nil, max: nil, unit: "km"))
        q.upperOpen = true
        q.approximate = true
        #expect(q.upperOpen && q.approximate && !q.lowerOpen && q != Quantity(min: nil, max: nil, unit: "km"))
        var t = TimeValue(hour: 10, minute: 30)
        #expect(t.minute == 30)
        t.minute = nil
        #expect(t == TimeValue(hour: 10) && t.iso == "T10")
    }

    @Test func claimsOfOneRuleShareTheirRuleFieldsAndStayValues() {
        var a = Claim(kind: "count", rule: "r", key: "k", value: .text("x"), source: 0, span: TextSpan(start: 0, end: 1), sentence: 0)
        let b = Claim(kind: "count", rule: "r", key: "k", value: .text("x"), source: 0, span: TextSpan(start: 0, end: 1), sentence: 0)
        var table: [String: Shared<Claim.RuleFields>] = [:]
        a.shareRuleFields(&table)
        var c = b
        c.shareRuleFields(&table)
        #expect(a == b && c == b)
        c.severity = .info
        #expect(c.severity == .info && a.severity == .error && c != a)
    }
}
