import Foundation

/// Paths of the loading fixtures and throw-away folders for bad-input tests.
enum LoadingFixtures {
    /// `Tests/Fixtures/loading`.
    static let root: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/loading").path
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    /// A fresh temporary folder holding `files` (name → bytes).
    static func folder(_ files: [String: [UInt8]]) throws -> String {
        let dir = NSTemporaryDirectory() + "crosscheck-loading-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, bytes) in files {
            try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        return dir
    }

    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// A short fictional article, different for each `n`.
    static func article(_ n: Int) -> [UInt8] {
        text("The Larkspur Viaduct reopened on Tuesday, report number \(n) said.\n\nAbout 3,200 vehicles crossed it in the first hour.\n")
    }
}
