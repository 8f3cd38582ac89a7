/// What a recognizer may know besides the text: the source's publication time (to resolve
/// "Wednesday" or "last month") and the lexicons from the rule files.
public struct RecognizerContext: Sendable {
    public var published: PublishedTime?
    public var lexicons: Lexicons

    public init(published: PublishedTime? = nil, lexicons: Lexicons = Lexicons()) {
        self.published = published
        self.lexicons = lexicons
    }
}
