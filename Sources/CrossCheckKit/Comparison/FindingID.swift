/// Stable finding ids: FNV-1a 64 (hex) of kind, key, label and the sorted set of normalized values —
/// never positions, so a baseline still matches when lines move or sources are reordered.
enum FindingID {
    static func make(kind: String, key: String, label: String, values: [String]) -> String {
        let sorted = Array(Set(values)).sorted()
        let text = kind + "\u{1F}" + key + "\u{1F}" + label + "\u{1F}" + sorted.joined(separator: "\u{1E}")
        return StableHash.hex(StableHash.fnv1a(text))
    }
}
