/// How a report measures up against an answer key (`ExpectedFile`).
///
/// Matching is by evidence, never by finding id: an expected evidence `(file, text)` is *covered* by a
/// report entry when the entry's claim stands in a file with that name and its surface text contains
/// the expected text, or the expected text contains the claim's text (texts compared with quote marks
/// straightened, dashes folded and case ignored).
/// - A discrepancy is **reported** when one finding covers evidence in at least two of its files; it is
///   reported **at the expected severity** when that finding's severity is one the key accepts.
/// - An agreement is **flagged** when a finding at warning or error covers evidence in two of its files.
/// - Findings at warning or error that match no discrepancy are counted as unexpected.
/// - A must-not-report item is **cited** when any finding, corroboration or single-source claim has
///   one of its evidence texts in its surface text or its sentence.
public struct ExpectedScore: Sendable {
    public struct Line: Sendable {
        public var label: String
        public var ok: Bool
        public var detail: String
    }

    public var discrepancies: Int
    public var reported: Int
    public var reportedAtSeverity: Int
    public var agreements: Int
    public var agreementsFlagged: Int
    public var forbidden: Int
    public var forbiddenCited: Int
    /// Findings at warning or error that match no expected discrepancy (false alarms, or differences the key misses).
    public var unexpectedAtWarning: Int
    /// One line per key entry, for the detailed listing.
    public var lines: [Line]

    public init(report: Report, expected: ExpectedFile) {
        discrepancies = expected.discrepancies.count
        agreements = expected.agreements.count
        forbidden = expected.mustNotReport.count
        reported = 0
        reportedAtSeverity = 0
        agreementsFlagged = 0
        forbiddenCited = 0
        unexpectedAtWarning = 0
        lines = []
        var matchedFindings = Set<String>()

        for d in expected.discrepancies {
            let files = Set(d.evidence.map(\.file))
            let hits = report.findings.filter { f in ExpectedScore.coveredFiles(f.claims, d.evidence).count >= min(2, files.count) }
            let atSeverity = hits.filter { d.acceptedSeverities.contains($0.severity) }
            matchedFindings.formUnion(hits.map(\.id))
            if !hits.isEmpty { reported += 1 }
            if !atSeverity.isEmpty { reportedAtSeverity += 1 }
            let detail = hits.isEmpty ? "not reported"
                : hits.map { "\($0.severity.rawValue) \($0.label) [\($0.id)]" }.joined(separator: "; ")
            lines.append(Line(label: "discrepancy \(d.id) (expected \(d.severityExpected))", ok: !atSeverity.isEmpty, detail: detail))
        }
        for f in report.findings where f.severity >= .warning && !matchedFindings.contains(f.id) {
            unexpectedAtWarning += 1
            lines.append(Line(label: "unexpected \(f.severity.rawValue) [\(f.id)]", ok: false, detail: f.message))
        }
        for a in expected.agreements {
            let files = Set(a.evidence.map(\.file))
            let flagged = report.findings.filter { f in
                f.severity >= .warning && ExpectedScore.coveredFiles(f.claims, a.evidence).count >= min(2, files.count)
            }
            if !flagged.isEmpty { agreementsFlagged += 1 }
            let detail = flagged.isEmpty ? "not flagged" : flagged.map { "\($0.severity.rawValue): \($0.message)" }.joined(separator: "; ")
            lines.append(Line(label: "agreement: \(a.description)", ok: flagged.isEmpty, detail: detail))
        }
        for m in expected.mustNotReport {
            let entries = report.findings.flatMap(\.claims) + report.corroborated.flatMap(\.claims) + report.singleSource.flatMap(\.claims)
            let cited = entries.filter { ExpectedScore.cites($0, m.evidence) }
            if !cited.isEmpty { forbiddenCited += 1 }
            let detail = cited.isEmpty ? "not cited" : cited.prefix(5).map { "\($0.file):\($0.line) \"\($0.text)\"" }.joined(separator: "; ")
            lines.append(Line(label: "must not report: \(m.description)", ok: cited.isEmpty, detail: detail))
        }
    }

    /// The expected files in which some evidence entry covers an expected text.
    static func coveredFiles(_ claims: [Evidence], _ evidence: [ExpectedFile.EvidenceText]) -> Set<String> {
        var files = Set<String>()
        for e in evidence {
            let want = fold(e.text)
            for c in claims where baseName(c.file) == baseName(e.file) {
                let have = fold(c.text)
                if !have.isEmpty && (have.contains(want) || want.contains(have)) { files.insert(e.file) }
            }
        }
        return files
    }

    /// Whether a claim's text or its sentence contains one of the forbidden texts (same file).
    static func cites(_ claim: Evidence, _ evidence: [ExpectedFile.EvidenceText]) -> Bool {
        evidence.contains { e in
            guard baseName(claim.file) == baseName(e.file) else { return false }
            let want = fold(e.text)
            return fold(claim.text).contains(want) || fold(claim.sentence).contains(want)
        }
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func fold(_ s: String) -> String {
        Normalizer.normalize(s).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The three headline figures on one line each.
    public var summary: String {
        """
        discrepancies reported: \(reported)/\(discrepancies) (at the expected severity: \(reportedAtSeverity)/\(discrepancies))
        agreements flagged as error or warning: \(agreementsFlagged)/\(agreements)
        must-not-report items cited: \(forbiddenCited)/\(forbidden)
        other findings at warning or error: \(unexpectedAtWarning)
        """
    }
}
