/// The keys keyed claims align by when some claims are keyed by their person (a rule's `person`
/// capture: key "sentence of Daniel Hale", attribute `person` "Daniel Hale"). A holder (a rule's
/// `holder` capture: key "seat of Civic Union", attribute `holder`) keys its claims as a person does,
/// but only spellings that normalize alike are one holder ("Sinn Féin", "Sinn Fein"; not "Unity and the
/// Greens" and "Greens", as people's names would merge). And a story names several holders of one key (each party
/// its seats), so a claim naming no holder joins a holder only when its own sentence names that holder,
/// and no other of the key's, before the claim ("The centrist Civic Union won a majority, taking 38 of
/// the 71 seats"); otherwise its key counts as ambiguous ("The Farmers' League, which had hoped to finish
/// first, won 21 seats" and "... came second with 21 seats, far behind Civic Union" are no seat count
/// of the cluster's one named holder, Civic Union).
///
/// The person part is replaced by the cluster's one spelling of that person (`PersonKeyMerger`, over
/// the person names of every claim: "Gregory Alden Pruett", "Gregory A. Pruett" and "Pruett" are one
/// person), so one person's fact aligns across sources however each names them, and two people's
/// facts never share a key. A claim of the same kind and base key that names no person ("the former
/// treasurer was jailed for six years") joins the person's key when the cluster's claims of that base
/// key name exactly one person; when they name two or more it keeps its own key and that key counts as
/// ambiguous (`isAmbiguous`): its claims then link only on shared context, like a generic key's, and
/// never with a person's claims.
///
/// A claim about an unnamed person the rule described (a rule's `unnamed`: key "arrest of a man aged 34",
/// attribute `unnamed` "a man aged 34") counts as a person of its own, by its description: "a man aged
/// 34" and "a man aged 41" are two people, so one source's two arrests are two facts. When the claims of
/// a base key name exactly one person and describe exactly one unnamed person, the two are taken to be
/// one ("Tom Hale, 34" in one story is "a 34-year-old man" in another), as a claim naming nobody joins
/// the one person named; a claim naming nobody joins the one person of its base key, named or described.
struct PersonKeys: Sendable {
    /// Per claim of the keyed list given (in its order): the key it aligns by.
    let keys: [String]
    /// `kind + "\u{1F}" + key` of the keys whose claims name no person while claims of the same base
    /// key name two or more people.
    private let ambiguous: Set<String>

    /// `keyed`: the claims aligned by kind and key (indices into `claims`); `names`: how often each
    /// person name occurs in the cluster's name and official claims; `textBefore(claim)`: the text of the
    /// claim's sentence before the claim, read for claims naming no holder.
    init(_ keyed: [Int], _ claims: ClaimList, names: [String: Int], textBefore: (Claim) -> String = { _ in "" }) {
        // The person part of each keyed claim, when it has one: (base key, person as written, whether it
        // is a description of an unnamed person).
        var parts: [(base: Substring, person: String, described: Bool, holder: Bool)?] = []
        parts.reserveCapacity(keyed.count)
        var any = false
        // `kind + "\u{1F}" + base key` of the keys some claim names a holder of.
        var held = Set<String>()
        // Per holder key (as formed below): the holder's spellings in the cluster.
        var spellings: [String: Set<String>] = [:]
        for i in keyed {
            let c = claims[i]
            if let p = c.attributes["person"] ?? c.attributes["holder"], c.key.hasSuffix(" of " + p) {
                let holder = c.attributes["person"] == nil
                parts.append((c.key.dropLast(p.count + 4), p, false, holder))
                if holder { held.insert(c.kind + "\u{1F}" + c.key.dropLast(p.count + 4)) }
                any = true
            } else if let d = c.attributes["unnamed"], c.key.hasSuffix(" of " + d) {
                parts.append((c.key.dropLast(d.count + 4), d, true, false))
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
        // (Holders are parties, not people: only their spellings that normalize alike are one holder, written
        // the way that sorts first. Merged as people, "Unity and the Greens" was the Greens.)
        var holderWritten: [String: String] = [:]
        for case let (_, p, false, holder)? in parts {
            if holder {
                let n = PersonKeyMerger.normalize(p)
                if let w = holderWritten[n], w <= p { continue }
                holderWritten[n] = p
            } else {
                counts[p, default: 0] += 1
            }
        }
        let merged = PersonKeyMerger().merge(counts)
        // How a merged person is written in keys: the spelling its key came from (the most frequent one).
        let written = PersonKeyMerger.spellings(of: counts, merged: merged)
        var keys = keyed.map { claims[$0].key }
        // Per kind and base key: the people its person-keyed claims name (merged), and one key for each;
        // and the unnamed people its claims describe, likewise.
        var people: [String: [String: String]] = [:]
        var describedPeople: [String: [String: String]] = [:]
        // Per bucket, the sources naming a person and those describing one; per person named (merged), the
        // ages the cluster gives them ("age of NAME" claims).
        var naming: [String: Set<Int>] = [:], describing: [String: Set<Int>] = [:]
        var ages: [String: Set<Int>] = [:]
        for (l, part) in parts.enumerated() {
            guard let part else { continue }
            let c = claims[keyed[l]]
            let bucket = c.kind + "\u{1F}" + part.base
            if part.described {
                describedPeople[bucket, default: [:]][part.person] = keys[l]
                describing[bucket, default: []].insert(c.source)
                continue
            }
            if part.holder {
                let person = "\u{1F}" + PersonKeyMerger.normalize(part.person)
                keys[l] = part.base + " of " + (holderWritten[String(person.dropFirst())] ?? part.person)
                people[bucket, default: [:]][person] = keys[l]
                naming[bucket, default: []].insert(c.source)
                spellings[keys[l], default: []].insert(part.person)
                continue
            }
            let person = merged[part.person] ?? PersonKeyMerger.normalize(part.person)
            keys[l] = part.base + " of " + (written[person] ?? part.person)
            people[bucket, default: [:]][person] = keys[l]
            naming[bucket, default: []].insert(c.source)
            if part.base == "age", case .quantity(let q) = c.value, let v = q.min, v == v.rounded(), abs(v) < 1e6 { ages[person, default: []].insert(Int(v)) }
        }
        // A lone description beside a lone name is that person, and its claims take the name's key, unless
        // a source names the one and describes the other (two people: "Tom Hale and a 34-year-old man were
        // arrested") or the cluster gives the person another age ("Tom Hale, 52" is no "boy aged 16").
        var mergedBuckets = Set<String>()
        for (bucket, named) in people where named.count == 1 {
            guard let described = describedPeople[bucket], described.count == 1,
                  naming[bucket, default: []].isDisjoint(with: describing[bucket, default: []]) else { continue }
            if let known = ages[named.keys.first!], let age = described.keys.first!.split(separator: " ").last.flatMap({ Int($0) }), !known.contains(age) { continue }
            mergedBuckets.insert(bucket)
        }
        for (l, part) in parts.enumerated() {
            guard let part, part.described else { continue }
            let bucket = claims[keyed[l]].kind + "\u{1F}" + part.base
            if mergedBuckets.contains(bucket) { keys[l] = people[bucket]!.values.first! }
        }
        for bucket in mergedBuckets { describedPeople[bucket] = nil }
        var ambiguous = Set<String>()
        for (l, part) in parts.enumerated() where part == nil {
            let bucket = claims[keyed[l]].kind + "\u{1F}" + keys[l]
            let named = people[bucket] ?? [:], described = describedPeople[bucket] ?? [:]
            guard named.count + described.count > 0 else { continue }
            if held.contains(bucket) {
                // The holders its sentence names before it (a spelling of theirs, as whole words).
                let before = textBefore(claims[keyed[l]])
                let inSentence = Set(named.values).filter { key in
                    spellings[key, default: []].contains { PersonKeys.contains(before, word: $0) }
                }
                if inSentence.count == 1 { keys[l] = inSentence.first! } else { ambiguous.insert(bucket) }
                continue
            }
            if named.count + described.count == 1 { keys[l] = (named.values.first ?? described.values.first)! } else { ambiguous.insert(bucket) }
        }
        self.keys = keys
        self.ambiguous = ambiguous
    }

    /// Whether `text` holds `name` as whole words (no letter or digit right before or after it).
    static func contains(_ text: String, word name: String) -> Bool {
        guard !name.isEmpty else { return false }
        var from = text.startIndex
        while let r = text.range(of: name, range: from..<text.endIndex) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false) && !(after?.isNumber ?? false) { return true }
            from = text.index(after: r.lowerBound)
        }
        return false
    }

    /// Whether claims of `kind` and `key` (an alignment key) name no person where the same base key names
    /// two or more: they may be about any of them.
    func isAmbiguous(kind: String, key: String) -> Bool {
        !ambiguous.isEmpty && ambiguous.contains(kind + "\u{1F}" + key)
    }
}
