/// The normalized value of a claim. Reports render it as the JSON contract describes:
/// counts and quantities `{"min","max","unit","of"}`, dates and times ISO 8601 at their precision,
/// durations ISO 8601, officials `{"name","title"}`, quotes `{"text","speaker"}`, names the canonical name.
public enum ClaimValue: Sendable, Hashable, Codable {
    case quantity(Quantity)
    case date(CalendarDate)
    case time(TimeValue)
    case duration(DurationValue)
    /// A named official: canonical name and normalized title.
    case official(name: String, title: String)
    /// A person's canonical name (the surface spelling stays in the claim's text).
    case name(String)
    /// A quotation: the text as quoted (quote marks removed) and the canonical speaker, if known.
    case quote(text: String, speaker: String?)
    /// Anything else a user rule extracts, compared as text.
    case text(String)

    /// A short human-readable rendering for Markdown and the text claim list.
    public var display: String {
        switch self {
        case .quantity(let q):
            func f(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
            var s: String
            switch (q.min, q.max) {
            case let (a?, b?) where a == b: s = f(a)
            case let (a?, b?): s = f(a) + "–" + f(b)
            case let (a?, nil): s = (q.lowerOpen ? ">" : "≥") + f(a)
            case let (nil, b?): s = (q.upperOpen ? "<" : "≤") + f(b)
            default: s = "?"
            }
            if q.approximate { s = "~" + s }
            if let u = q.unit { s += " " + u }
            if let o = q.of { s += " (" + o + ")" }
            if let why = q.suspect { s += " [suspect: " + why + "]" }
            return s
        case .date(let d): return d.iso
        case .time(let t): return (t.bound.map { $0.rawValue + " " } ?? "") + t.iso + (t.zone.map { " " + $0 } ?? "")
        case .duration(let d): return (d.approximate ? "~" : "") + d.iso
        case .official(let name, let title): return name + " (" + title + ")"
        case .name(let n): return n
        case .quote(let text, let speaker): return "“" + text + "”" + (speaker.map { " — " + $0 } ?? "")
        case .text(let t): return t
        }
    }
}
