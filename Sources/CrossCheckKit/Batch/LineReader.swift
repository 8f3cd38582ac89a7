import Foundation

/// Reads lines (split at `\n`, a trailing `\r` dropped) from a file handle through a fixed-size buffer,
/// so memory holds one chunk plus the current line, never the whole input. Also reads from bytes in
/// memory (tests, callers that already hold a shard).
public struct LineReader {
    private var handle: FileHandle?
    private var buffer: [UInt8]
    private var position = 0
    private var finished: Bool
    private let chunkSize: Int
    /// Set when reading failed (the lines before the failure were returned).
    public private(set) var readError: String?

    /// Reads from an open file handle (a file, a pipe, standard input) in chunks of `chunkSize` bytes.
    public init(handle: FileHandle, chunkSize: Int = 1 << 16) {
        self.handle = handle
        self.buffer = []
        self.finished = false
        self.chunkSize = max(1, chunkSize)
    }

    /// Reads from bytes already in memory.
    public init(bytes: [UInt8]) {
        self.handle = nil
        self.buffer = bytes
        self.finished = true
        self.chunkSize = 1
    }

    /// The next line without its line break, or nil at the end of the input. A last line without a
    /// trailing newline is returned too.
    public mutating func next() -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if position < buffer.count {
                let newline = buffer[position...].firstIndex(of: 0x0A)
                let end = newline ?? buffer.count
                line.append(contentsOf: buffer[position..<end])
                position = end
                if newline != nil {
                    position += 1
                    if line.last == 0x0D { line.removeLast() }
                    return line
                }
            }
            guard refill() else {
                if line.isEmpty { return nil }
                if line.last == 0x0D { line.removeLast() }
                return line
            }
        }
    }

    /// Replaces the consumed buffer with the next chunk; false at the end of the input. Uses read(2)
    /// on the descriptor, which returns what is available (a pipe's writer need not fill a chunk), so
    /// a record is processed as soon as its line is complete.
    private mutating func refill() -> Bool {
        guard !finished, let handle else { return false }
        if buffer.count != chunkSize { buffer = [UInt8](repeating: 0, count: chunkSize) }
        let fd = handle.fileDescriptor
        var count = 0
        while true {
            count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunkSize) }
            if count >= 0 || errno != EINTR { break }
        }
        if count < 0 {
            readError = String(cString: strerror(errno))
        }
        guard count > 0 else {
            finished = true
            buffer = []
            position = 0
            return false
        }
        if count < buffer.count { buffer.removeSubrange(count...) }
        position = 0
        return true
    }
}
