/// Runs every rule of a `Program` over one sentence at a time, in one left-to-right pass over the
/// tokens, without backtracking (a Pike VM). A thread is an automaton state plus the token where its
/// match started and its capture slots; at each token position each state holds at most one thread
/// (the one that started earliest), so the work per sentence is O(tokens × states) for any pattern.
/// Recognitions and lexicon entries span several tokens: such a step lands on a later position, so
/// threads waiting for a future position are kept per position.
///
/// Per rule, matches are leftmost-longest and non-overlapping: the earliest start wins, its longest
/// end is taken once no live thread can start at or before it, and the rule resumes after that end.
struct PikeVM {
    private struct Thread {
        var pc: Int32
        var start: Int32
        var captures: [Int32]
    }

    let program: Program
    let text: SegmentedText
    let recognitions: RecognitionTable

    private var seen: [Int32]
    private var generation: Int32 = 0
    private var stack: [(pc: Int, captures: [Int32])] = []
    private var lexiconHits: [(end: Int, entry: Int)] = []
    // Per-rule match state.
    private var minStart: [Int]
    private var best: [RuleMatch?]
    private var candidates: [[RuleMatch]]
    private var pendingRules: Set<Int> = []
    private var output: [RuleMatch] = []
    private var lo = 0
    private var hi = 0

    init(program: Program, text: SegmentedText, recognitions: RecognitionTable) {
        self.program = program
        self.text = text
        self.recognitions = recognitions
        seen = Array(repeating: -1, count: program.instructions.count)
        let n = program.ruleStart.count
        minStart = Array(repeating: 0, count: n)
        best = Array(repeating: nil, count: n)
        candidates = Array(repeating: [], count: n)
    }

    /// Every rule's matches in the sentence, as `RuleMatch`es (in no particular order).
    mutating func run(_ sentence: Range<Int>) -> [RuleMatch] {
        lo = sentence.lowerBound
        hi = sentence.upperBound
        output = []
        for r in minStart.indices { minStart[r] = lo }
        var current: [Thread] = []
        var next: [Thread] = []
        var future: [Int: [Thread]] = [:]
        text.text.withUnsafeBufferPointer { bytes in
            var p = lo
            while p <= hi {
                // Threads arriving at p: single-token steps from p-1, then multi-token steps, by start.
                var incoming = next
                next = []
                if let arriving = future.removeValue(forKey: p) {
                    incoming += arriving
                    incoming = incoming.enumerated().sorted { a, b in
                        a.element.start != b.element.start ? a.element.start < b.element.start : a.offset < b.offset
                    }.map(\.element)
                }
                generation &+= 1
                current.removeAll(keepingCapacity: true)
                for t in incoming where alive(Int(t.start), rule: ruleOf(t)) {
                    add(&current, pc: Int(t.pc), start: Int(t.start), captures: t.captures, at: p)
                }
                if p < hi { spawn(&current, at: p, bytes) }
                if !pendingRules.isEmpty { settle(current, future, final: p == hi && future.isEmpty) }
                if p == hi { break }
                // Step every thread over token p.
                let tok = text.tokens[p]
                for t in current {
                    let r = ruleOf(t)
                    guard alive(Int(t.start), rule: r) else { continue }
                    switch program.instructions[Int(t.pc)] {
                    case .literal(let h):
                        if tok.hash == h { next.append(Thread(pc: t.pc + 1, start: t.start, captures: t.captures)) }
                    case .tokenClass(let c):
                        if c.matches(tok, bytes) { next.append(Thread(pc: t.pc + 1, start: t.start, captures: t.captures)) }
                    case .recognizer(let i, let slot):
                        guard i >= 0, let list = recognitions.byStart[i][p] else { continue }
                        for k in list {
                            let end = recognitions.all[i][k].tokens.upperBound
                            guard end <= hi else { continue }
                            var caps = t.captures
                            caps[slot] = Int32(p)
                            caps[slot + 1] = Int32(end)
                            caps[slot + 2] = Int32(k)
                            let moved = Thread(pc: t.pc + 1, start: t.start, captures: caps)
                            if end == p + 1 { next.append(moved) } else { future[end, default: []].append(moved) }
                        }
                    case .lexicon(let i, let slot):
                        lexiconHits.removeAll(keepingCapacity: true)
                        program.tries[i].matches(text.tokens, from: p, limit: hi, into: &lexiconHits)
                        for (end, entry) in lexiconHits {
                            var caps = t.captures
                            caps[slot] = Int32(p)
                            caps[slot + 1] = Int32(end)
                            caps[slot + 2] = Int32(entry)
                            let moved = Thread(pc: t.pc + 1, start: t.start, captures: caps)
                            if end == p + 1 { next.append(moved) } else { future[end, default: []].append(moved) }
                        }
                    default:
                        break
                    }
                }
                p += 1
            }
        }
        // Whatever is still pending is final: no thread survives the sentence end.
        settle([], [:], final: true)
        for r in candidates.indices where !candidates[r].isEmpty { candidates[r] = [] }
        return output
    }

    // MARK: - Threads

    @inline(__always)
    private func ruleOf(_ t: Thread) -> Int { program.ruleOf[Int(t.pc)] }

    /// A thread is alive unless it started before the rule's resume point or strictly inside the
    /// rule's pending leftmost match (it can only produce an overlapping match).
    @inline(__always)
    private func alive(_ start: Int, rule r: Int) -> Bool {
        if start < minStart[r] { return false }
        if let b = best[r], b.start < start && start < b.end { return false }
        return true
    }

    /// New threads for every rule that can start at token p.
    private mutating func spawn(_ list: inout [Thread], at p: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let tok = text.tokens[p]
        if let rules = program.startsByLiteral[tok.hash] {
            for r in rules where alive(p, rule: r) {
                add(&list, pc: program.ruleStart[r], start: p, captures: program.emptyCaptures[r], at: p)
            }
        }
        for (r, filter) in program.otherStarts where alive(p, rule: r) {
            var ok = filter.literals.contains(tok.hash)
            if !ok { for c in filter.classes where c.matches(tok, bytes) { ok = true; break } }
            if !ok { for i in filter.recognizers where recognitions.starts(i, at: p) { ok = true; break } }
            if !ok { for i in filter.lexicons where program.tries[i].canStart(tok.hash) { ok = true; break } }
            if ok { add(&list, pc: program.ruleStart[r], start: p, captures: program.emptyCaptures[r], at: p) }
        }
    }

    /// Adds a thread and everything reachable from it without consuming a token (the ε-closure).
    /// A state already reached at this position is skipped: the first thread to reach it (the
    /// earliest start) keeps it.
    private mutating func add(_ list: inout [Thread], pc: Int, start: Int, captures: [Int32], at p: Int) {
        stack.append((pc, captures))
        while let (pc, caps) = stack.popLast() {
            if seen[pc] == generation { continue }
            seen[pc] = generation
            switch program.instructions[pc] {
            case .jump(let to):
                stack.append((to, caps))
            case .split(let a, let b):
                stack.append((b, caps))
                stack.append((a, caps))
            case .save(let slot):
                var c = caps
                c[slot] = Int32(p)
                stack.append((pc + 1, c))
            case .assertStart:
                if p == lo { stack.append((pc + 1, caps)) }
            case .assertEnd:
                if p == hi { stack.append((pc + 1, caps)) }
            case .match(let r):
                record(RuleMatch(rule: r, start: start, end: p, captures: caps))
            case .recognizer(let i, _) where i < 0:
                continue
            default:
                list.append(Thread(pc: Int32(pc), start: Int32(start), captures: caps))
            }
        }
    }

    // MARK: - Leftmost-longest, non-overlapping

    private mutating func record(_ m: RuleMatch) {
        let r = m.rule
        guard m.end > m.start, m.start >= minStart[r] else { return }
        guard let b = best[r] else {
            best[r] = m
            pendingRules.insert(r)
            return
        }
        if m.start < b.start || (m.start == b.start && m.end > b.end) {
            best[r] = m
        } else if m.start >= b.end {
            if let k = candidates[r].firstIndex(where: { $0.start >= m.start }) {
                if candidates[r][k].start == m.start {
                    if m.end > candidates[r][k].end { candidates[r][k] = m }
                } else {
                    candidates[r].insert(m, at: k)
                }
            } else {
                candidates[r].append(m)
            }
        }
    }

    /// Emits each pending match that no live thread can still beat (no live thread of the rule
    /// started at or before it), then moves on to the rule's next candidate.
    private mutating func settle(_ current: [Thread], _ future: [Int: [Thread]], final: Bool) {
        for r in pendingRules.sorted() {
            while let b = best[r] {
                if !final {
                    var blocked = false
                    for t in current where ruleOf(t) == r && Int(t.start) <= b.start && alive(Int(t.start), rule: r) { blocked = true; break }
                    if !blocked {
                        outer: for (_, list) in future {
                            for t in list where ruleOf(t) == r && Int(t.start) <= b.start && alive(Int(t.start), rule: r) { blocked = true; break outer }
                        }
                    }
                    if blocked { break }
                }
                output.append(b)
                minStart[r] = b.end
                best[r] = nil
                candidates[r].removeAll { $0.start < b.end }
                if !candidates[r].isEmpty { best[r] = candidates[r].removeFirst() }
            }
            if best[r] == nil { pendingRules.remove(r) }
        }
    }
}
