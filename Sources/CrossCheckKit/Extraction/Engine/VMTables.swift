/// The read-only tables of a `Program` that `PikeVM`'s inner loops index (steps, closure leaves, needs,
/// start lists, save sets), copied once into memory this object owns and frees. The VM keeps this object (for
/// the memory's lifetime) and its `pointers` (a plain struct): a read is then one load, with no array
/// bounds check, no uniqueness check and no reference counting. Nothing is written after `init`, so
/// sharing it between threads is safe.
final class VMTables: @unchecked Sendable {
    struct Pointers {
        /// `VMCode.steps`, `VMCode.leaves`, `VMCode.closureStart`.
        let steps: UnsafePointer<VMCode.Step>
        let leaves: UnsafePointer<VMCode.Leaf>
        let closureStart: UnsafePointer<Int32>
        /// `AheadNeeds.needs`: per instruction.
        let needs: UnsafePointer<Int32>
        /// `Program.ruleStart`: per rule.
        let ruleStart: UnsafePointer<Int32>
        /// `StartIndex.listStart` and `StartIndex.rules`.
        let listStart: UnsafePointer<Int32>
        let listRules: UnsafePointer<Int32>
        /// `VMCode.saveStart` and `VMCode.saveSlots`.
        let saveStart: UnsafePointer<Int32>
        let saveSlots: UnsafePointer<Int32>
    }

    /// Valid as long as this object lives.
    let pointers: Pointers

    init(program: Program) {
        pointers = Pointers(steps: VMTables.copy(program.code.steps),
                            leaves: VMTables.copy(program.code.leaves),
                            closureStart: VMTables.copy(program.code.closureStart),
                            needs: VMTables.copy(program.needs.needs),
                            ruleStart: VMTables.copy(program.ruleStart.map { Int32($0) }),
                            listStart: VMTables.copy(program.starts.listStart),
                            listRules: VMTables.copy(program.starts.rules),
                            saveStart: VMTables.copy(program.code.saveStart),
                            saveSlots: VMTables.copy(program.code.saveSlots))
    }

    deinit {
        // Plain values: the memory is freed without deinitializing its elements.
        pointers.steps.deallocate()
        pointers.leaves.deallocate()
        pointers.closureStart.deallocate()
        pointers.needs.deallocate()
        pointers.ruleStart.deallocate()
        pointers.listStart.deallocate()
        pointers.listRules.deallocate()
        pointers.saveStart.deallocate()
        pointers.saveSlots.deallocate()
    }

    /// New memory holding a copy of `array` (room for one element when it is empty).
    private static func copy<T>(_ array: [T]) -> UnsafePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
        array.withUnsafeBufferPointer { from in
            if let base = from.baseAddress { p.initialize(from: base, count: from.count) }
        }
        return UnsafePointer(p)
    }
}
