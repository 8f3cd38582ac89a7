/// Relates titles through the `title` lexicon's synonym groups (`group`), generic titles (an entry
/// attribute `generic: "true"`, or a generic head word), exclusive posts (an entry attribute
/// `exclusive`), containment and head words.
struct TitleComparison: Sendable {
    /// Head words that name no particular post: any official may be called this.
    static let genericHeads: Set<String> = [
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "representative", "source",
        "member", "leader", "head", "chief", "officer", "figure", "staffer", "envoy", "aide",
    ]

    /// Words that make a different post of the same title.
    /// ("shadow": the opposition's spokesperson for the post, not its holder.)
    static let rankWords: Set<String> = ["deputy", "vice", "former", "acting", "assistant", "under", "junior", "first", "ex", "interim",
                                         "shadow"]

    private var groups: [String: String] = [:]
    private var generic: Set<String> = []
    /// The `exclusive` attribute of a title's entry: posts of one kind that one person does not hold
    /// two of at once ("chief executive", "chief operating officer").
    private var exclusive: [String: String] = [:]

    init(lexicons: Lexicons, lexicon: String = "title") {
        guard let lex = lexicons[lexicon] else { return }
        for e in lex.entries {
            let phrase = e.tokens.joined(separator: " ")
            for form in [TitleComparison.normalize(e.canonical), TitleComparison.normalize(phrase)] {
                if let g = e.group, groups[form] == nil { groups[form] = g }
                if e.attributes["generic"]?.lowercased() == "true" { generic.insert(form) }
                if let x = e.attributes["exclusive"], exclusive[form] == nil { exclusive[form] = x }
            }
        }
    }

    static func normalize(_ t: String) -> String {
        PersonKeyMerger.normalize(t).split(separator: " ").map { SpellingFolder.fold(String($0)) }.joined(separator: " ")
    }

    /// A title's words in order-free form without "of": "Minister of Transport" and "transport
    /// minister" are one wording.
    static func orderFree(_ words: [String]) -> String {
        words.filter { $0 != "of" && !$0.isEmpty }.sorted().joined(separator: " ")
    }

    func relation(_ a: String, _ b: String) -> TitleRelation {
        let na = TitleComparison.normalize(a), nb = TitleComparison.normalize(b)
        if na == nb { return .same }
        if TitleComparison.orderFree(na.split(separator: " ").map(String.init)) == TitleComparison.orderFree(nb.split(separator: " ").map(String.init)) {
            return .same
        }
        if let ga = groups[na], let gb = groups[nb], ga == gb { return .compatible }
        // Two posts of one exclusive kind in different groups: "chief executive" / "chief operating
        // officer" (the second is no generic "officer").
        if let xa = exclusive[na], let xb = exclusive[nb], xa == xb { return .incompatible }
        let ta = na.split(separator: " ").map(String.init), tb = nb.split(separator: " ").map(String.init)
        if isGeneric(na, ta) || isGeneric(nb, tb) { return .compatible }
        let sa = Set(ta), sb = Set(tb)
        // "adviser" in "foreign policy adviser" is the same post said shorter; "deputy foreign minister"
        // is not "foreign minister".
        if sa.isSubset(of: sb) || sb.isSubset(of: sa), sa.symmetricDifference(sb).isDisjoint(with: TitleComparison.rankWords) {
            return .compatible
        }
        if let ha = ta.last, let hb = tb.last, ha == hb, groups[na] == nil || groups[nb] == nil || groups[na] != groups[nb] {
            return .incompatible
        }
        return .different
    }

    /// Marked generic in the lexicon, or ending in a generic head word unless the lexicon puts the
    /// whole title in a group of its own: "city official" and "police chief" (group "chief", the head's
    /// own) are generic, "chief operating officer" and "chief medical officer" name particular posts.
    private func isGeneric(_ n: String, _ tokens: [String]) -> Bool {
        if generic.contains(n) { return true }
        guard let head = tokens.last, TitleComparison.genericHeads.contains(head) else { return false }
        guard let group = groups[n] else { return true }
        return groups[head] == group
    }
}
