/// Which side of a stated time an event lies on, when the text says so: "before 3 p.m.", "shortly after
/// 5 a.m." (`TimeValue.bound`). Such a time is a stretch ending or starting at the time stated, not the
/// time itself: "shortly before 3 p.m." agrees with 2:50 p.m., "after 10 p.m." with 11:30 p.m., and
/// "before 3 p.m." contradicts 3:10 p.m.
public enum TimeBound: String, Sendable, Hashable, Codable {
    case before
    case after
}
