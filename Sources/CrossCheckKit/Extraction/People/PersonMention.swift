/// One mention of a person in a source, as the people scan finds it.
struct PersonMention: Sendable, Hashable {
    /// Token range of the name itself (honorific and title excluded).
    var tokens: Range<Int>
    /// Token range of a preceding honorific ("Mr", "Dr."), if any.
    var honorific: Range<Int>?
    /// The canonical name (the full name this mention resolves to in its source).
    var canonical: String
    /// `PersonName.key(canonical)`.
    var key: String
    /// The surface spelling of the name as written here.
    var surface: String
    /// True when a short mention ("Putin", "Mr Kim") was resolved to a full name given elsewhere.
    var resolved: Bool
}
