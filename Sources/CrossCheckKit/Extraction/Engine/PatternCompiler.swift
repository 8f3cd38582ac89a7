/// Compiles pattern trees into the tables of one shared `Program` (`ProgramParts`; Thompson
/// construction): one entry and one `match` per rule, capture slots per rule, bounded repeats unrolled.
struct PatternCompiler {
    var program: ProgramParts
    private var slots = 0
    private var named: [String: Int] = [:]
    private var occurrences: [OccurrenceSlot] = []
    /// The start slots of the captures being emitted (`OccurrenceSlot.captures`).
    private var open: [Int] = []

    init(program: ProgramParts) { self.program = program }

    mutating func compile(_ node: PatternNode, rule: Int) {
        slots = 0
        named = [:]
        occurrences = []
        open = []
        program.ruleStart.append(program.instructions.count)
        emit(node)
        program.instructions.append(.match(rule))
        program.captureSizes.append(slots)
        program.namedSlots.append(named)
        program.occurrences.append(occurrences)
    }

    private var here: Int { program.instructions.count }

    private mutating func placeholder() -> Int {
        program.instructions.append(.jump(-1))
        return here - 1
    }

    private mutating func emit(_ node: PatternNode) {
        switch node {
        case .literal(let hashes, _):
            for h in hashes { program.instructions.append(.literal(h)) }
        case .tokenClass(let c):
            program.instructions.append(.tokenClass(c))
        case .recognizer(let name):
            let index = program.recognizerNames.firstIndex(of: name) ?? -1
            if index >= 0 { program.usesRecognizer[index] = true }
            occurrences.append(OccurrenceSlot(className: name, base: slots, isRecognizer: true, classIndex: index, captures: open))
            program.instructions.append(.recognizer(index: index, slot: slots))
            slots += 3
        case .lexicon(let name):
            let index = program.lexiconNames.firstIndex(of: name) ?? -1
            occurrences.append(OccurrenceSlot(className: name, base: slots, isRecognizer: false, classIndex: index, captures: open))
            program.instructions.append(index >= 0 ? .lexicon(index: index, slot: slots) : .recognizer(index: -1, slot: slots))
            slots += 3
        case .sequence(let items):
            for item in items { emit(item) }
        case .alternation(let branches):
            if let set = TokenSet(branches) {
                program.instructions.append(.tokenSet(program.tokenSets.count))
                program.tokenSets.append(set)
                return
            }
            var jumps: [Int] = []
            for (k, branch) in branches.enumerated() {
                if k < branches.count - 1 {
                    let split = placeholder()
                    emit(branch)
                    jumps.append(placeholder())
                    program.instructions[split] = .split(split + 1, here)
                } else {
                    emit(branch)
                }
            }
            for j in jumps { program.instructions[j] = .jump(here) }
        case .repetition(let inner, let min, let max):
            if let max {
                for _ in 0..<min { emit(inner) }
                // Nested optionals: x{1,3} = x (x (x)?)?
                var exits: [Int] = []
                for _ in 0..<(max - min) {
                    exits.append(placeholder())
                    emit(inner)
                }
                for e in exits { program.instructions[e] = .split(e + 1, here) }
            } else if min == 0 {
                let loop = placeholder()
                emit(inner)
                program.instructions.append(.jump(loop))
                program.instructions[loop] = .split(loop + 1, here)
            } else {
                for _ in 0..<(min - 1) { emit(inner) }
                let top = here
                emit(inner)
                program.instructions.append(.split(top, here + 1))
            }
        case .capture(let name, let inner):
            let base: Int
            if let b = named[name] {
                base = b
            } else {
                base = slots
                named[name] = base
                slots += 2
            }
            program.instructions.append(.save(base))
            open.append(base)
            emit(inner)
            open.removeLast()
            program.instructions.append(.save(base + 1))
        case .sentenceStart:
            program.instructions.append(.assertStart)
        case .sentenceEnd:
            program.instructions.append(.assertEnd)
        }
    }
}
