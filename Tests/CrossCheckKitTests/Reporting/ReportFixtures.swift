import Foundation
import CrossCheckKit

/// Hand-built reports about a fictional story (a ferry fire at Marrowby harbour, written for these
/// tests), covering every `ClaimValue` kind, every excluded reason, diagnostics with and without
/// positions, and text that needs escaping in JSON and Markdown.
enum ReportFixtures {
    static let published1 = PublishedTime(date: CalendarDate(year: 2031, month: 3, day: 14), minuteOfDay: 9 * 60 + 5)
    static let published2 = PublishedTime(date: CalendarDate(year: 2031, month: 3, day: 14), minuteOfDay: 17 * 60 + 40)

    static func evidence(_ source: String, _ value: ClaimValue, text: String, line: Int = 3, column: Int = 7,
                         rule: String = "test.rule", outlet: String? = nil, published: PublishedTime? = nil) -> Evidence {
        Evidence(source: source, file: "stories/marrowby/\(source).txt", outlet: outlet ?? "The \(source.capitalized) Gazette",
                 published: published, line: line, column: column, text: text, value: value,
                 sentence: "Officials said \(text) on the quay.", rule: rule)
    }

    /// A finding per severity and value kind, plus corroborations, single-source claims, excluded segments.
    static func full() -> Report {
        let q1 = ClaimValue.quantity(Quantity.exact(398, of: "passengers"))
        let q2 = ClaimValue.quantity(Quantity(min: 380, max: nil, of: "passengers", lowerOpen: true))
        let q3 = ClaimValue.quantity(Quantity(min: nil, max: 900, unit: "tonnes", approximate: true))
        let q4 = ClaimValue.quantity(Quantity(min: 24966.218, max: 24966.218, unit: "USD", suspect: "comma before six digits"))
        let q5 = ClaimValue.quantity(Quantity(min: 0.00001, max: 1.5e20, unit: "percent"))
        let d1 = ClaimValue.date(CalendarDate(year: 2031, month: 3, day: 12))
        let d2 = ClaimValue.date(CalendarDate(year: 2031, month: 3))
        let d3 = ClaimValue.date(CalendarDate(year: 2030))
        let t1 = ClaimValue.time(TimeValue(date: CalendarDate(year: 2031, month: 3, day: 12), hour: 21, minute: 59))
        let t2 = ClaimValue.time(TimeValue(hour: 22, zone: "GMT+1", approximate: true))
        let du1 = ClaimValue.duration(DurationValue(amounts: [.hours: 2]))
        let du2 = ClaimValue.duration(DurationValue(amounts: [.years: 24], approximate: true))
        let o1 = ClaimValue.official(name: "Ada Brennock", title: "harbour master")
        let o2 = ClaimValue.official(name: "Ada Brennock", title: "deputy mayor")
        let n1 = ClaimValue.name("Tomasz Quill")
        let qt1 = ClaimValue.quote(text: "We will rebuild the north pier within the year", speaker: "Ada Brennock")
        let qt2 = ClaimValue.quote(text: "We will rebuild the pier this year", speaker: nil)
        let tx = ClaimValue.text("green | amber \"alert\"\nlevel")

        let findings = [
            Finding(id: "a1b2c3d4e5f60718", kind: "count", severity: .error, rule: "count.passengers", key: "passengers",
                    message: "The number of passengers differs: 398 in alpha, more than 380 in beta is compatible but 412 in gamma is not.",
                    label: "conflict",
                    claims: [evidence("alpha", q1, text: "398 passengers", published: published1),
                             evidence("beta", q2, text: "more than 380 passengers", published: published2)]),
            Finding(id: "0f1e2d3c4b5a6978", kind: "date", severity: .error, rule: "date.fire", key: "fire",
                    message: "The date of the fire differs: 12 March 2031 in alpha, 2030 in gamma.", label: "conflict",
                    claims: [evidence("alpha", d1, text: "on Wednesday"), evidence("gamma", d3, text: "last year")]),
            Finding(id: "1122334455667788", kind: "quote", severity: .warning, rule: "quote.any", key: "ada-brennock",
                    message: "Ada Brennock's quotation is reworded in beta.", label: "reworded",
                    claims: [evidence("alpha", qt1, text: "“We will rebuild the north pier within the year”"),
                             evidence("beta", qt2, text: "'We will rebuild the pier this year'")],
                    diffs: [WordDiff(from: "alpha", to: "beta", parts: [
                        .init(.same, "We will rebuild the"), .init(.removed, "north"), .init(.same, "pier"),
                        .init(.removed, "within the"), .init(.added, "this"), .init(.same, "year"),
                    ])]),
            Finding(id: "99aa88bb77cc66dd", kind: "official", severity: .info, rule: "official.title", key: "ada-brennock",
                    message: "Ada Brennock's title differs: harbour master in alpha, deputy mayor in gamma.", label: "compatible-titles",
                    claims: [evidence("alpha", o1, text: "harbour master Ada Brennock"), evidence("gamma", o2, text: "Deputy Mayor Ada Brennock")]),
            Finding(id: "5555666677778888", kind: "time", severity: .info, rule: "time.alarm", key: "alarm",
                    message: "The alarm time is stated at different precision.", label: "precision",
                    claims: [evidence("alpha", t1, text: "at 9.59pm on Wednesday"), evidence("beta", t2, text: "around 10pm local time")]),
            Finding(id: "abcdefabcdef0000", kind: "custom|kind", severity: .info, rule: "user.alert", key: "alert*level",
                    message: "The alert level text differs (`green` | *amber*).", label: "spelling",
                    claims: [evidence("alpha", tx, text: "green | amber"), evidence("beta", .text("amber"), text: "amber")]),
        ]
        let corroborated = [
            Corroboration(kind: "duration", key: "blaze", rule: "duration.blaze", value: du1,
                          claims: [evidence("alpha", du1, text: "two hours"), evidence("beta", du1, text: "2 hours")]),
            Corroboration(kind: "name", key: "tomasz-quill", rule: "name.person", value: n1,
                          claims: [evidence("alpha", n1, text: "Tomasz Quill"), evidence("gamma", n1, text: "Mr Quill")]),
            Corroboration(kind: "date", key: "inquiry", rule: "date.inquiry", value: d2,
                          claims: [evidence("beta", d2, text: "in March"), evidence("gamma", d2, text: "this month")]),
        ]
        let single = [
            Corroboration(kind: "quantity", key: "cargo", rule: "quantity.cargo", value: q3, claims: [evidence("gamma", q3, text: "nearly 900 tonnes")]),
            Corroboration(kind: "quantity", key: "damage", rule: "quantity.damage", value: q4, claims: [evidence("beta", q4, text: "$24,966218")]),
            Corroboration(kind: "quantity", key: "odds", rule: "quantity.odds", value: q5, claims: [evidence("alpha", q5, text: "odd")]),
            Corroboration(kind: "duration", key: "closure", rule: "duration.closure", value: du2, claims: [evidence("gamma", du2, text: "about 24 years")]),
        ]
        let excluded = [
            ExcludedEntry(source: "alpha", file: "stories/marrowby/alpha.txt", startLine: 1, endLine: 4, reason: .frontMatter, detail: "front matter", preview: "---"),
            ExcludedEntry(source: "alpha", file: "stories/marrowby/alpha.txt", startLine: 30, endLine: 30, reason: .repeatedLine, detail: "caption printed twice", preview: "The quay at dusk"),
            ExcludedEntry(source: "beta", file: "stories/marrowby/beta.txt", startLine: 40, endLine: 44, reason: .clutter, detail: "comment form", preview: "Leave a | reply"),
            ExcludedEntry(source: "gamma", file: "stories/marrowby/gamma.txt", startLine: 50, endLine: 71, reason: .offTopic, detail: "no shared vocabulary with the other sources", preview: "Cheese prices rose"),
            ExcludedEntry(source: "gamma", file: "stories/marrowby/gamma.txt", startLine: 2, endLine: 2, reason: .markup, detail: "navigation", preview: "<nav>"),
        ]
        let sources = [
            SourceInfo(id: "alpha", file: "stories/marrowby/alpha.txt", outlet: "The Alpha Gazette", published: published1, url: "https://alpha.example/fire (1)", claims: 12),
            SourceInfo(id: "beta", file: "stories/marrowby/beta.txt", outlet: "Beta | Daily", published: published2, url: nil, claims: 9),
            SourceInfo(id: "gamma", file: "stories/marrowby/gamma.txt", outlet: nil, published: nil, url: nil, claims: 7),
        ]
        let diagnostics = [
            Diagnostic(.warning, file: "stories/marrowby/gamma.txt", line: 12, column: 4, "invalid UTF-8 at byte 311, replaced"),
            Diagnostic(.warning, file: "stories/marrowby/notes.txt", "empty file skipped"),
        ]
        return Report(cluster: "marrowby-ferry-fire", sources: sources, findings: findings, corroborated: corroborated,
                      singleSource: single, excluded: excluded, diagnostics: diagnostics)
    }

    /// A report with nothing in it.
    static func empty() -> Report {
        Report(cluster: "empty", sources: [], findings: [], corroborated: [], singleSource: [], excluded: [], diagnostics: [])
    }

    /// The schema shipped in `Reports/`, parsed.
    static func schema() throws -> JSONValue {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("Reports/report.schema.json"))
        return try JSONValue.parse(String(decoding: data, as: UTF8.self))
    }
}
