import CrossCheckKit
import Foundation

/// Refuses an `--output` path that would change the inputs of the run: one of the input files (the
/// report would replace it), or a source-type file inside an input folder (the next run would read the
/// report as one more source). Inputs are never modified.
enum OutputGuard {
    static func check(output: String?, inputs: [String]) throws {
        guard let output else { return }
        let target = resolved(output)
        for input in inputs where input != "-" {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else { continue }
            let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            if isDir.boolValue {
                let folder = source.hasSuffix("/") ? source : source + "/"
                if target.hasPrefix(folder), SourceFormat(fileName: (target as NSString).lastPathComponent) != nil {
                    throw OutputError(path: output, message: "is inside the input folder \(input), where the next run would read the report as a source; write it elsewhere")
                }
            } else if target == source {
                throw OutputError(path: output, message: "is one of the inputs; writing the report would replace it; write it elsewhere")
            }
        }
    }

    /// The absolute path with symbolic links in its folder resolved (the file itself may not exist yet).
    private static func resolved(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.path) { return url.resolvingSymlinksInPath().path }
        return url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent).path
    }
}
