/// Line starts of a byte buffer, for 1-based line and column lookups.
/// Columns count Unicode scalars from the line start, so they match what an editor shows.
public struct LineIndex: Sendable, Hashable {
    /// Line starts in 32 bits (input files are capped at 2 GiB): a source keeps its index to the end of
    /// a check, one entry per line.
    private var starts32: [UInt32]
    private let bytes: [UInt8]

    /// Byte offset of each line's start.
    public var starts: [Int] { starts32.map { Int($0) } }

    public init(_ bytes: [UInt8]) {
        // Counted first, so the array has room for exactly its lines.
        var lines = 1
        for b in bytes where b == 0x0A { lines += 1 }
        var starts: [UInt32] = [0]
        starts.reserveCapacity(lines)
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(UInt32(i + 1)) }
        self.starts32 = starts
        self.bytes = bytes
    }

    public func location(ofByte offset: Int) -> (line: Int, column: Int) {
        var lo = 0
        var hi = starts32.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(starts32[mid]) <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = Int(starts32[lo])
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        // `column` counted the scalars before `offset`, starting from 1.
        return (lo + 1, column)
    }

    public static func == (a: LineIndex, b: LineIndex) -> Bool { a.starts32 == b.starts32 }
    public func hash(into h: inout Hasher) { h.combine(starts32) }
}
