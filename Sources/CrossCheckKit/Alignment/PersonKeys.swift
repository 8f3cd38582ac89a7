/// The keys keyed claims align by when some claims are keyed by their person (a rule's `person`
/// capture: key "sentence of Daniel Hale", attribute `person` "Daniel Hale").
///
/// The person part is replaced by the cluster's one spelling of that person (`PersonKeyMerger`, over
/// the person names of every claim: "Gregory Alden Pruett", "Gregory A. Pruett" and "Pruett" are one
/// person), so one person's fact aligns across sources however each names them, and two people's
/// facts never share a key. A claim of the same kind and base key that names no person ("the former
/// treasurer was jailed for six years") joins the person's key when the cluster's claims of that base
/// key name exactly one person; when they name two or more it keeps its own key and that key counts as
/// ambiguous (`isAmbiguous`): its claims then link only on shared context, like a generic key's, and
/// never with a person's claims.
struct PersonKeys: Sendable {
    /// Per claim of the keyed list given (in its order): the key it aligns by.
    let keys: [String]
    /// `kind + "\u{1F}" + key` of the keys whose claims name no person while claims of the same base
    /// key name two or more people.
    private let ambiguous: Set<String>

    /// `keyed`: the claims aligned by kind and key (indices into `claims`); `names`: how often each
    /// person name occurs in the cluster's name and official claims.
    init(_ keyed: [Int], _ claims: ClaimList, names: [String: Int]) {
        // The person part of each keyed claim, when it has one: (base key, person as written).
        var parts: [(base: Substring, person: String)?] = []
        parts.reserveCapacity(keyed.count)
        var any = false
        for i in keyed {
            let c = claims[i]
            if let p = c.attributes["person"], c.key.hasSuffix(" of " + p) {
                parts.append((c.key.dropLast(p.count + 4), p))
                any = true
            } else {
                parts.append(nil)
            }
        }
        // No claim names its person: every key stays as the rule formed it.
        guard any else {
            keys = keyed.map { claims[$0].key }
            ambiguous = []
            return
        }
        var counts = names
        for case let (_, p)? in parts { counts[p, default: 0] += 1 }
        let merged = PersonKeyMerger().merge(counts)
        // How a merged person is written in keys: the spelling its key came from (the most frequent one).
        let written = PersonKeyMerger.spellings(of: counts, merged: merged)
        var keys = keyed.map { claims[$0].key }
        // Per kind and base key: the people its person-keyed claims name (merged), and one key for each.
        var people: [String: [String: String]] = [:]
        for (l, part) in parts.enumerated() {
            guard let part else { continue }
            let person = merged[part.person] ?? PersonKeyMerger.normalize(part.person)
            keys[l] = part.base + " of " + (written[person] ?? part.person)
            people[claims[keyed[l]].kind + "\u{1F}" + part.base, default: [:]][person] = keys[l]
        }
        var ambiguous = Set<String>()
        for (l, part) in parts.enumerated() where part == nil {
            let bucket = claims[keyed[l]].kind + "\u{1F}" + keys[l]
            guard let named = people[bucket] else { continue }
            if named.count == 1 { keys[l] = named.values.first! } else { ambiguous.insert(bucket) }
        }
        self.keys = keys
        self.ambiguous = ambiguous
    }

    /// Whether claims of `kind` and `key` (an alignment key) name no person where the same base key names
    /// two or more: they may be about any of them.
    func isAmbiguous(kind: String, key: String) -> Bool {
        !ambiguous.isEmpty && ambiguous.contains(kind + "\u{1F}" + key)
    }
}
