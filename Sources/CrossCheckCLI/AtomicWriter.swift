import Foundation

/// Writes a file atomically: a temporary file beside it, then a rename, so a reader never sees half a report.
enum AtomicWriter {
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: tmp)
            if FileManager.default.fileExists(atPath: url.path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: tmp)
            } else {
                try FileManager.default.moveItem(at: tmp, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw InputErrorWrapper(path: path, message: "cannot write output: \(error.localizedDescription)")
        }
    }
}

struct InputErrorWrapper: Error {
    var path: String
    var message: String
}
