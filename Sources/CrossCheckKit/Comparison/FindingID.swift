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

    /// Gives each finding of one report an id of its own. Two findings share a `make` id when one key is
    /// compared in two places of a story with the same pair of values: a generic key such as "length" with
    /// "3,000 metres" against "3,500 metres" for a runway and again, the sources crossed, for a breakwater.
    /// A shared id would let `--baseline` hide both when one was reviewed, and a reader could not name one.
    /// Such findings hash, besides their id, which source gave which wording (each evidence's source and
    /// text: still no positions); findings alike in that too are numbered in report order ("-2", "-3").
    /// A unique id is left as it is, so baselines recorded before keep matching; each changed finding keeps
    /// the id it shared (`Finding.sharedID`).
    static func disambiguate(_ findings: inout [Finding]) {
        var count: [String: Int] = [:]
        for f in findings { count[f.id, default: 0] += 1 }
        guard count.values.contains(where: { $0 > 1 }) else { return }
        for i in findings.indices where count[findings[i].id]! > 1 {
            findings[i].sharedID = findings[i].id
            findings[i].id = withEvidence(findings[i].id, findings[i].claims)
        }
        var seen: [String: Int] = [:]
        for i in findings.indices {
            let n = seen[findings[i].id, default: 0] + 1
            seen[findings[i].id] = n
            if n > 1 { findings[i].id += "-\(n)" }
        }
    }

    /// The id a finding of id `id` takes when another finding of the report shares `id`: `id` and which
    /// source gave which wording (each evidence's source and text, sorted: no positions). A baseline keeps it
    /// beside a unique id (`Baseline.Entry.evidenceID`), and matches a finding whose twin has gone by it, so a
    /// reviewed finding stays hidden whether or not a twin comes or goes.
    static func withEvidence(_ id: String, _ claims: [Evidence]) -> String {
        let evidence = claims.map { $0.source + "\u{1F}" + $0.text }.sorted()
        return StableHash.hex(StableHash.canonical(id + "\u{1D}" + evidence.joined(separator: "\u{1E}")))
    }
}
