import Testing
import CrossCheckKit

@Suite struct ReportFilterTests {
    let full = ReportFixtures.full()

    @Test func baselineSuppressesListedIdsOnly() {
        let baseline = Baseline(entries: [.init(id: "a1b2c3d4e5f60718"), .init(id: "99aa88bb77cc66dd"), .init(id: "not-there")])
        let r = ReportFilter(baseline: baseline).apply(full)
        #expect(r.findings.map(\.id) == ["0f1e2d3c4b5a6978", "1122334455667788", "5555666677778888", "abcdefabcdef0000"])
        #expect(r.suppressed == 2)
        #expect(r.baselined == 2)
        let s = ReportSummary(r)
        #expect(s.findings == 6)
        #expect(s.found(.error) == 2 && s.found(.info) == 3)
        #expect(s.shown == 4 && s.listed(.error) == 1 && s.listed(.info) == 2)
        #expect(s.belowMinSeverity == 0)
        // Corroborated and single-source claims are untouched.
        #expect(r.corroborated == full.corroborated && r.singleSource == full.singleSource)
    }

    @Test(arguments: [(Severity.error, 2), (.warning, 3), (.info, 6)])
    func minSeverityHidesLowerFindings(level: Severity, shown: Int) {
        let r = ReportFilter(minSeverity: level).apply(full)
        #expect(r.findings.count == shown)
        #expect(r.findings.allSatisfy { $0.severity >= level })
        #expect(r.suppressed == 6 - shown)
        #expect(r.baselined == 0)
        #expect(r.minSeverity == level)
        let s = ReportSummary(r)
        #expect(s.findings == 6 && s.belowMinSeverity == 6 - shown)
        #expect(s.bySeverity == [.error: 2, .warning: 1, .info: 3])
    }

    @Test func filtersComposeLikeOne() {
        let baseline = Baseline(entries: [.init(id: "a1b2c3d4e5f60718"), .init(id: "5555666677778888")])
        let once = ReportFilter(baseline: baseline, minSeverity: .warning).apply(full)
        let twice = ReportFilter(minSeverity: .warning).apply(ReportFilter(baseline: baseline).apply(full))
        #expect(once == twice)
        #expect(once.suppressed == 4 && once.baselined == 2)
        #expect(ReportSummary(once).belowMinSeverity == 2)
        #expect(ReportSummary(once).findings == 6)
    }

    @Test func noFilterChangesNothingButRecordsTotals() {
        let r = ReportFilter().apply(full)
        #expect(r.findings == full.findings)
        #expect(r.suppressed == 0)
        #expect(ReportSummary(r) == ReportSummary(full))
    }
}
