import Foundation

/// Where the benchmark finds its stories when no `--stories` is given: the project's `Examples/` and the
/// shared clusters beside the project (`../shared/clusters`). They are looked for from the package the
/// benchmark was built in (the folder above its `.build`, found from the executable's own path), so the
/// generated inputs, and so `--claims` and `--report` outputs, are the same from whatever folder it is run;
/// only a binary copied out of its package falls back to the working directory.
enum StoryRoots {
    /// The default roots that exist, as absolute paths when the package is found.
    static func defaults() -> [String] {
        let base = packageRoot().map { $0 + "/" } ?? ""
        return [base + "Examples", base + "../shared/clusters"]
            .map { ($0 as NSString).standardizingPath }
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// The nearest folder above the running executable that holds a `Package.swift` and an `Examples/`.
    static func packageRoot() -> String? {
        guard let exe = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        var dir = exe.deletingLastPathComponent()
        let fm = FileManager.default
        while dir.path != "/" && !dir.path.isEmpty {
            if fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path),
               fm.fileExists(atPath: dir.appendingPathComponent("Examples").path) {
                return dir.path
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }
}
