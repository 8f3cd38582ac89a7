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

    /// The rank words that make another post before a generic head too ("deputy spokesman", "assistant
    /// chief"): a "junior official" or an "acting spokesman" is still an official or a spokesman. Not
    /// "former" or "ex": "police chief" in one story of a resignation and "former police chief" in another
    /// are both right, the event changed the title (they stay compatible titles, as before).
    static let genericRankWords: Set<String> = ["deputy", "vice", "assistant", "shadow"]

    private var groups: [String: String] = [:]
    private var generic: Set<String> = []
    /// The `exclusive` attribute of a title's entry: posts of one kind that one person does not hold
    /// two of at once ("chief executive", "chief operating officer").
    private var exclusive: [String: String] = [:]
    /// Titles marked `distinct: "true"`: posts of their own within a group that lumps a kind of post
    /// ("fire chief", "battalion chief" and "police chief" are all chiefs, but no one is two of them).
    private var distinct: Set<String> = []
    /// A body's acronym → its parent's, from the lexicon `body-parent` ("FEMA" → "DHS", "NIH" → "HHS").
    private var parents: [String: String] = [:]

    init(lexicons: Lexicons, lexicon: String = "title") {
        for e in lexicons["body-parent"]?.entries ?? [] where e.tokens.count == 1 {
            if let p = e.attributes["parent"] { parents[e.tokens[0].uppercased()] = p.uppercased() }
        }
        guard let lex = lexicons[lexicon] else { return }
        for e in lex.entries {
            let phrase = e.tokens.joined(separator: " ")
            for form in [TitleComparison.normalize(e.canonical), TitleComparison.normalize(phrase)] {
                if let g = e.group, groups[form] == nil { groups[form] = g }
                if e.attributes["generic"]?.lowercased() == "true" { generic.insert(form) }
                if let x = e.attributes["exclusive"], exclusive[form] == nil { exclusive[form] = x }
                if e.attributes["distinct"]?.lowercased() == "true" { distinct.insert(form) }
            }
        }
    }

    static func normalize(_ t: String) -> String {
        PersonKeyMerger.normalize(t).split(separator: " ").map { SpellingFolder.fold(String($0)) }.joined(separator: " ")
    }

    /// The words of a normalized title.
    static func words(_ normalized: String) -> [String] {
        normalized.split(separator: " ").map(String.init)
    }

    /// A title's words in order-free form without "of": "Minister of Transport" and "transport
    /// minister" are one wording.
    static func orderFree(_ words: [String]) -> String {
        words.filter { $0 != "of" && !$0.isEmpty }.sorted().joined(separator: " ")
    }

    func relation(_ a: String, _ b: String) -> TitleRelation {
        let na = TitleComparison.normalize(a), nb = TitleComparison.normalize(b)
        if na == nb { return .same }
        let ta = TitleComparison.words(na), tb = TitleComparison.words(nb)
        if TitleComparison.orderFree(ta) == TitleComparison.orderFree(tb) { return .same }
        let sa = Set(ta), sb = Set(tb)
        // Two distinct posts of one group, each kept with its modifiers ("fire chief" / "former
        // battalion chief"), unless one title's words hold the other's.
        if let da = distinctPost(ta), let db = distinctPost(tb), da != db, !sa.isSubset(of: sb), !sb.isSubset(of: sa) {
            return .incompatible
        }
        if let ga = groups[na], let gb = groups[nb], ga == gb { return .compatible }
        // Two posts of one exclusive kind in different groups: "chief executive" / "chief operating
        // officer" (the second is no generic "officer").
        if let xa = exclusive[na], let xb = exclusive[nb], xa == xb { return .incompatible }
        // The same title with a rank word added ("deputy fire chief" / "fire chief", "former
        // spokesman" / "spokesman") is another post even when its head is a generic word.
        if ta.last == tb.last, sa.isSubset(of: sb) || sb.isSubset(of: sa),
           !sa.symmetricDifference(sb).isDisjoint(with: TitleComparison.genericRankWords) {
            return .incompatible
        }
        if isGeneric(na, ta) || isGeneric(nb, tb) { return .compatible }
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

    /// The longest ending of a title's words that the lexicon marks `distinct` ("fire chief" in "former
    /// fire chief"), or nil.
    private func distinctPost(_ tokens: [String]) -> String? {
        guard !distinct.isEmpty else { return nil }
        for i in 0..<tokens.count {
            let tail = tokens[i...].joined(separator: " ")
            if distinct.contains(tail) { return tail }
        }
        return nil
    }

    /// The acronyms among the words of an official's `org` attribute ("CDC" in "CDC", "NATO" in
    /// "Norland NATO; Velm University"), of three to six capital letters ("U.S.F.S." counts as "USFS";
    /// two-letter country and union codes, "U.S.", "UK", "EU", are left out): a country or a body's full
    /// name may be left out or worded otherwise by another source, but two agencies' acronyms name two
    /// employers.
    /// Posts written as acronyms ("CEO spokeswoman"), no employer.
    static let officerAcronyms: Set<String> = ["CEO", "COO", "CFO", "CTO", "CIO", "CMO"]

    /// Whether two sets of acronyms may name one body: a shared one, or one that begins another ("NHS" /
    /// "NHSE", NHS England).
    static func acronymsOverlap(_ a: Set<String>, _ b: Set<String>) -> Bool {
        !a.isDisjoint(with: b) || a.contains { x in b.contains { y in x.hasPrefix(y) || y.hasPrefix(x) } }
    }

    /// Whether two officials' organisations (their acronyms, both sides non-empty) and titles may name one
    /// employer: acronyms that overlap, or one body and its parent (or the parent's parent: `body-parent`)
    /// when either title is a generic post ("FEMA official" / "DHS spokeswoman", "NIH epidemiologist" / "HHS
    /// official": an agency's official is also the department's). Two agencies of one department name two
    /// employers ("FDA spokeswoman" / "CDC epidemiologist").
    func mayNameOneEmployer(_ a: Set<String>, _ titleA: String, _ b: Set<String>, _ titleB: String) -> Bool {
        if Self.acronymsOverlap(a, b) { return true }
        guard a.contains(where: { x in b.contains { y in within(x, y) || within(y, x) } }) else { return false }
        let na = Self.normalize(titleA), nb = Self.normalize(titleB)
        return isGeneric(na, Self.words(na)) || isGeneric(nb, Self.words(nb))
    }

    /// Whether body `x` is part of body `y`: `y` is its parent, or its parent's (a few steps at most, so
    /// a cycle in a user's lexicon ends).
    private func within(_ x: String, _ y: String) -> Bool {
        var body = x
        for _ in 0..<4 {
            guard let p = parents[body] else { return false }
            if p == y { return true }
            body = p
        }
        return false
    }

    static func acronyms(_ org: String?) -> Set<String> {
        guard let org, !org.isEmpty else { return [] }
        var out: Set<String> = []
        for word in org.split(whereSeparator: { $0 == " " || $0 == ";" }) {
            let letters = word.filter { $0 != "." }
            if (3...6).contains(letters.count), letters.allSatisfy({ $0.isASCII && $0.isUppercase }),
               !TitleComparison.officerAcronyms.contains(String(letters)) {
                out.insert(String(letters))
            }
        }
        return out
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
