/// The syntax tree of a rule's token pattern (see `Rules/README.md`).
public indirect enum PatternNode: Sendable, Hashable {
    /// One or more tokens equal to a literal, by normalized hash.
    case literal(hashes: [UInt64], text: String)
    case tokenClass(TokenClass)
    /// A whole recognition by the recognizer `name`.
    case recognizer(name: String)
    /// Any entry of the lexicon `name`.
    case lexicon(name: String)
    case sequence([PatternNode])
    case alternation([PatternNode])
    /// `min...max` repetitions; `max == nil` is unbounded.
    case repetition(PatternNode, min: Int, max: Int?)
    case capture(name: String, PatternNode)
    case sentenceStart
    case sentenceEnd

    /// Whether the node can match without consuming a token.
    public var isNullable: Bool {
        switch self {
        case .literal(let h, _): return h.isEmpty
        case .tokenClass, .recognizer, .lexicon: return false
        case .sequence(let items): return items.allSatisfy(\.isNullable)
        case .alternation(let items): return items.contains(where: \.isNullable)
        case .repetition(let n, let min, _): return min == 0 || n.isNullable
        case .capture(_, let n): return n.isNullable
        case .sentenceStart, .sentenceEnd: return true
        }
    }

    /// Automaton instructions the node compiles to once bounded repeats are unrolled (an upper bound).
    public var compiledSize: Int {
        switch self {
        case .literal(let h, _): return h.count
        case .tokenClass, .recognizer, .lexicon, .sentenceStart, .sentenceEnd: return 1
        case .sequence(let items): return items.reduce(0) { $0 + $1.compiledSize }
        case .alternation(let items): return items.reduce(0) { $0 + $1.compiledSize + 2 }
        case .repetition(let n, let min, let max): return (n.compiledSize + 2) * Swift.max(1, Swift.max(min, max ?? min))
        case .capture(_, let n): return n.compiledSize + 2
        }
    }

    /// Names of named captures and of recognizer/lexicon classes used (the implicit captures).
    public var captureNames: Set<String> {
        var out: Set<String> = []
        func walk(_ n: PatternNode) {
            switch n {
            case .recognizer(let name), .lexicon(let name): out.insert(name)
            case .capture(let name, let inner): out.insert(name); walk(inner)
            case .sequence(let items), .alternation(let items): items.forEach(walk)
            case .repetition(let inner, _, _): walk(inner)
            default: break
            }
        }
        walk(self)
        return out
    }
}
