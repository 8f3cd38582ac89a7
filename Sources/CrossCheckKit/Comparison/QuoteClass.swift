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
