/// All lexicons by name.
public struct Lexicons: Sendable {
    public var byName: [String: Lexicon]
    public init(_ lexicons: [Lexicon] = []) {
        var d: [String: Lexicon] = [:]
        for l in lexicons { d[l.name, default: Lexicon(name: l.name, entries: [])].entries += l.entries }
        byName = d
    }
    public subscript(name: String) -> Lexicon? { byName[name] }
}
