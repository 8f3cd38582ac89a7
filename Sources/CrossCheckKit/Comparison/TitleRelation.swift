/// How two titles of one person relate. Ordered from harmless to serious.
enum TitleRelation: Int, Comparable {
    /// Same title after normalization.
    case same
    /// One synonym group in the title lexicon ("aide" ~ "adviser"), one title a generic word for
    /// any role ("official", "spokesman"), or one title contained in the other ("adviser" in
    /// "foreign policy adviser"): a variant, `info`.
    case compatible
    /// Different titles the lexicon does not relate: a divergence, `warning`.
    case different
    /// The same kind of post with different portfolios ("foreign minister" / "defense minister"):
    /// clearly different roles, a conflict, `error`.
    case incompatible

    static func < (a: TitleRelation, b: TitleRelation) -> Bool { a.rawValue < b.rawValue }
}
