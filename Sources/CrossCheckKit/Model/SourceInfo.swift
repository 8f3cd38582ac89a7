/// A source as a report lists it.
public struct SourceInfo: Sendable, Hashable {
    public var id: String
    public var file: String
    public var outlet: String?
    public var published: PublishedTime?
    public var url: String?
    /// Number of claims extracted from it.
    public var claims: Int

    public init(id: String, file: String, outlet: String?, published: PublishedTime?, url: String?, claims: Int) {
        self.id = id
        self.file = file
        self.outlet = outlet
        self.published = published
        self.url = url
        self.claims = claims
    }
}
