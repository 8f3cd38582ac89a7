import Foundation
import Testing
@testable import CrossCheckKit

/// A scaling check, not a timed test: builds clusters of 10, 100 and 1,000 synthetic sources (one
/// base story varied per source) and prints how long alignment and comparison take. Runs only when
/// CROSSCHECK_SCALE is set: `CROSSCHECK_SCALE=1 swift test -c release -Xswiftc -enable-testing --filter ScalingCheck`.
@Suite struct ScalingCheckTests {
    static let vocabulary = ["harbour", "orchard", "granary", "foundry", "railway", "ferry", "quarry", "market", "chapel", "bakery",
                             "school", "library", "brewery", "mill", "tannery", "pier", "lighthouse", "garrison", "vineyard", "forge"]

    static func cluster(_ n: Int) -> AnalyzedCluster {
        var f = FixtureCluster()
        for i in 0..<n {
            let dead = i % 7 == 0 ? 43 : 40
            let home = i % 3 == 1 ? "house" : "home"
            let mayor = i % 11 == 0 ? "Ilse Marow" : "Ilse Marrow"
            var text = "Officials in Varnell said the storm left \(dead) dead and 212 injured on Monday night.\n\n"
            text += "The 31-storey tower, built in 1987, lost its roof and part of its western wall.\n\n"
            text += "“We will rebuild every \(home) before the winter comes,” said mayor \(mayor) at the town hall.\n\n"
            for k in 0..<12 {
                let w1 = vocabulary[(i * 7 + k) % vocabulary.count], w2 = vocabulary[(i * 3 + k * 5) % vocabulary.count]
                text += "Report \(i)-\(k): the \(w1) near the \(w2) counted \(i + k) visitors during the \(vocabulary[k]) week.\n\n"
            }
            let s = f.source("s\(i)", text, published: "2031-03-0\(1 + i % 3)T0\(i % 10):00")
            f.claim(s, "\(dead) dead", kind: "count", key: "dead", FixtureCluster.count(Double(dead)), compare: CompareSpec(rising: true))
            f.claim(s, "212 injured", kind: "count", key: "injured", FixtureCluster.count(212))
            f.claim(s, "31-storey", kind: "count", key: "storeys", FixtureCluster.count(31))
            f.claim(s, "1987", kind: "date", key: "date", .date(CalendarDate(year: 1987)))
            let quote = "We will rebuild every \(home) before the winter comes"
            f.claim(s, quote, kind: "quote", key: "quote", .quote(text: quote, speaker: "ilse marrow"))
            f.claim(s, mayor, kind: "name", key: mayor.lowercased(), .name(mayor.lowercased()))
            for k in 0..<12 { f.claim(s, "\(i + k) visitors", kind: "count", key: "visitors", FixtureCluster.count(Double(i + k))) }
        }
        return f.analyzed()
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["CROSSCHECK_SCALE"] != nil))
    func scaling() {
        var previous: Double?
        for n in [10, 100, 1000] {
            let analyzed = ScalingCheckTests.cluster(n)
            let t0 = Date()
            let groups = Aligner().align(analyzed)
            let t1 = Date()
            let result = Comparator().compare(groups, in: analyzed)
            let t2 = Date()
            let total = t2.timeIntervalSince(t0)
            let ratio = previous.map { String(format: " (×%.1f for ×10 sources)", total / $0) } ?? ""
            print(String(format: "scaling: %5d sources, %6d claims: align %.3f s, compare %.3f s, total %.3f s%@; %d groups, %d findings",
                         n, analyzed.claims.count, t1.timeIntervalSince(t0), t2.timeIntervalSince(t1), total, ratio, groups.count, result.findings.count))
            previous = total
            #expect(!groups.isEmpty)
        }
    }
}
