import Foundation

/// A hand-labelled answer key for one cluster (`expected.json`): the differences a good report shows,
/// the agreements it must not flag, and what it must never cite.
public struct ExpectedFile: Sendable, Decodable {
    public struct EvidenceText: Sendable, Decodable, Hashable {
        public var file: String
        public var text: String
    }

    public struct Discrepancy: Sendable, Decodable {
        public var id: String
        public var kind: String
        /// "info", "warning", "error", or alternatives joined by " or ".
        public var severityExpected: String
        public var description: String
        public var evidence: [EvidenceText]

        enum CodingKeys: String, CodingKey {
            case id, kind, description, evidence
            case severityExpected = "severity_expected"
        }

        /// The severities the key accepts.
        public var acceptedSeverities: [Severity] {
            severityExpected.components(separatedBy: " or ").compactMap { Severity(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        }
    }

    public struct Agreement: Sendable, Decodable {
        public var kind: String
        public var description: String
        public var evidence: [EvidenceText]
    }

    public struct Forbidden: Sendable, Decodable {
        public var description: String
        public var evidence: [EvidenceText]
    }

    public var discrepancies: [Discrepancy]
    public var agreements: [Agreement]
    public var mustNotReport: [Forbidden]

    enum CodingKeys: String, CodingKey {
        case discrepancies, agreements
        case mustNotReport = "must_not_report"
    }

    /// Reads and decodes an answer key; errors name the file.
    public static func load(_ path: String) throws -> ExpectedFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot read expected file")
        }
        do {
            return try JSONDecoder().decode(ExpectedFile.self, from: data)
        } catch {
            throw InputError(file: path, "not a valid expected file: \(error)")
        }
    }
}
