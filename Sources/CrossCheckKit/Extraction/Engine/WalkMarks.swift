/// Which instructions one ε-walk has visited, reset in O(1) between walks: a stamp per instruction and
/// the current walk's number (a fresh `[Bool]` per walk made building the closures quadratic in the
/// size of the whole program).
struct WalkMarks {
    private var stamps: [Int32]
    private var current: Int32 = 0

    init(count: Int) { stamps = Array(repeating: 0, count: count) }

    /// Starts a new walk: nothing is marked.
    mutating func next() {
        current &+= 1
        if current == 0 {  // wrapped: clear the stamps once
            for k in stamps.indices { stamps[k] = 0 }
            current = 1
        }
    }

    /// Marks `pc`; false when this walk had marked it already.
    mutating func mark(_ pc: Int) -> Bool {
        if stamps[pc] == current { return false }
        stamps[pc] = current
        return true
    }
}
