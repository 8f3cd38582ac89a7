/// Room an `Extractor` reuses from source to source: the rule VM (its tables and thread lists sized
/// by the rules once, not per source), the recognition table's arrays and the extractor's own lists
/// (those a source holds from its first pass to its claims: per source of a batch, `room(_:)`).
///
/// Not `Sendable`: one scratch serves one thread at a time (each of `CrossCheck`'s workers has its
/// own). Any extractor can use any scratch: its VM is rebuilt when the extractor's compiled program
/// is another one (even from the same rules), and the other buffers are refilled per source.
/// Its properties are not checked for overlapping access at run time (`@exclusivity(unchecked)`):
/// only the extractor reaches them, one access at a time, many times per source, and each check is a
/// runtime call.
public final class ExtractionScratch {
    /// The VM of the last extractor that used the scratch (nil before the first use).
    @exclusivity(unchecked) var vm: PikeVM?
    @exclusivity(unchecked) var direct: [RuleMatch] = []
    @exclusivity(unchecked) var resume: [Int] = []
    /// Per source of a batch, the room it holds until its claims are made (`room(_:)`; the first serves
    /// single sources too). One per source of the largest batch served so far (`Extractor.batches(of:)`
    /// cuts batches of at most `Extractor.batchLimit.sources`).
    @exclusivity(unchecked) private var rooms: [SourceScratch] = [SourceScratch()]

    /// The claims of the source being extracted, in the order they are made: the first `claimCount` of
    /// `claimCapacity` entries at `claimBase` (none between sources: `takeClaims` moves them all out).
    /// Kept from source to source, so a source's claims are not grown into an array step by step, and
    /// the array returned has exactly their number.
    @exclusivity(unchecked) private var claimBase: UnsafeMutablePointer<Claim>?
    @exclusivity(unchecked) private var claimCapacity = 0
    @exclusivity(unchecked) private var claimCount = 0
    /// The most claims' room kept from one source to the next (a long article makes a few hundred).
    private static let keptClaimCapacity = 4096

    /// An empty scratch; its room grows with the first sources it serves.
    public init() {}

    deinit {
        claimBase?.deinitialize(count: claimCount)
        claimBase?.deallocate()
    }

    /// Adds a claim of the source being extracted.
    @inline(__always)
    func appendClaim(_ claim: consuming Claim) {
        if claimCount == claimCapacity {
            let capacity = max(16, 2 * claimCapacity)
            let room = UnsafeMutablePointer<Claim>.allocate(capacity: capacity)
            if let old = claimBase {
                room.moveInitialize(from: old, count: claimCount)
                old.deallocate()
            }
            claimBase = room
            claimCapacity = capacity
        }
        (claimBase! + claimCount).initialize(to: claim)
        claimCount += 1
    }

    /// The claims added since the last call, sorted (as `Array.sort(by:)` sorts) and moved out into an
    /// array of their number.
    /// (Inlined into the extractor: there the sort is specialized for its comparison, which otherwise
    /// is called through a context and copies both claims on every call.)
    @inline(__always)
    func takeClaims(sortedBy areInIncreasingOrder: (Claim, Claim) -> Bool) -> [Claim] {
        let n = claimCount
        guard n > 0, let base = claimBase else { return [] }
        var claims = UnsafeMutableBufferPointer(start: base, count: n)
        claims.sort(by: areInIncreasingOrder)
        claimCount = 0
        // (Moved out one by one into reserved room: `Array(unsafeUninitializedCapacity:)` is not
        // specialized and looks up the array's metadata on every call.)
        var out: [Claim] = []
        out.reserveCapacity(n)
        for k in 0..<n { out.append((base + k).move()) }
        // Room grown for an unusually large source is not kept for the rest of the run.
        if claimCapacity > Self.keptClaimCapacity {
            base.deallocate()
            claimBase = nil
            claimCapacity = 0
        }
        return out
    }

    /// The room of source `j` of a batch (made at its first use).
    @inline(__always)
    func room(_ j: Int) -> SourceScratch {
        while rooms.count <= j { rooms.append(SourceScratch()) }
        return rooms[j]
    }

    /// Makes `vm` a VM for `program` (the last one when it ran the same program).
    func prepareVM(for program: Program) {
        if vm?.program !== program { vm = PikeVM(program: program) }
    }
}
