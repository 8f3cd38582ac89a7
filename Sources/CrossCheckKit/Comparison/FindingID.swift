/// Stable finding ids: FNV-1a 64 (hex) of kind, key, label and the sorted set of normalized values,
/// in Unicode normalization form C — never positions, so a baseline still matches when lines move or
/// sources are reordered. (NFC: keys and values are grouped by String equality, under which two
/// spellings of "José", precomposed or with a combining accent, are one; the group keeps the spelling
/// of whichever source came first, and the id must not depend on which that was.)
enum FindingID {
    static func make(kind: String, key: String, label: String, values: [String]) -> String {
        let sorted = Array(Set(values)).sorted()
        let text = kind + "\u{1F}" + key + "\u{1F}" + label + "\u{1F}" + sorted.joined(separator: "\u{1E}")
        return StableHash.hex(StableHash.canonical(text))
    }
}
