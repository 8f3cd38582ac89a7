/// A list of plain values in a buffer it keeps: `count` elements (slots past it are stale), so clearing
/// it is one store. The buffer is a reference and is never copied: a copy of the list shares it (the
/// VM lends its thread lists to `run` and takes them back), and appending writes through a pointer,
/// with no uniqueness check or bounds check (the capacity test grows the buffer when full). The VM's
/// per-sentence lists use it because an array's `removeAll(keepingCapacity:)` is a call of a hundred
/// instructions or more, paid per sentence.
///
/// Nothing is checked: `count` may only be lowered (to empty the list or drop its last elements), and
/// the subscript's index must be below `count`.
struct ScratchList<Element: BitwiseCopyable> {
    private var storage: ManagedBuffer<Void, Element>
    /// `storage`'s elements: valid while the list holds `storage` (reading and writing through it
    /// costs one load or store, with no call into the buffer). The pointer is kept past the closure
    /// that gave it: a `ManagedBuffer`'s elements live inside its heap object, which never moves
    /// while referenced, and `Element` is plain data (nothing to deinitialize when the buffer goes).
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    var count = 0

    init(capacity: Int = 16) {
        storage = ManagedBuffer<Void, Element>.create(minimumCapacity: max(capacity, 16)) { _ in () }
        base = storage.withUnsafeMutablePointerToElements { $0 }
        self.capacity = max(capacity, 16)
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    mutating func append(_ e: Element) {
        if count == capacity { grow() }
        base[count] = e
        count += 1
    }

    /// Twice the room, the elements kept.
    private mutating func grow() {
        let bigger = ManagedBuffer<Void, Element>.create(minimumCapacity: 2 * capacity) { _ in () }
        let to = bigger.withUnsafeMutablePointerToElements { $0 }
        to.initialize(from: base, count: count)
        storage = bigger
        base = to
        capacity *= 2
    }

    @inline(__always)
    subscript(k: Int) -> Element {
        get { base[k] }
        nonmutating set { base[k] = newValue }
    }
}
