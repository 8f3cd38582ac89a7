/// What a sentence must contain for a rule to match in it, so the VM runs only the rules that can.
///
/// At compile time each rule's pattern yields *clauses*: sets of atoms (a literal token, a recognition
/// of a recognizer, the first word of a lexicon entry) of which the sentence must hold at least one.
/// A sequence needs every clause of its items; an alternation needs the unions of one clause from each
/// branch (`either`); an optional part needs nothing. Every clause gets a bit. Per
/// sentence the VM ORs the bits of the clauses its tokens and recognitions satisfy (one hash lookup per
/// token, one mask per recognizer) and skips every rule with an unsatisfied clause: such a rule has no
/// thread that could reach its `match`, so skipping it changes no output. Clauses past `maxWords`
/// words of bits are dropped (a rule then runs more often, never less).
struct RulePrefilter: Sendable {
    /// Mask words per row (0: no rule needs anything; the filter is off).
    private(set) var words = 0
    /// Token hash → row in `hashMasks` (literals, and first words of lexicon entries): the map `direct`
    /// is built from, kept for lookups of one word (the hot pass over every token reads `direct`).
    private(set) var byHash = HashMap64()
    /// `byHash` laid out for `present`'s pass over every token, where most tokens have no row.
    private(set) var direct = DirectRows(HashMap64())
    /// Row `k`: the clauses a token with that hash satisfies (`words` words per row).
    private(set) var hashMasks: [UInt64] = []
    /// Recognizers some clause names, with their rows in `recognizerMasks`.
    private(set) var recognizers: [Int32] = []
    private(set) var recognizerMasks: [UInt64] = []
    /// Row `r`: the clauses rule `r` needs.
    private(set) var ruleMasks: [UInt64] = []

    static let maxWords = 4

    /// One thing a sentence can hold: kind (0 literal, 1 recognizer, 2 lexicon) and hash or index.
    struct Atom: Hashable, Comparable {
        var kind: UInt8
        var value: UInt64

        static func < (a: Atom, b: Atom) -> Bool { (a.kind, a.value) < (b.kind, b.value) }
    }

    init() {}

    /// Most clauses an alternation is expanded into (see `either`).
    static let maxAlternationClauses = 16

    /// The clauses an alternation needs, given its branches' (each branch needs all of its own). Whichever
    /// branch matches, the sentence holds, for every choice of one clause per branch, one of the chosen
    /// clauses' atoms: so every such union is needed (the alternation in conjunctive form). With few
    /// choices all of them are kept (minus those another one implies), so a rule whose branches all begin
    /// with a common recognizer still needs the words that tell its branches apart ("<number> of the ...
    /// <counted> | <number> ... <tally>" needs a number, and a counted or tally noun); with more, some
    /// of the unions (`greedyUnions`).
    static func either(_ perBranch: [[[Atom]]]) -> [[Atom]] {
        var choices = 1
        for c in perBranch {
            choices *= c.count
            if choices > maxAlternationClauses { break }
        }
        guard choices <= maxAlternationClauses else { return greedyUnions(perBranch) }
        var unions: [[Atom]] = [[]]
        for c in perBranch {
            var next: [[Atom]] = []
            for u in unions {
                for clause in c {
                    var v = u
                    for a in clause where !v.contains(a) { v.append(a) }
                    next.append(v)
                }
            }
            unions = next
        }
        return minimal(unions)
    }

    /// Some of an alternation's needed clauses when it has too many choices to expand: from each clause
    /// of each branch as a seed, a union that takes from every branch a clause it already covers, or else
    /// the one adding fewest atoms (the first such). Every union holds one clause of each branch, so each
    /// is needed; seeding from every clause finds an atom all branches share ("<date>" in each branch of
    /// date.event-verb) as a clause of its own, where one union of each branch's first narrowest clause
    /// ("<person>" or "<event-verb>") let the rule run in every sentence naming a person. The narrowest
    /// `maxAlternationClauses` are kept.
    static func greedyUnions(_ perBranch: [[[Atom]]]) -> [[Atom]] {
        var unions: [[Atom]] = []
        for seed in perBranch.joined() {
            var union = seed
            for c in perBranch where !c.contains(where: { $0.allSatisfy(union.contains) }) {
                let best = c.min(by: { a, b in a.count(where: { !union.contains($0) }) < b.count(where: { !union.contains($0) }) })!
                for a in best where !union.contains(a) { union.append(a) }
            }
            unions.append(union)
        }
        return Array(minimal(unions).prefix(maxAlternationClauses))
    }

    /// `clauses` without repeats and without those another one implies (a clause holding all of another's
    /// atoms), each with its atoms sorted (so equal clauses are equal arrays), narrowest first.
    static func minimal(_ clauses: [[Atom]]) -> [[Atom]] {
        let sorted = Set(clauses.map { $0.sorted() }).sorted { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
        var kept: [[Atom]] = []
        for c in sorted where !kept.contains(where: { k in k.allSatisfy(c.contains) }) { kept.append(c) }
        return kept
    }

    /// The clause bits a sentence's tokens satisfy, `words` of them (the rest zero).
    typealias Present = (UInt64, UInt64, UInt64, UInt64)

    /// `wordRows`: also give each rule a second row (rule `r` at row `rules.count + r`) with every
    /// recognizer call read as needing nothing: the clauses the tokens alone decide (`RecognizerDemand`).
    init(rules: [Rule], recognizerNames: [String], lexiconNames: [String], tries: [LexiconTrie], wordRows: Bool = false) {
        // Clauses per rule, each clause its distinct atoms; `words`: recognizer calls read as needing nothing.
        func clauses(_ node: PatternNode, words: Bool) -> [[Atom]] {
            switch node {
            case .literal(let hashes, _):
                return hashes.map { [Atom(kind: 0, value: $0)] }
            case .recognizer(let name):
                guard !words, let i = recognizerNames.firstIndex(of: name) else { return [] }
                return [[Atom(kind: 1, value: UInt64(i))]]
            case .lexicon(let name):
                guard let i = lexiconNames.firstIndex(of: name), !tries[i].firstTokens.isEmpty else { return [] }
                return [[Atom(kind: 2, value: UInt64(i))]]
            case .sequence(let items):
                return items.flatMap { clauses($0, words: words) }
            case .alternation(let branches):
                // A branch that needs nothing frees the whole.
                var perBranch: [[[Atom]]] = []
                for branch in branches {
                    let c = clauses(branch, words: words)
                    if c.isEmpty { return [] }
                    // Without repeats and implied clauses, so fewer choices need the greedy unions
                    // ("<person> , <number> ," counts its comma once).
                    perBranch.append(RulePrefilter.minimal(c))
                }
                return RulePrefilter.either(perBranch)
            case .repetition(let inner, let min, _):
                return min == 0 ? [] : clauses(inner, words: words)
            case .capture(_, let inner):
                return clauses(inner, words: words)
            case .tokenClass, .sentenceStart, .sentenceEnd:
                return []
            }
        }
        var bitOf: [[Atom]: Int] = [:]
        var order: [[Atom]] = []
        var nodes = rules.map(\.node)
        if wordRows { nodes += nodes }
        let perRule: [[Int]] = nodes.enumerated().map { r, node in
            var bits: [Int] = []
            for clause in RulePrefilter.minimal(clauses(node, words: r >= rules.count)) {
                let bit: Int
                if let b = bitOf[clause] {
                    bit = b
                } else {
                    guard order.count < 64 * RulePrefilter.maxWords else { continue }
                    bit = order.count
                    bitOf[clause] = bit
                    order.append(clause)
                }
                if !bits.contains(bit) { bits.append(bit) }
            }
            return bits
        }
        guard !order.isEmpty else { return }
        let w = (order.count + 63) / 64
        var rulesMasks = Array(repeating: UInt64(0), count: perRule.count * w)
        for (r, bits) in perRule.enumerated() {
            for b in bits { rulesMasks[r * w + b / 64] |= 1 << UInt64(b % 64) }
        }
        var map = HashMap64()
        var hashRows: [UInt64] = []
        var recs: [Int32] = []
        var recRows: [UInt64] = []
        for (b, clause) in order.enumerated() {
            let word = b / 64, bit: UInt64 = 1 << UInt64(b % 64)
            for atom in clause {
                var hashes: [UInt64] = []
                switch atom.kind {
                case 0:
                    hashes = [atom.value]
                case 1:
                    let i = Int32(atom.value)
                    var row = recs.firstIndex(of: i) ?? -1
                    if row < 0 {
                        row = recs.count
                        recs.append(i)
                        recRows += repeatElement(0, count: w)
                    }
                    recRows[row * w + word] |= bit
                default:
                    hashes = tries[Int(atom.value)].firstTokens
                }
                for h in hashes {
                    var row = map.get(h).map(Int.init) ?? -1
                    if row < 0 {
                        row = hashRows.count / w
                        hashRows += repeatElement(0, count: w)
                        map.set(h, Int32(row))
                    }
                    hashRows[row * w + word] |= bit
                }
            }
        }
        words = w
        ruleMasks = rulesMasks
        byHash = map
        direct = DirectRows(map)
        hashMasks = hashRows
        recognizers = recs
        recognizerMasks = recRows
    }

    /// The clauses the tokens `range` satisfy by their words (one slot of `direct` per token).
    @inline(__always)
    func present(_ tk: UnsafeBufferPointer<Token>, _ masks: UnsafeBufferPointer<UInt64>, _ range: Range<Int>) -> Present {
        let w = words
        var present: Present = (0, 0, 0, 0)
        // The slots held once for the loop, and wrapping steps over the range (it runs once per token of
        // every source).
        direct.withSlots { keys, rows in
            var p = range.lowerBound
            while p < range.upperBound {
                let row = direct.row(tk[p].hash, keys, rows)
                p &+= 1
                guard row >= 0 else { continue }
                let b = row &* w
                present.0 |= masks[b]
                if w > 1 {
                    present.1 |= masks[b + 1]
                    if w > 2 { present.2 |= masks[b + 2] }
                    if w > 3 { present.3 |= masks[b + 3] }
                }
            }
        }
        return present
    }

    /// Whether `present` holds every clause of row `r`.
    @inline(__always)
    func satisfies(_ r: Int, _ present: Present) -> Bool {
        let w = words, b = r * w
        var ok = ruleMasks[b] & ~present.0 == 0
        if w > 1 {
            ok = ok && ruleMasks[b + 1] & ~present.1 == 0
            if w > 2 { ok = ok && ruleMasks[b + 2] & ~present.2 == 0 }
            if w > 3 { ok = ok && ruleMasks[b + 3] & ~present.3 == 0 }
        }
        return ok
    }
}
