import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files atomically: everything goes to a temporary file beside the target, renamed into
/// place when complete, so a reader never sees half a report. Streaming (`stream`) keeps memory bounded
/// for long outputs such as batch runs.
enum AtomicWriter {
    static func write(_ text: String, to path: String) throws {
        try stream(to: path) { write in write(text) }
    }

    /// Calls `body` with a function that appends text to the temporary file; renames it into place when
    /// `body` returns. On any failure the temporary file is removed and the target is left as it was.
    static func stream<T>(to path: String, _ body: ((String) -> Void) -> T) throws -> T {
        try streamData(to: path) { write in
            withoutActuallyEscaping(write) { write in body { text in write(Data(text.utf8)) } }
        }
    }

    /// `stream` for bytes.
    static func streamData<T>(to path: String, _ body: ((Data) -> Void) -> T) throws -> T {
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: tmp.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: tmp.path) else {
            throw OutputError(path: path, message: "cannot write output (cannot create a temporary file beside it)")
        }
        var failure: Error?
        let result = body { data in
            guard failure == nil else { return }
            do { try handle.write(contentsOf: data) } catch { failure = error }
        }
        do {
            try handle.close()
            if let failure { throw failure }
            // rename(2) replaces an existing target atomically (FileManager.replaceItemAt on Linux
            // removes the target first and can fail half-way).
            if rename(tmp.path, url.path) != 0 {
                throw OutputError(path: path, message: "cannot write output: \(String(cString: strerror(errno)))")
            }
        } catch let error as OutputError {
            try? FileManager.default.removeItem(at: tmp)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw OutputError(path: path, message: "cannot write output: \(error.localizedDescription)")
        }
        return result
    }
}
