/// How two versions of a quotation differ, from harmless to serious.
enum QuoteClass: Int, Comparable, CaseIterable {
    /// Same text apart from quote marks, apostrophe shapes and white space.
    case identical
    /// Case, punctuation, hyphenation or spelling convention (honour/honor, multi-polar/multipolar).
    case typographic
    /// An editor's [bracketed] insertion or substitution, or an elision marked with an ellipsis.
    case editorial
    /// One version is the other with words cut at the start or end.
    case shortened
    /// Words changed: the versions say it differently.
    case reworded

    static func < (a: QuoteClass, b: QuoteClass) -> Bool { a.rawValue < b.rawValue }

    var label: String {
        switch self {
        case .identical: return "identical"
        case .typographic: return "typographic"
        case .editorial: return "editorial"
        case .shortened: return "shortened"
        case .reworded: return "reworded"
        }
    }

    var severity: Severity { self == .reworded ? .warning : .info }

    /// `phrase` for several versions ("are shortened").
    var pluralPhrase: String {
        switch self {
        case .identical: return "have the same words"
        case .typographic: return "differ only in case, punctuation, hyphenation or spelling convention"
        case .editorial: return "have an editor's bracketed substitution or marked elision"
        case .shortened: return "are shortened"
        case .reworded: return "are worded differently"
        }
    }

    /// How the versions differ from the reference, for a message: one note per source list and class,
    /// in order of first appearance ("the one in b is shortened"; "the 2 versions in b are shortened"
    /// when one source splits the quotation; "one version in b is worded differently; one version in
    /// b is shortened" when a source's versions differ in different ways).
    static func describe(_ notes: [(sources: String, quoteClass: QuoteClass)]) -> String {
        var perSources: [String: Int] = [:]
        var order: [(sources: String, quoteClass: QuoteClass)] = []
        var count: [String: Int] = [:]
        for n in notes {
            perSources[n.sources, default: 0] += 1
            let key = n.sources + "\u{1}" + n.quoteClass.label
            if count[key] == nil { order.append(n) }
            count[key, default: 0] += 1
        }
        return order.map { n in
            let c = count[n.sources + "\u{1}" + n.quoteClass.label]!, all = perSources[n.sources]!
            if all == 1 { return "the one in " + n.sources + " " + n.quoteClass.phrase }
            if c == all { return "the \(c) versions in " + n.sources + " " + n.quoteClass.pluralPhrase }
            if c == 1 { return "one version in " + n.sources + " " + n.quoteClass.phrase }
            return "\(c) versions in " + n.sources + " " + n.quoteClass.pluralPhrase
        }.joined(separator: "; ")
    }

    /// What the difference is, for a message.
    var phrase: String {
        switch self {
        case .identical: return "the same words"
        case .typographic: return "differs only in case, punctuation, hyphenation or spelling convention"
        case .editorial: return "has an editor's bracketed substitution or marked elision"
        case .shortened: return "is shortened"
        case .reworded: return "is worded differently"
        }
    }
}
