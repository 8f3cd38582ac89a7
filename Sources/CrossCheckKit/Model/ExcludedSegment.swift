/// A part of a source left out of extraction, with why. Listed in every report.
public struct ExcludedSegment: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable, Codable {
        case frontMatter = "front-matter"
        case repeatedLine = "repeated-line"
        case clutter
        case offTopic = "off-topic"
        /// A paragraph the source says is about another event ("In a separate case, ...": `OtherEventDetector`).
        case otherEvent = "other-event"
        case markup
    }

    public var span: TextSpan
    public var reason: Reason
    /// One line of explanation ("no shared vocabulary with the other sources", "mailing-list footer").
    public var detail: String

    public init(span: TextSpan, reason: Reason, detail: String) {
        self.span = span
        self.reason = reason
        self.detail = detail
    }
}
