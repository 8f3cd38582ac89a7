import Foundation
import Testing
@testable import CrossCheckKit

/// Acceptance on the seed cluster, when it is present (`../shared/clusters/putin-pyongyang`).
/// Asserts on names, titles and counts only: no article text is copied here.
@Suite struct SeedClusterPeopleTests {
    static let folder = URL(fileURLWithPath: SharedData.seedCluster)

    static var present: Bool { SharedData.seedClusterPresent }

    /// The context a real run gives the recognizers: the shipped lexicons.
    static func context() -> RecognizerContext {
        RecognizerContext(lexicons: (try? RuleSet.builtin())?.lexicons ?? Lexicons())
    }

    func sources() throws -> [(String, SegmentedText)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { f in
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(f))
            return (String(f.prefix(3)), Segmenter().segment(Array(data)))
        }
    }

    @Test(.enabled(if: SeedClusterPeopleTests.present, "needs ../shared/clusters/putin-pyongyang")) func officialsCarryTheirTitles() throws {
        var titles: [String: Set<String>] = [:]
        for (_, text) in try sources() {
            for r in OfficialRecognizer().recognize(text, context: Self.context()) {
                if case .official(let name, let title) = r.value, let surname = PersonName.parts(name).last {
                    titles[surname, default: []].insert(title)
                }
            }
        }
        #expect(titles["Ushakov"] == ["foreign policy adviser", "official"])
        #expect(titles["Lavrov"] == ["foreign minister"])
        #expect(titles["Belousov"] == ["defense minister"])
        #expect(titles["Blinken"] == ["secretary of state"])
        #expect(titles["Stoltenberg"] == ["secretary general"])
        #expect(titles["Kirby"] == ["national security council spokesperson"])
        #expect(titles["Easley"] == ["professor of international studies"])
        #expect(titles["Lee"] == ["analyst"])
        #expect(titles["In-bum"] == ["former special forces commander"]) // Chun In-bum: family name first
    }

    @Test(.enabled(if: SeedClusterPeopleTests.present, "needs ../shared/clusters/putin-pyongyang")) func kimHasOneKeyAcrossSpellings() throws {
        var keysBySource: [String: Set<String>] = [:]
        var surfaces = Set<String>()
        for (id, text) in try sources() {
            for r in PersonRecognizer().recognize(text, context: Self.context()) {
                guard case .name(let n) = r.value, n.hasPrefix("Kim Jong") else { continue }
                keysBySource[id, default: []].insert(PersonName.key(n))
                surfaces.insert(r.attributes["surface"] ?? "")
            }
        }
        #expect(Set(keysBySource.values.flatMap { $0 }) == ["kimjongun"])
        #expect(keysBySource.count == 5)
        #expect(surfaces.contains("Kim Jong Un") && surfaces.contains("Kim Jong-un"))
    }

    @Test(.enabled(if: SeedClusterPeopleTests.present, "needs ../shared/clusters/putin-pyongyang")) func longQuotesHaveSpeakers() throws {
        var unattributed: [String: Int] = [:]
        var long: [String: Int] = [:]
        var speakers = Set<String>()
        for (id, text) in try sources() {
            for r in QuoteRecognizer().recognize(text, context: Self.context()) {
                guard case .quote(_, let speaker) = r.value, Int(r.attributes["words"] ?? "0")! >= 4 else { continue }
                long[id, default: 0] += 1
                if let s = speaker { speakers.insert(s) } else { unattributed[id, default: 0] += 1 }
            }
        }
        // Each file's long quotations; the only ones without a speaker are a section heading (000)
        // and a banner's wording (003), where the text names none.
        #expect(long == ["000": 10, "001": 6, "002": 7, "003": 11, "004": 13])
        #expect(unattributed == ["000": 1, "003": 1])
        for name in ["Vladimir Putin", "Kim Jong Un", "Kim Jong-un", "Yuri Ushakov", "John Kirby", "Chun In-bum",
                     "Leif-Eric Easley", "Antony Blinken", "Jens Stoltenberg", "Rachel Minyoung Lee", "KCNA"] {
            #expect(speakers.contains(name), "no quote attributed to \(name)")
        }
    }
}
