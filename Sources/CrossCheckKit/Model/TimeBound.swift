/// Which side of a stated time an event lies on, when the text says so (`TimeValue.bound`): "before 3
/// p.m.", "by 3 p.m." (at or before), "after 10 p.m.", and close to it, "shortly before 3 p.m.", "just
/// after 5 a.m.". Such a time is a stretch ending or starting at the time stated, not the time itself:
/// "shortly before 3 p.m." agrees with 2:50 p.m. and not with 3:10 p.m., "after 10 p.m." with 11:30 p.m.
public enum TimeBound: String, Sendable, Hashable, Codable {
    case before
    case after
    case shortlyBefore = "shortly before"
    case shortlyAfter = "shortly after"

    /// Whether the event lies before the time.
    public var isBefore: Bool { self == .before || self == .shortlyBefore }
    /// Whether the text puts the event close to the time ("shortly", "just", "soon", "moments").
    public var isNear: Bool { self == .shortlyBefore || self == .shortlyAfter }

    /// The side `before` (true) or after, close to the time or not.
    init(before: Bool, near: Bool) {
        self = before ? (near ? .shortlyBefore : .before) : (near ? .shortlyAfter : .after)
    }
}
