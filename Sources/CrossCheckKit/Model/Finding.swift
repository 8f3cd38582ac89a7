/// A difference between sources on one claim group.
public struct Finding: Sendable, Hashable {
    /// Stable: a hash of kind, key and the values involved, never of positions.
    public var id: String
    /// The claim kind ("count", "date", "quote", "official", "name", ...).
    public var kind: String
    public var severity: Severity
    /// The rule whose claims differ (the first, when several rules fed the group).
    public var rule: String
    public var key: String
    /// One plain sentence: what differs and where.
    public var message: String
    /// A class for the difference: "conflict", "possible-update", "estimates-differ", "typographic", "editorial", "shortened",
    /// "reworded", "attribution", "spelling", "compatible-titles", "different-titles", "incompatible-roles", ...
    public var label: String
    /// One entry per source (a source with two different values appears twice).
    public var claims: [Evidence]
    /// For quotations: the word-level diffs between the versions.
    public var diffs: [WordDiff]
    /// The id this finding shared with another of its report before ids were made unique
    /// (`FindingID.disambiguate`); nil when its id is its own. Not part of the report: a baseline reads it.
    var sharedID: String?

    public init(id: String, kind: String, severity: Severity, rule: String, key: String, message: String,
                label: String, claims: [Evidence], diffs: [WordDiff] = []) {
        self.id = id
        self.kind = kind
        self.severity = severity
        self.rule = rule
        self.key = key
        self.message = message
        self.label = label
        self.claims = claims
        self.diffs = diffs
    }
}
