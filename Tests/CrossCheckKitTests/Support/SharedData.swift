import Foundation
import Testing

/// Where the real articles and peer specs live: `../shared` beside the project (they are read from
/// there, never copied in). `CROSSCHECK_SHARED` overrides the folder. Tests that need it are skipped,
/// visibly, when it is absent; CI sets `CROSSCHECK_REQUIRE_SHARED=1`, and then its absence fails the
/// run (`SharedDataTests`) instead of letting the acceptance tests pass by skipping.
enum SharedData {
    static let root: URL = {
        if let dir = ProcessInfo.processInfo.environment["CROSSCHECK_SHARED"], !dir.isEmpty {
            return URL(fileURLWithPath: dir)
        }
        // Tests/CrossCheckKitTests/Support/SharedData.swift → the project → its parent.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared")
    }()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static var seedCluster: String { path("clusters/putin-pyongyang") }
    static var seedClusterPresent: Bool { FileManager.default.fileExists(atPath: seedCluster + "/cluster.json") }
    static var peerSpecs: String { path("reference/recognizers-text") }
    static var peerSpecsPresent: Bool { FileManager.default.fileExists(atPath: peerSpecs) }

    static var required: Bool { ProcessInfo.processInfo.environment["CROSSCHECK_REQUIRE_SHARED"] == "1" }
}

@Suite struct SharedDataTests {
    @Test func presentWhenRequired() {
        #expect(!SharedData.required || SharedData.seedClusterPresent,
                "CROSSCHECK_REQUIRE_SHARED=1 but \(SharedData.seedCluster)/cluster.json is missing: the seed acceptance tests would be skipped")
        #expect(!SharedData.required || SharedData.peerSpecsPresent,
                "CROSSCHECK_REQUIRE_SHARED=1 but \(SharedData.peerSpecs) is missing: the peer-spec test would be skipped")
    }
}
