/// A named word list from a rule file: titles, units, speech verbs, honorifics, name particles, ...
/// Each entry is a phrase (one or more tokens, matched case-insensitively) with an optional canonical
/// form and an optional synonym group, so "FM" → "foreign minister", and "aide" ~ "adviser".
public struct Lexicon: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        /// Lower-cased tokens of the phrase, as the tokenizer splits it ("foreign", "minister").
        public var tokens: [String]
        /// The normalized form reported as the value ("foreign minister"); the phrase itself when nil.
        public var canonical: String
        /// Entries sharing a group are compatible (synonyms, or "compatible" titles).
        public var group: String?
        /// Extra data (a unit's dimension and factor, ...), as given in the file.
        public var attributes: [String: String]

        public init(tokens: [String], canonical: String, group: String? = nil, attributes: [String: String] = [:]) {
            self.tokens = tokens
            self.canonical = canonical
            self.group = group
            self.attributes = attributes
        }
    }

    public var name: String
    public var entries: [Entry]

    public init(name: String, entries: [Entry]) {
        self.name = name
        self.entries = entries
    }
}
