/// The claims of an analyzed cluster in order (by source, then as the extractor returns them),
/// stored as the per-source arrays extraction produced rather than one combined array: combining
/// them would hold every claim twice at the end of analysis, a cluster's largest moment.
///
/// Indexed like an array (0..<count); `claims[i]` is the i-th claim of the cluster.
public struct ClaimList: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// The stored arrays, in order (one per source when built by `CrossCheck.analyze`).
    private var parts: [[Claim]]
    /// Index of the first claim of each part, plus the total count at the end.
    private var starts: [Int]
    /// The part holding each claim (4 bytes a claim, so a subscript needs no search).
    private var partOf: [Int32]

    public init(_ claims: [Claim]) {
        self.init(parts: [claims])
    }

    public init(arrayLiteral elements: Claim...) {
        self.init(elements)
    }

    /// The concatenation of `parts`, kept as they are (not copied).
    public init(parts: [[Claim]]) {
        self.parts = parts
        var starts: [Int] = [0]
        starts.reserveCapacity(parts.count + 1)
        var partOf: [Int32] = []
        partOf.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for (p, part) in parts.enumerated() {
            starts.append(starts[p] + part.count)
            partOf.append(contentsOf: repeatElement(Int32(p), count: part.count))
        }
        self.starts = starts
        self.partOf = partOf
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { partOf.count }

    @inline(__always)
    public subscript(i: Int) -> Claim {
        let p = Int(partOf[i])
        return parts[p][i &- starts[p]]
    }

    /// The stored array holding claim `i`, and the claim's index in it.
    func position(of i: Int) -> (part: Int, offset: Int) {
        let p = Int(partOf[i])
        return (p, i &- starts[p])
    }

    /// Changes claim `i` in place (in its stored array, copied first only if shared).
    mutating func update(at i: Int, _ body: (inout Claim) -> Void) {
        let p = Int(partOf[i])
        body(&parts[p][i &- starts[p]])
    }

    /// Stored array `p` (the array itself, not a copy).
    func part(_ p: Int) -> [Claim] { parts[p] }

    public static func == (a: ClaimList, b: ClaimList) -> Bool {
        a.elementsEqual(b)
    }
}
