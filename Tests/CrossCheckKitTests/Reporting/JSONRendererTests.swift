import Foundation
import Testing
import CrossCheckKit

@Suite struct JSONRendererTests {
    func validate(_ report: Report) throws -> [String] {
        let schema = SchemaValidator(root: try ReportFixtures.schema())
        return schema.validate(try JSONValue.parse(JSONRenderer().render(report)))
    }

    @Test func fullReportValidatesAgainstTheSchema() throws {
        #expect(try validate(ReportFixtures.full()) == [])
    }

    @Test func emptyAndFilteredReportsValidate() throws {
        #expect(try validate(ReportFixtures.empty()) == [])
        let filtered = ReportFilter(baseline: Baseline(entries: [.init(id: "a1b2c3d4e5f60718")]), minSeverity: .warning)
            .apply(ReportFixtures.full())
        #expect(try validate(filtered) == [])
    }

    @Test func theSchemaUsesOnlyWhatTheValidatorChecks() throws {
        // Walk every subschema under $defs and properties: an unsupported keyword is an error.
        let schema = try ReportFixtures.schema()
        let v = SchemaValidator(root: schema)
        #expect(v.validate(try JSONValue.parse(JSONRenderer().render(ReportFixtures.full()))).allSatisfy { !$0.contains("unsupported") })
        #expect(schema["$defs"]?.objectValue?.count ?? 0 >= 10)
    }

    @Test func validatorRejectsReportsThatBreakTheContract() throws {
        let schema = SchemaValidator(root: try ReportFixtures.schema())
        let good = try JSONValue.parse(JSONRenderer().render(ReportFixtures.full()))
        func mutate(_ f: (inout [String: JSONValue]) -> Void) -> JSONValue {
            var o = good.objectValue!
            f(&o)
            return .object(o)
        }
        func mutateFirstClaim(_ f: (inout [String: JSONValue]) -> Void) -> JSONValue {
            mutate { o in
                var findings = o["findings"]!.arrayValue!
                var finding = findings[0].objectValue!
                var claims = finding["claims"]!.arrayValue!
                var claim = claims[0].objectValue!
                f(&claim)
                claims[0] = .object(claim); finding["claims"] = .array(claims); findings[0] = .object(finding)
                o["findings"] = .array(findings)
            }
        }
        #expect(!schema.validate(mutate { $0["summary"] = nil }).isEmpty)
        #expect(!schema.validate(mutate { $0["extra"] = .null }).isEmpty)
        #expect(!schema.validate(mutate { $0["schemaVersion"] = .string("2.0") }).isEmpty)
        #expect(!schema.validate(mutateFirstClaim { $0["line"] = .number(0) }).isEmpty)
        #expect(!schema.validate(mutateFirstClaim { $0["line"] = .number(1.5) }).isEmpty)
        #expect(!schema.validate(mutateFirstClaim { $0["valueType"] = .string("date") }).isEmpty)  // value is a quantity object
        #expect(!schema.validate(mutateFirstClaim { $0["value"] = .string("398") }).isEmpty)
        #expect(!schema.validate(mutateFirstClaim { $0["text"] = nil }).isEmpty)
        #expect(!schema.validate(mutate { o in
            var f = o["findings"]!.arrayValue!
            var first = f[0].objectValue!
            first["severity"] = .string("fatal")
            f[0] = .object(first)
            o["findings"] = .array(f)
        }).isEmpty)
    }

    @Test func renderingIsDeterministicAndPretty() throws {
        let a = JSONRenderer().render(ReportFixtures.full())
        let b = JSONRenderer().render(ReportFixtures.full())
        #expect(a == b)
        #expect(a.hasSuffix("}\n"))
        #expect(a.hasPrefix("{\n  \"cluster\": \"marrowby-ferry-fire\",\n  \"corroborated\": ["))
        #expect(!a.contains(".0,") && !a.contains(".0\n"))
        #expect(a.contains("\"min\": 0.00001,") && a.contains("\"max\": 150000000000000000000,"))
        #expect(a.contains("\"min\": 24966.218,"))
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(a.utf8)) }
        let line = JSONRenderer(pretty: false).render(ReportFixtures.full())
        #expect(!line.contains("\n"))
        #expect(try JSONValue.parse(line) == JSONValue.parse(a))
    }

    @Test func valuesHaveTheContractShapes() {
        func v(_ c: ClaimValue) -> String { JSONRenderer.value(c).rendered(pretty: false) }
        #expect(v(.quantity(.exact(398))) ==
                #"{"approximate":false,"lowerOpen":false,"max":398,"min":398,"of":null,"suspect":null,"unit":null,"upperOpen":false}"#)
        #expect(v(.quantity(Quantity(min: 380, max: nil, of: "troops", lowerOpen: true))) ==
                #"{"approximate":false,"lowerOpen":true,"max":null,"min":380,"of":"troops","suspect":null,"unit":null,"upperOpen":false}"#)
        #expect(v(.quantity(Quantity(min: nil, max: 900, unit: "km", approximate: true, upperOpen: true))) ==
                #"{"approximate":true,"lowerOpen":false,"max":900,"min":null,"of":null,"suspect":null,"unit":"km","upperOpen":true}"#)
        #expect(v(.date(CalendarDate(year: 2031, month: 3, day: 9))) == #""2031-03-09""#)
        #expect(v(.date(CalendarDate(year: 2031, month: 3))) == #""2031-03""#)
        #expect(v(.date(CalendarDate(year: 2031))) == #""2031""#)
        #expect(v(.time(TimeValue(date: CalendarDate(year: 2031, month: 3, day: 9), hour: 21, minute: 59))) == #""2031-03-09T21:59""#)
        #expect(v(.time(TimeValue(hour: 7, minute: 5))) == #""T07:05""#)
        #expect(v(.duration(DurationValue(amounts: [.hours: 2]))) == #""PT2H""#)
        #expect(v(.duration(DurationValue(amounts: [.years: 24]))) == #""P24Y""#)
        #expect(v(.official(name: "Ada Brennock", title: "harbour master")) == #"{"name":"Ada Brennock","title":"harbour master"}"#)
        #expect(v(.quote(text: "We rebuild", speaker: nil)) == #"{"speaker":null,"text":"We rebuild"}"#)
        #expect(v(.name("Tomasz Quill")) == #""Tomasz Quill""#)
        #expect(v(.text("amber")) == #""amber""#)
    }

    @Test func findingCarriesEverythingTheMarkdownShows() throws {
        let report = ReportFixtures.full()
        let json = try JSONValue.parse(JSONRenderer().render(report))
        let f = json["findings"]!.arrayValue![2]
        #expect(f["id"] == .string("1122334455667788"))
        #expect(f["label"] == .string("reworded"))
        #expect(f["severity"] == .string("warning"))
        let claim = f["claims"]!.arrayValue![0]
        #expect(claim["file"] == .string("stories/marrowby/alpha.txt"))
        #expect(claim["line"] == .number(3))
        #expect(claim["column"] == .number(7))
        #expect(claim["outlet"] == .string("The Alpha Gazette"))
        #expect(claim["display"] == .string(report.findings[2].claims[0].value.display))
        #expect(claim["sentence"]?.stringValue?.hasPrefix("Officials said") == true)
        let parts = f["diffs"]!.arrayValue![0]["parts"]!.arrayValue!
        #expect(parts.map { $0["op"]!.stringValue! } == ["same", "removed", "same", "removed", "added", "same"])
        let timed = json["findings"]!.arrayValue![0]["claims"]!.arrayValue!
        #expect(timed.map { $0["published"] } == [.string("2031-03-14T09:05"), .string("2031-03-14T17:40")])
    }

    @Test func summaryCountsEverything() throws {
        let json = try JSONValue.parse(JSONRenderer().render(ReportFixtures.full()))
        let s = json["summary"]!
        #expect(s["sources"] == .number(3))
        #expect(s["claims"] == .number(28))
        #expect(s["findings"] == .number(6))
        #expect(s["bySeverity"] == .object(["error": .number(2), "warning": .number(1), "info": .number(3)]))
        #expect(s["shown"] == .number(6))
        #expect(s["corroborated"] == .number(3))
        #expect(s["singleSource"] == .number(4))
        #expect(s["excluded"] == .number(5))
        #expect(s["diagnostics"] == .number(2))
        #expect(s["suppressed"] == .number(0))
        #expect(s["minSeverity"] == .null)
    }
}

@Suite struct ExampleReportSchemaTests {
    /// Every JSON report shipped in `Reports/` (the example reports) is valid against the schema beside it.
    @Test func shippedExampleReportsValidate() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Reports")
        let schema = SchemaValidator(root: try ReportFixtures.schema())
        let files = try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { $0.hasSuffix(".json") && $0 != "report.schema.json" }.sorted()
        #expect(!files.isEmpty)
        for f in files {
            let text = try String(contentsOf: root.appendingPathComponent(f), encoding: .utf8)
            #expect(schema.validate(try JSONValue.parse(text)) == [], "\(f)")
        }
    }
}
