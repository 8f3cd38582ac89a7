/// What one rule file holds after structural validation: rule drafts, lexicons and diagnostics.
struct RuleFileContents: Sendable {
    var file: String
    var drafts: [RuleDraft] = []
    var lexicons: [Lexicon] = []
    /// Where each lexicon name is defined (for collision messages).
    var lexiconLocations: [String: (line: Int, column: Int)] = [:]
    var diagnostics: [Diagnostic] = []
}
