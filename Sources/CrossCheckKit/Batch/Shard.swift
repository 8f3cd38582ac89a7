/// One of `count` disjoint parts of a batch input, chosen by a stable hash of the cluster id
/// (FNV-1a 64 of its UTF-8 bytes in Unicode normalization form C, the same on every machine and every
/// run), so N processes given the same input, or the same records in any split, each keep a disjoint
/// set of whole clusters. (NFC because records belong to one cluster when their ids compare equal as
/// Strings, which holds for canonically equivalent spellings: both must land in the same shard.)
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// `index` in `0..<count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 0, index < count else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses "K/N" (e.g. "0/4").
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    public static let all = Shard(index: 0, count: 1)!

    public var description: String { "\(index)/\(count)" }

    /// Whether this shard handles the cluster with this id.
    public func contains(cluster id: String) -> Bool {
        Int(Shard.stableHash(id) % UInt64(count)) == index
    }

    /// Records that name no cluster (a line that is not JSON) are reported by shard 0 only, so the
    /// merged output of all shards has each of them once.
    public var reportsUnattributedErrors: Bool { index == 0 }

    /// FNV-1a 64 over the UTF-8 bytes of `id` in NFC (never Swift's per-process seeded `Hasher`).
    public static func stableHash(_ id: String) -> UInt64 {
        StableHash.canonical(id)
    }
}
