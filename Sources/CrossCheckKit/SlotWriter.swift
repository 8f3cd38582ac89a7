/// Writes results into a preallocated buffer; each index is written by exactly one worker, and the
/// buffer outlives the concurrent loop (`concurrentPerform` returns only when every worker is done).
struct SlotWriter<Value>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Value>

    func write(_ value: Value, at index: Int) {
        (base + index).pointee = value
    }

    /// Changes the value at `index` in place (only the worker owning the index may call it).
    func update(at index: Int, _ body: (inout Value) -> Void) {
        body(&(base + index).pointee)
    }
}
