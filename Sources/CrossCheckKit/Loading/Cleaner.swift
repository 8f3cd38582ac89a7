/// Marks what is not article text as excluded: repeated lines, page clutter, off-topic blocks.
/// (First version: marks nothing.)
public struct Cleaner: Sendable {
    public init() {}

    public func clean(_ cluster: Cluster) -> Cluster { cluster }
}
