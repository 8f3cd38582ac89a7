/// Validates UTF-8 and replaces each maximal invalid subpart with U+FFFD (EF BF BD), keeping a map
/// from every repaired offset back to the original byte offset. Valid input is returned unchanged.
struct UTF8Repair: Sendable {
    /// The repaired bytes (valid UTF-8).
    var bytes: [UInt8]
    /// Repaired offset → offset in the input.
    var origin: OffsetMap
    /// Offset (in the input) of the first invalid byte, if any.
    var firstBadOffset: Int?
    /// How many replacement characters were inserted.
    var replacements: Int

    init(_ input: [UInt8]) {
        var out: [UInt8] = []
        var map = OffsetMap.identity
        var first: Int?
        var count = 0
        input.withUnsafeBufferPointer { buf in
            let n = buf.count
            var i = 0
            var copied = 0 // start of the pending valid run not yet copied
            while i < n {
                if buf[i] < 0x80 { i += 1; continue }
                let len = UTF8Repair.sequenceLength(buf, i, n)
                if len > 0 { i += len; continue }
                // Invalid subpart of -len bytes at i.
                if first == nil {
                    first = i
                    out.reserveCapacity(n + 16)
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[copied..<i]))
                let a = out.count
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                map.append(analysis: a, original: i)
                map.append(analysis: a + 1, original: i)
                map.append(analysis: a + 2, original: i)
                i += -len
                copied = i
                map.append(analysis: out.count, original: i)
                count += 1
            }
            if first != nil { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[copied..<n])) }
        }
        self.bytes = first == nil ? input : out
        self.origin = map
        self.firstBadOffset = first
        self.replacements = count
    }

    /// Length of the valid sequence at `i` (> 0), or minus the length of the maximal invalid subpart (< 0).
    @inline(__always)
    static func sequenceLength(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        let b = buf[i]
        var need: Int
        var lo: UInt8 = 0x80
        var hi: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return -1
        }
        var j = 1
        while j <= need {
            guard i + j < n else { return -j }
            let c = buf[i + j]
            if j == 1 { guard c >= lo && c <= hi else { return -1 } } else { guard c >= 0x80 && c <= 0xBF else { return -j } }
            j += 1
        }
        return need + 1
    }
}
