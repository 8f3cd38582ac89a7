/// A word-level diff between two versions of a quotation, as shown in reports.
public struct WordDiff: Sendable, Hashable {
    public enum Op: String, Sendable, Hashable, Codable { case same, removed, added }
    public struct Part: Sendable, Hashable {
        public var op: Op
        public var text: String
        public init(_ op: Op, _ text: String) {
            self.op = op
            self.text = text
        }
    }
    /// The two sources compared (ids): `removed` words are in `from` only, `added` in `to` only.
    public var from: String
    public var to: String
    public var parts: [Part]

    public init(from: String, to: String, parts: [Part]) {
        self.from = from
        self.to = to
        self.parts = parts
    }
}
