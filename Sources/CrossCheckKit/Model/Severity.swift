/// How serious a finding is. Ordered: `info` < `warning` < `error`.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A variant: typographic or editorial quote differences, name spellings, compatible titles.
    case info
    /// A divergence: a reworded quotation, incompatible titles.
    case warning
    /// A conflict: incompatible values, a quotation given to different speakers.
    case error

    public var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
