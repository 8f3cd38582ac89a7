import Foundation
import Testing
@testable import CrossCheckKit

/// The shipped rules: every example of every rule in `Rules/` passes, with the real recognizers and
/// lexicons; and the copy embedded at build time is the current `Rules/` folder.
@Suite struct ShippedRulesTests {
    static let rulesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")

    @Test func everyShippedRuleExamplePasses() throws {
        let set = try RuleSet.builtin()
        let results = RuleTester(rules: set).run()
        for r in results where !r.passed {
            for f in r.failures { Issue.record("\(r.rule) (\(r.file):\(f.example.line)): \(f.message)") }
        }
        #expect(results.count == set.rules.count)
        #expect(set.rules.allSatisfy { !$0.examples.match.isEmpty && !$0.examples.noMatch.isEmpty })
    }

    @Test func embeddedRulesAreTheRulesFolder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.rulesFolder.path).filter { $0.hasSuffix(".json5") }.sorted()
        #expect(EmbeddedRules.files.map(\.name).sorted() == names)
        for f in EmbeddedRules.files {
            let onDisk = try String(contentsOf: Self.rulesFolder.appendingPathComponent(f.name), encoding: .utf8)
            #expect(f.contents == onDisk.replacingOccurrences(of: "\r\n", with: "\n"), "embedded \(f.name) differs from Rules/\(f.name)")
        }
    }

    @Test func builtinRulesLoadFromDiskTheSameWay() throws {
        let builtin = try RuleSet.builtin()
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.rulesFolder.path).filter { $0.hasSuffix(".json5") }
        guard !files.isEmpty else {
            #expect(builtin.rules.isEmpty)
            return
        }
        let fromDisk = try RuleSet.load(paths: [Self.rulesFolder.path], includeBuiltin: false)
        #expect(fromDisk.rules.map(\.id) == builtin.rules.map(\.id))
    }
}
