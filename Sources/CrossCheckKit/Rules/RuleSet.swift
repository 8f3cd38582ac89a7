/// The rules and lexicons a run uses: the built-in ones, plus user files (same id overrides).
public struct RuleSet: Sendable {
    public var lexicons: Lexicons

    public init(lexicons: Lexicons = Lexicons()) {
        self.lexicons = lexicons
    }

    /// The rules shipped in `Rules/`. (First version: none.)
    public static func builtin() throws -> RuleSet { RuleSet() }
}
