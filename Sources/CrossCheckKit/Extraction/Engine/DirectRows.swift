/// A `HashMap64` from token hashes to rows, laid out for a loop over every token of a text where most
/// tokens have no row: 4,096 slots indexed by `HashFilter64.bit` of the hash, each holding the one key
/// filed there and its row. A token's slot then answers with one multiply, one shift and two loads: an
/// empty slot, or one holding another key, means no row (no filter test, then a second hash and a
/// probe, for the tokens that pass the filter). A slot that two keys share is marked, and its tokens
/// are looked up in the map itself.
struct DirectRows: Sendable {
    /// Per slot: its key (when `rows` holds a row there).
    private let keys: [UInt64]
    /// Per slot: the row of `keys`' key, `DirectRows.empty`, or `DirectRows.shared`.
    private let rows: [Int32]
    private let map: HashMap64

    static let empty: Int32 = -1
    static let shared: Int32 = -2

    /// The table of `map` (whose values are all at least 0).
    init(_ map: HashMap64) {
        var keys = Array(repeating: UInt64(0), count: 4096)
        var rows = Array(repeating: DirectRows.empty, count: 4096)
        map.forEach { key, row in
            let s = HashFilter64.bit(key)
            if rows[s] == DirectRows.empty {
                keys[s] = key
                rows[s] = row
            } else {
                rows[s] = DirectRows.shared
            }
        }
        self.keys = keys
        self.rows = rows
        self.map = map
    }

    /// Calls `body` with the slots' keys and rows (4,096 each), for `row(_:_:_:)`.
    @inline(__always)
    func withSlots<R>(_ body: (UnsafePointer<UInt64>, UnsafePointer<Int32>) -> R) -> R {
        keys.withUnsafeBufferPointer { k in rows.withUnsafeBufferPointer { r in body(k.baseAddress!, r.baseAddress!) } }
    }

    /// The row of hash `h` (the map's `get`), or -1; `keys` and `rows` from `withSlots`.
    @inline(__always)
    func row(_ h: UInt64, _ keys: UnsafePointer<UInt64>, _ rows: UnsafePointer<Int32>) -> Int {
        let s = HashFilter64.bit(h)
        let row = rows[s]
        if keys[s] == h && row >= 0 { return Int(row) }
        guard row == DirectRows.shared else { return -1 }
        return map.get(h).map(Int.init) ?? -1
    }
}
