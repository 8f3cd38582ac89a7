/// Line starts of a byte buffer, for 1-based line and column lookups.
/// Columns count Unicode scalars from the line start, so they match what an editor shows.
public struct LineIndex: Sendable, Hashable {
    /// Line starts in 32 bits (input files are capped at 2 GiB): a source keeps its index to the end of
    /// a check, one entry per line.
    private var starts32: [UInt32]
    private let bytes: [UInt8]
    /// Column checkpoints inside long lines: every `checkpointStride` bytes of a line longer than that,
    /// the byte offset (`checkpointOffsets`, ascending) and the number of scalars from its line's start
    /// to it (`checkpointScalars`). A lookup counts from the nearest checkpoint, so it reads at most a
    /// stride of bytes however long the line: a source written as one 5 MB line is not quadratic in its
    /// claims' locations.
    private let checkpointOffsets: [UInt32]
    private let checkpointScalars: [UInt32]
    static let checkpointStride = 4096

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
        (checkpointOffsets, checkpointScalars) = Self.checkpoints(bytes, lineStarts: starts)
    }

    /// The checkpoints of every line longer than a stride (none in ordinary text: one pass over the
    /// line starts).
    private static func checkpoints(_ bytes: [UInt8], lineStarts: [UInt32]) -> ([UInt32], [UInt32]) {
        var offsets: [UInt32] = [], scalars: [UInt32] = []
        let stride = checkpointStride
        bytes.withUnsafeBufferPointer { b in
            for (k, s) in lineStarts.enumerated() {
                let start = Int(s)
                let end = k + 1 < lineStarts.count ? Int(lineStarts[k + 1]) : b.count
                guard end - start > stride else { continue }
                var count: UInt32 = 0
                var next = start + stride
                for i in start..<end {
                    if i == next {
                        offsets.append(UInt32(i))
                        scalars.append(count)
                        next += stride
                    }
                    if b[i] & 0xC0 != 0x80 { count += 1 }
                }
            }
        }
        return (offsets, scalars)
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
        // Start from the last checkpoint at or before `end` when it lies in this line.
        if !checkpointOffsets.isEmpty && end - i > Self.checkpointStride {
            var a = 0, z = checkpointOffsets.count
            while a < z {
                let mid = (a + z) / 2
                if Int(checkpointOffsets[mid]) <= end { a = mid + 1 } else { z = mid }
            }
            if a > 0 && Int(checkpointOffsets[a - 1]) > i {
                column += Int(checkpointScalars[a - 1])
                i = Int(checkpointOffsets[a - 1])
            }
        }
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
