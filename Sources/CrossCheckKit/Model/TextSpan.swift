/// A half-open byte range `[start, end)` in a source's analysis text (`Source.text`).
///
/// Stored in 32 bits a side (input files are capped at 2 GiB): every claim, sentence and excluded
/// segment holds one, so its width counts in a large cluster.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    private var start32: Int32
    private var end32: Int32

    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(newValue) }
    }
    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(newValue) }
    }

    public init(start: Int, end: Int) {
        self.start32 = Int32(start)
        self.end32 = Int32(end)
    }

    public var length: Int { end - start }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool { (lhs.start32, lhs.end32) < (rhs.start32, rhs.end32) }

    private enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let start = try c.decode(Int.self, forKey: .start), end = try c.decode(Int.self, forKey: .end)
        guard let s = Int32(exactly: start) else {
            throw DecodingError.dataCorruptedError(forKey: .start, in: c, debugDescription: "offset \(start) is outside 32 bits")
        }
        guard let e = Int32(exactly: end) else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: c, debugDescription: "offset \(end) is outside 32 bits")
        }
        start32 = s
        end32 = e
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}
