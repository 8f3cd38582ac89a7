/// What a thread must still find ahead in its sentence to reach its rule's `match`, per VM state, so
/// the VM drops a thread that cannot: a rule like `<event-verb> (<word> | <cap>){0,6} <date>` leaves a
/// thread in its gap after every event verb, stepping up to seven tokens, and most of those threads
/// die without a date near them.
///
/// At compile time, for each consuming state and each recognizer or lexicon *atom* its rule calls:
/// when every path from the state to the rule's `match` consumes that atom, the state *needs* it, at
/// most `distance` tokens ahead (the most tokens any path consumes before it; unbounded when a path
/// passes a loop or another multi-token step first). A state keeps the need with the shortest
/// distance. At run time a thread entering such a state at position `p` is dropped unless the atom
/// starts at some position in `p...p + distance` of the sentence (anywhere from `p` on when
/// unbounded). Such a thread could never record a match, and the state it leaves free at `p` would
/// lead any later thread to the same dead end. But its rule's pending match is then emitted sooner
/// (a thread that cannot match no longer holds it back), and in rare chains of overlapping candidates
/// that changes the matches: once a match is emitted, the threads that started inside it die at
/// once, so one of them no longer takes a state a later-starting thread needs, and a match the VM
/// used to miss (the caveat in Rules/README.md, "Matching semantics") is found. The answer is then
/// the leftmost-longest non-overlapping one (`AheadNeedsTests.aThreadThatCannotMatchNoLongerHidesALaterMatch`).
struct AheadNeeds: Sendable {
    /// Atom `a`: recognizer `atoms[a]` when >= 0, else lexicon `-1 - atoms[a]`.
    private(set) var atoms: [Int32] = []
    /// Per instruction: -1 (needs nothing), else `atom | distance << 8` (`unbounded` for no bound).
    private(set) var needs: [Int32] = []

    /// The distance that stands for "anywhere ahead in the sentence".
    static let unbounded: Int32 = 0xFFFF
    /// Atoms are numbered in 8 bits; rules past that many distinct atoms get no further needs.
    static let maxAtoms = 255

    init() {}

    init(instructions: [Instruction], ruleStart: [Int]) {
        let n = instructions.count
        needs = Array(repeating: -1, count: n)
        for r in ruleStart.indices {
            let lo = ruleStart[r], hi = r + 1 < ruleStart.count ? ruleStart[r + 1] : n
            // The rule's atoms, in instruction order.
            var ruleAtoms: [Int32] = []
            for pc in lo..<hi {
                if let a = AheadNeeds.atom(instructions[pc]), !ruleAtoms.contains(a) { ruleAtoms.append(a) }
            }
            var best = Array(repeating: (atom: Int32(-1), distance: Int32.max), count: hi - lo)
            for a in ruleAtoms {
                let free = AheadNeeds.reachesMatch(instructions, lo..<hi, avoiding: a)
                var memo = Array(repeating: Int32(-2), count: hi - lo)
                var onStack = Array(repeating: false, count: hi - lo)
                for pc in lo..<hi where AheadNeeds.isLeaf(instructions[pc]) && !free[pc - lo] {
                    // The state's own atom is checked by its step: a need names a later one.
                    if AheadNeeds.atom(instructions[pc]) == a { continue }
                    let d = AheadNeeds.distance(instructions, lo..<hi, from: pc, to: a, &memo, &onStack)
                    guard d >= 0, d < best[pc - lo].distance else { continue }
                    best[pc - lo] = (a, d)
                }
            }
            // (A lexicon's atom is negative: a state has a need when it has a distance.)
            for pc in lo..<hi where best[pc - lo].distance != Int32.max {
                let a = best[pc - lo].atom
                var k = atoms.firstIndex(of: a) ?? -1
                if k < 0 {
                    guard atoms.count < AheadNeeds.maxAtoms else { continue }
                    k = atoms.count
                    atoms.append(a)
                }
                needs[pc] = Int32(k) | min(best[pc - lo].distance, AheadNeeds.unbounded) << 8
            }
        }
    }

    /// The atom an instruction consumes (a recognizer this run has, or a lexicon), if any.
    private static func atom(_ ins: Instruction) -> Int32? {
        switch ins {
        case .recognizer(let i, _) where i >= 0: return Int32(i)
        case .lexicon(let i, _): return -1 - Int32(i)
        default: return nil
        }
    }

    /// Whether the VM keeps threads in the state (it consumes something).
    private static func isLeaf(_ ins: Instruction) -> Bool {
        switch ins {
        case .literal, .tokenClass, .tokenSet, .lexicon: return true
        case .recognizer(let i, _): return i >= 0
        default: return false
        }
    }

    /// Per instruction of `rule`: whether some path from it reaches `match` without consuming atom `a`
    /// (a least fixed point, so loops are handled).
    private static func reachesMatch(_ instructions: [Instruction], _ rule: Range<Int>, avoiding a: Int32) -> [Bool] {
        var free = Array(repeating: false, count: rule.count)
        func at(_ pc: Int) -> Bool { rule.contains(pc) && free[pc - rule.lowerBound] }
        var changed = true
        while changed {
            changed = false
            for pc in rule.reversed() where !free[pc - rule.lowerBound] {
                let ins = instructions[pc]
                var ok: Bool
                switch ins {
                case .match: ok = true
                case .split(let x, let y): ok = at(x) || at(y)
                case .jump(let x): ok = at(x)
                case .recognizer(let i, _) where i < 0: ok = false
                default: ok = atom(ins) != a && at(pc + 1)
                }
                if ok {
                    free[pc - rule.lowerBound] = true
                    changed = true
                }
            }
        }
        return free
    }

    /// The most tokens a path from `pc` consumes before it reaches a step of atom `a` (0 at such a
    /// step), `unbounded` past a loop or another multi-token step, -1 when no path reaches one.
    ///
    /// A depth-first search with `memo` and `onStack` (a state met again on the current path is a loop),
    /// run on an explicit stack in the order a recursive one would take (a split's `x` before its `y`,
    /// so memoized values come out the same): a rule's path may be up to `PatternParser.maxCompiledSize`
    /// states long, too deep to recurse on a small thread stack.
    private static func distance(_ instructions: [Instruction], _ rule: Range<Int>, from start: Int, to a: Int32,
                                 _ memo: inout [Int32], _ onStack: inout [Bool]) -> Int32 {
        func plus(_ w: Int32, _ d: Int32) -> Int32 { d < 0 ? -1 : min(unbounded, d == unbounded ? unbounded : d + w) }
        // A pending state: `partial` keeps a split's `x` result while its `y` is searched.
        var stack: [(pc: Int, partial: Int32, second: Bool)] = []
        var pc = start
        while true {
            // Enter `pc`: either its value is known now (`result`), or it is pushed and its first
            // successor entered next.
            var result: Int32
            if !rule.contains(pc) {
                result = -1
            } else if memo[pc - rule.lowerBound] != -2 {
                result = memo[pc - rule.lowerBound]
            } else if onStack[pc - rule.lowerBound] {
                // A loop: as far as it may go.
                result = unbounded
            } else {
                let k = pc - rule.lowerBound
                let ins = instructions[pc]
                var next = -1
                if atom(ins) == a {
                    result = 0
                } else {
                    switch ins {
                    case .match: result = -1
                    case .recognizer(let i, _) where i < 0: result = -1
                    case .split(let x, _), .jump(let x): result = 0; next = x
                    default: result = 0; next = pc + 1
                    }
                }
                if next < 0 {
                    memo[k] = result
                } else {
                    onStack[k] = true
                    stack.append((pc, 0, false))
                    pc = next
                    continue
                }
            }
            // Hand `result` back to the pending states, finishing each until one has a successor left.
            while let top = stack.last {
                let ins = instructions[top.pc]
                if case .split(_, let y) = ins, !top.second {
                    stack[stack.count - 1].partial = result
                    stack[stack.count - 1].second = true
                    pc = y
                    break
                }
                let d: Int32
                switch ins {
                case .split: d = max(top.partial, result)
                case .literal, .tokenClass, .tokenSet: d = plus(1, result)
                case .recognizer, .lexicon: d = plus(unbounded, result)
                default: d = result
                }
                let k = top.pc - rule.lowerBound
                onStack[k] = false
                memo[k] = d
                stack.removeLast()
                result = d
            }
            if stack.isEmpty { return result }
        }
    }
}
