import Foundation
@testable import CrossCheckKit

/// Builds an `AnalyzedCluster` by hand for alignment and comparison tests: fictional sources and
/// claims placed on the n-th occurrence of a surface string (so spans and sentences are real).
struct FixtureCluster {
    var sources: [Source] = []
    var claims: [Claim] = []

    /// Adds a source; returns its index.
    @discardableResult
    mutating func source(_ id: String, _ text: String, published: String? = nil) -> Int {
        sources.append(Source(id: id, file: id + ".txt", outlet: nil, published: published.flatMap(PublishedTime.init(iso:)), text: text))
        return sources.count - 1
    }

    /// Loads `Tests/Fixtures/align/<folder>/<name>.txt` as a source.
    @discardableResult
    mutating func fixture(_ folder: String, _ name: String, published: String? = nil) -> Int {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/align/\(folder)/\(name).txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return source(name, text, published: published)
    }

    /// Adds a claim on the `occurrence`-th appearance of `surface` in source `s`.
    mutating func claim(_ s: Int, _ surface: String, occurrence: Int = 0, kind: String, key: String, _ value: ClaimValue,
                        compare: CompareSpec = CompareSpec(), rule: String? = nil, severity: Severity = .error,
                        attributes: Attributes = [:]) {
        let text = sources[s].text
        let needle = Array(surface.utf8)
        var found = -1
        var seen = 0
        if needle.count <= text.count {
            for i in 0...(text.count - needle.count) where Array(text[i..<(i + needle.count)]) == needle {
                if seen == occurrence { found = i; break }
                seen += 1
            }
        }
        precondition(found >= 0, "fixture: “\(surface)” not found in \(sources[s].id)")
        let span = TextSpan(start: found, end: found + needle.count)
        let seg = Segmenter().segment(sources[s])
        let token = seg.tokens.firstIndex { Int($0.end) > span.start } ?? 0
        claims.append(Claim(kind: kind, rule: rule ?? kind + "." + key, key: key, value: value, source: s, span: span,
                            sentence: seg.sentenceIndex(ofToken: token), compare: compare, severity: severity,
                            attributes: attributes))
    }

    func analyzed() -> AnalyzedCluster {
        let texts = sources.map { Segmenter().segment($0) }
        let ordered = claims.sorted { ($0.source, $0.span.start) < ($1.source, $1.span.start) }
        return AnalyzedCluster(cluster: Cluster(name: "fixture", sources: sources), texts: texts, claims: ordered)
    }

    /// Aligns and compares.
    func run(lexicons: Lexicons = Lexicons()) -> (groups: [ClaimGroup], result: CrossCheckKit.ComparisonResult, analyzed: AnalyzedCluster) {
        let a = analyzed()
        let groups = Aligner().align(a)
        return (groups, Comparator(lexicons: lexicons).compare(groups, in: a), a)
    }

    static func count(_ n: Double, of: String? = nil) -> ClaimValue { .quantity(.exact(n, of: of)) }
}
