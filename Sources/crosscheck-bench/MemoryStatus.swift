import Foundation

/// Resident memory of this process from /proc/self/status (Linux), in bytes.
enum MemoryStatus {
    /// Current resident set (VmRSS).
    static var resident: Int? { field("VmRSS:") }
    /// Peak resident set since start or the last `resetPeak()` (VmHWM).
    static var peak: Int? { field("VmHWM:") }

    /// Resets VmHWM to the current resident size (writing 5 to /proc/self/clear_refs); false if not possible.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? h.close() }
        do { try h.write(contentsOf: Data("5".utf8)) } catch { return false }
        return true
    }

    private static func field(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
