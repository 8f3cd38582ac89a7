import Foundation
import Testing

/// `crosscheck rules test|list`, `--rules` in `claims` and `check`, run through the built binary.
@Suite struct RulesCommandTests {
    let fixtures = "Tests/Fixtures/rules"

    @Test func rulesTestPassesAndFails() throws {
        let ok = try Binary.run(["rules", "test", "\(fixtures)/user/magnitude.json5"])
        #expect(ok.status == 0, "stdout: \(ok.stdout) stderr: \(ok.stderr)")
        #expect(ok.stdout.contains("PASS quake.magnitude (4 examples)"))
        #expect(ok.stdout.contains("1 rules, 1 passed, 0 failed"))

        let bad = try Binary.run(["rules", "test", "\(fixtures)/user"])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("FAIL quake.depth"))
        #expect(bad.stdout.contains("failing.json5:14: match example: expected value '53' from \"at a depth of 35 km\"; produced '35' «depth of 35 km» (key 'quake.depth')"))
        #expect(bad.stdout.contains("PASS quake.magnitude"))
    }

    @Test func invalidRuleFilesExitTwoWithEveryMistake() throws {
        let r = try Binary.run(["rules", "test", "\(fixtures)/mistakes.json5"])
        #expect(r.status == 2)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 11, "\(r.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("\(fixtures)/mistakes.json5:") && $0.contains(": error: ") })
        // check and claims validate rules before reading any text (the cluster path does not even exist).
        let c = try Binary.run(["check", "no/such/cluster", "--rules", "\(fixtures)/mistakes.json5"])
        #expect(c.status == 2)
        #expect(c.stderr.contains("mistakes.json5:12:17: error: pattern: unbalanced '('"))
        #expect(!c.stderr.contains("no/such/cluster"))
    }

    @Test func rulesList() throws {
        let r = try Binary.run(["rules", "list", "\(fixtures)/user/magnitude.json5"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("quake.magnitude\tmagnitude\tMagnitude of an earthquake\t\(fixtures)/user/magnitude.json5:6"))
        #expect(try Binary.run(["rules", "frobnicate"]).status == 2)
        #expect(try Binary.run(["rules", "list", "--no-default-rules"]).status == 2)
    }

    @Test func builtinRulesWorkFromAnyDirectory() throws {
        let here = try Binary.run(["rules", "list"])
        let elsewhere = try Binary.run(["rules", "list"], cwd: URL(fileURLWithPath: NSTemporaryDirectory()))
        #expect(here.status == 0 && elsewhere.status == 0, "\(elsewhere.stderr)")
        #expect(here.stdout == elsewhere.stdout)
        let test = try Binary.run(["rules", "test"], cwd: URL(fileURLWithPath: NSTemporaryDirectory()))
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
    }

    @Test func aUserRuleForANewKindShowsInClaims() throws {
        let r = try Binary.run(["claims", "\(fixtures)/quake", "--rules", "\(fixtures)/user/magnitude.json5", "--no-default-rules"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("coastal-post.txt:3:3\tmagnitude\tquake.magnitude\tmagnitude\t7.8\tmagnitude 7.8"), "\(r.stdout)")
        #expect(r.stdout.contains("valley-wire.txt:3:5\tmagnitude\tquake.magnitude\tmagnitude\t7.4\t7.4-magnitude"), "\(r.stdout)")
    }

    /// End to end through the comparison stage: the two magnitudes are reported as one disagreement
    /// on key "magnitude" in the JSON report.
    @Test func aUserRuleForANewKindIsCheckedAcrossSources() throws {
        let r = try Binary.run(["check", "\(fixtures)/quake", "--rules", "\(fixtures)/user/magnitude.json5", "--format", "json"])
        #expect(r.status == 1, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let magnitude = findings.filter { ($0["kind"] as? String) == "magnitude" && ($0["key"] as? String) == "magnitude" }
        #expect(magnitude.count == 1)
        let finding = try #require(magnitude.first)
        #expect(finding["severity"] as? String == "error")
        #expect(finding["rule"] as? String == "quake.magnitude")
        let claims = try #require(finding["claims"] as? [[String: Any]])
        let values = Set(claims.map { "\($0["value"] ?? "")" })
        #expect(values == ["7.8", "7.4"])
        #expect(Set(claims.compactMap { $0["text"] as? String }) == ["magnitude 7.8", "7.4-magnitude"])
    }
}
