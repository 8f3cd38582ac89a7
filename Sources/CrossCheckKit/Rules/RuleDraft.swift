/// A rule as read from its file, before its pattern is parsed (that needs every file's lexicons):
/// the rule's fields plus the file nodes that diagnostics point at.
struct RuleDraft: Sendable {
    var rule: Rule
    var patternNode: JSON5Node
    /// Template strings used by key, value and span, with their nodes.
    var templates: [(field: String, node: JSON5Node)]
    var idNode: JSON5Node
    var compareLexicon: JSON5Node?
    /// The value's `dimension`, when given (checked against the units of every file's lexicons).
    var dimension: JSON5Node?
    /// The `yieldsTo` list, when given (its ids are checked against every file's rules).
    var yieldsTo: JSON5Node?
    var lines: LineIndex
    /// False when the rule's fields had mistakes (already reported): checked further, never used.
    var valid: Bool
}
