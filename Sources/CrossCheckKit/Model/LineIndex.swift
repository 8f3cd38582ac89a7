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
        var starts: [UInt32] = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { b in
            for i in 0..<b.count where b[i] == 0x0A { starts.append(UInt32(i + 1)) }
        }
        // Kept for the whole check: no room left over from growing (one copy of 4 bytes a line).
        self.starts32 = starts.capacity > starts.count + starts.count / 8 ? AlignmentFeatures.exact(starts) : starts
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
