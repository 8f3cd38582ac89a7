/// The automaton of a `Program` in the form `PikeVM` runs it: flat per-instruction tables for the
/// states that consume a token (or end a rule), and every ε-closure computed once at compile time.
///
/// A thread enters the automaton at a rule's entry or just after a consuming instruction. From
/// there, splits, jumps, saves and anchors lead without consuming to a list of *leaves* (consuming
/// instructions and `match`es). `closure(root)` lists them in the order the VM's depth-first ε-walk
/// reaches them (first branch of a split first, each state once), each with the capture slots the
/// path to it saves (all set to the current position). At run time the VM walks that list and skips
/// leaves another thread already took at this position: this gives the same threads, order and
/// captures as walking the ε-edges, because every state reachable from a taken state is taken too.
/// Closures that pass an anchor (`^`, `$`) exist in four variants (at sentence start, at sentence end).
struct VMCode: Sendable {
    /// Leaf kinds.
    static let literal: UInt8 = 0
    static let tokenClass: UInt8 = 1
    static let recognizer: UInt8 = 2
    static let lexicon: UInt8 = 3
    static let match: UInt8 = 4
    static let tokenSet: UInt8 = 6
    /// ε-instructions and recognizers this run does not have (never a leaf).
    static let other: UInt8 = 5

    /// Per instruction, what the VM reads of a state, in one place (one load and one bounds check
    /// instead of one per table).
    struct Step: Sendable {
        /// A literal's hash.
        var hash: UInt64
        /// A recognizer, lexicon or token set index, or the rule of a `match`.
        var arg: Int32
        /// The first occurrence slot of a recognizer or lexicon step.
        var slot: Int32
        /// The rule the instruction belongs to.
        var rule: Int32
        /// The first closure of an entry (-1: not an entry); anchored entries have four, selected by
        /// `variant(atStart:atEnd:)`.
        var entry: Int32
        /// Leaf kind.
        var op: UInt8
        /// The token class tested.
        var tokenClass: TokenClass
        var anchored: Bool
    }

    /// A closure leaf: its instruction, and its save set (0: saves nothing).
    struct Leaf: Sendable {
        var pc: Int32
        var saves: Int32
    }

    /// Per instruction: its step.
    private(set) var steps: [Step] = []
    /// Token set `k` (`arg` of a `tokenSet` step): hashes `setHashes[setHashStart[k]..<setHashStart[k + 1]]`
    /// and classes `setClasses[setClassStart[k]..<setClassStart[k + 1]]`, flat so a step retains nothing.
    private(set) var setHashStart: [Int32] = [0]
    private(set) var setHashes: [UInt64] = []
    private(set) var setClassStart: [Int32] = [0]
    private(set) var setClasses: [TokenClass] = []
    /// Closure `k` is leaves `closureStart[k]..<closureStart[k + 1]`.
    private(set) var closureStart: [Int32] = [0]
    private(set) var leaves: [Leaf] = []
    /// Save set `s` is slots `saveStart[s]..<saveStart[s + 1]`.
    private(set) var saveStart: [Int32] = [0, 0]
    private(set) var saveSlots: [Int32] = []
    /// The largest number of leaves one position can hold (each instruction at most once).
    private(set) var leafCount = 0

    init() {}

    init(instructions: [Instruction], ruleStart: [Int], tokenSets: [TokenSet] = []) {
        let n = instructions.count
        for set in tokenSets {
            setHashes += set.hashes
            setHashStart.append(Int32(setHashes.count))
            setClasses += set.classes
            setClassStart.append(Int32(setClasses.count))
        }
        // The steps' fields, table by table while they are worked out.
        var op = Array(repeating: VMCode.other, count: n)
        var arg = Array(repeating: Int32(0), count: n)
        var classes = Array(repeating: TokenClass.any, count: n)
        var slot = Array(repeating: Int32(0), count: n)
        var hash = Array(repeating: UInt64(0), count: n)
        var entry = Array(repeating: Int32(-1), count: n)
        var anchored = Array(repeating: false, count: n)
        var roots = ruleStart
        for (pc, ins) in instructions.enumerated() {
            switch ins {
            case .literal(let h):
                op[pc] = VMCode.literal
                hash[pc] = h
                roots.append(pc + 1)
            case .tokenClass(let c):
                op[pc] = VMCode.tokenClass
                classes[pc] = c
                roots.append(pc + 1)
            case .tokenSet(let k):
                op[pc] = VMCode.tokenSet
                arg[pc] = Int32(k)
                roots.append(pc + 1)
            case .recognizer(let i, let s) where i >= 0:
                op[pc] = VMCode.recognizer
                arg[pc] = Int32(i)
                slot[pc] = Int32(s)
                roots.append(pc + 1)
            case .lexicon(let i, let s):
                op[pc] = VMCode.lexicon
                arg[pc] = Int32(i)
                slot[pc] = Int32(s)
                roots.append(pc + 1)
            case .match(let r):
                op[pc] = VMCode.match
                arg[pc] = Int32(r)
            default:
                break
            }
            if op[pc] != VMCode.other { leafCount += 1 }
        }
        var saveSets: [[Int32]: Int32] = [[]: 0]
        var marks = WalkMarks(count: n)
        for root in roots where root < n && entry[root] < 0 {
            entry[root] = Int32(closureStart.count - 1)
            let plain = VMCode.walk(instructions, from: root, atStart: false, atEnd: false, marks: &marks)
            anchored[root] = plain.anchored
            let variants = plain.anchored
                ? (0..<4).map { VMCode.walk(instructions, from: root, atStart: $0 & 1 != 0, atEnd: $0 & 2 != 0, marks: &marks).leaves }
                : [plain.leaves]
            for variant in variants {
                for (pc, saves) in variant {
                    let set: Int32
                    if let s = saveSets[saves] {
                        set = s
                    } else {
                        set = Int32(saveStart.count - 1)
                        saveSets[saves] = set
                        saveSlots += saves
                        saveStart.append(Int32(saveSlots.count))
                    }
                    leaves.append(Leaf(pc: Int32(pc), saves: set))
                }
                closureStart.append(Int32(leaves.count))
            }
        }
        var rule = 0
        steps = (0..<n).map { pc in
            while rule + 1 < ruleStart.count && ruleStart[rule + 1] <= pc { rule += 1 }
            return Step(hash: hash[pc], arg: arg[pc], slot: slot[pc], rule: Int32(rule), entry: entry[pc], op: op[pc],
                        tokenClass: classes[pc], anchored: anchored[pc])
        }
    }

    /// How many closure leaves a rule's automaton may hold (all its closures together). Nested optional
    /// repeats make closures quadratic in the states (`((<word>?){0,50}){0,50}`: millions of leaves, hundreds
    /// of megabytes); the rule is refused before that (`PatternParser`), with this limit in its message.
    static let maxLeavesPerRule = 250_000

    /// The total closure leaves of one pattern compiled alone, or nil once it passes `limit` (the count
    /// stops there, so checking costs at most about `limit` steps).
    static func leafCount(of node: PatternNode, limit: Int = maxLeavesPerRule) -> Int? {
        // Every recognizer the pattern names counts as present (a missing one would hide its leaves).
        var program = ProgramParts()
        func names(_ n: PatternNode) {
            switch n {
            case .recognizer(let name): if !program.recognizerNames.contains(name) { program.recognizerNames.append(name) }
            case .sequence(let items), .alternation(let items): items.forEach(names)
            case .repetition(let inner, _, _), .capture(_, let inner): names(inner)
            default: break
            }
        }
        names(node)
        program.usesRecognizer = Array(repeating: false, count: program.recognizerNames.count)
        var compiler = PatternCompiler(program: program)
        compiler.compile(node, rule: 0)
        let instructions = compiler.program.instructions
        var roots = [0]
        for (pc, ins) in instructions.enumerated() {
            switch ins {
            case .literal, .tokenClass, .tokenSet, .recognizer, .lexicon: roots.append(pc + 1)
            default: break
            }
        }
        var marks = WalkMarks(count: instructions.count)
        var total = 0
        var done = Set<Int>()
        for root in roots where root < instructions.count && done.insert(root).inserted {
            let plain = walk(instructions, from: root, atStart: false, atEnd: false, marks: &marks)
            total += plain.leaves.count * (plain.anchored ? 4 : 1)
            if total > limit { return nil }
        }
        return total
    }

    /// Which of an anchored entry's four closures applies.
    @inline(__always)
    static func variant(atStart: Bool, atEnd: Bool) -> Int32 {
        (atStart ? 1 : 0) | (atEnd ? 2 : 0)
    }

    /// The ε-walk of the VM from `root` with nothing taken yet: the leaves in the order it reaches
    /// them, each with the sorted capture slots saved on the way; and whether an anchor was passed.
    private static func walk(_ instructions: [Instruction], from root: Int, atStart: Bool, atEnd: Bool, marks: inout WalkMarks)
        -> (leaves: [(pc: Int, saves: [Int32])], anchored: Bool) {
        var leaves: [(pc: Int, saves: [Int32])] = []
        var anchored = false
        marks.next()
        var stack: [(pc: Int, saves: [Int32])] = [(root, [])]
        while let (pc, saves) = stack.popLast() {
            if !marks.mark(pc) { continue }
            switch instructions[pc] {
            case .jump(let to):
                stack.append((to, saves))
            case .split(let a, let b):
                stack.append((b, saves))
                stack.append((a, saves))
            case .save(let s):
                let slot = Int32(s)
                stack.append((pc + 1, saves.contains(slot) ? saves : (saves + [slot]).sorted()))
            case .assertStart:
                anchored = true
                if atStart { stack.append((pc + 1, saves)) }
            case .assertEnd:
                anchored = true
                if atEnd { stack.append((pc + 1, saves)) }
            case .recognizer(let i, _) where i < 0:
                continue
            default:
                leaves.append((pc, saves))
            }
        }
        return (leaves, anchored)
    }
}
