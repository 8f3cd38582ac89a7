/// Maps analysis-text offsets to original-file byte offsets, as a sorted list of runs:
/// analysis offsets from `runs[i].analysis` map to `runs[i].original + (offset - runs[i].analysis)`.
public struct OffsetMap: Sendable, Hashable {
    public struct Run: Sendable, Hashable {
        public var analysis: Int
        public var original: Int
        public init(analysis: Int, original: Int) {
            self.analysis = analysis
            self.original = original
        }
    }

    public private(set) var runs: [Run]

    public init(runs: [Run]) { self.runs = runs.isEmpty ? [Run(analysis: 0, original: 0)] : runs }

    public static let identity = OffsetMap(runs: [Run(analysis: 0, original: 0)])

    /// Appends a run; analysis offsets must be non-decreasing.
    public mutating func append(analysis: Int, original: Int) {
        if let last = runs.last, last.analysis == analysis { runs[runs.count - 1] = Run(analysis: analysis, original: original); return }
        if let last = runs.last, original - last.original == analysis - last.analysis { return }
        runs.append(Run(analysis: analysis, original: original))
    }

    public func original(_ offset: Int) -> Int {
        var lo = 0
        var hi = runs.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if runs[mid].analysis <= offset { lo = mid } else { hi = mid - 1 }
        }
        return runs[lo].original + (offset - runs[lo].analysis)
    }
}
