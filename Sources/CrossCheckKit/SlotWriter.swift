/// Writes results into a preallocated buffer; each index is written by exactly one worker, and the
/// buffer outlives the concurrent loop (`concurrentPerform` returns only when every worker is done).
struct SlotWriter: @unchecked Sendable {
    let base: UnsafeMutablePointer<(text: SegmentedText, claims: [Claim])?>

    func write(_ value: (text: SegmentedText, claims: [Claim]), at index: Int) {
        (base + index).pointee = value
    }
}
