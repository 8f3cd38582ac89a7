import Testing
@testable import CrossCheckKit

/// Runs every corpus example of the number, percent, measure, date, time and duration recognizers.
@Suite struct RecognizerCorpusTests {
    static let owned: Set<String> = ["number", "percent", "measure", "date", "time", "duration"]

    static func run(_ r: any Recognizer, _ ex: RecognizerExample) -> String? {
        let text = Segmenter().segment(Array(ex.text.utf8))
        let ctx = RecognizerContext(published: ex.published.flatMap(PublishedTime.init(iso:)))
        let found = r.recognize(text, context: ctx)
        let match = Array(ex.match.utf8)
        guard let at = ex.text.utf8.firstRange(of: match) else { return "match text not in example" }
        let s = ex.text.utf8.distance(from: ex.text.utf8.startIndex, to: at.lowerBound)
        let span = TextSpan(start: s, end: s + match.count)
        if let value = ex.value {
            guard let hit = found.first(where: { text.span(tokens: $0.tokens) == span }) else {
                return "no recognition of '\(ex.match)'; got " + found.map { "'\(text.string(tokens: $0.tokens))'=\($0.value.display)" }.joined(separator: ", ")
            }
            return hit.value.display == value ? nil : "'\(ex.match)' gave \(hit.value.display), expected \(value)"
        }
        if let hit = found.first(where: { text.span(tokens: $0.tokens).contains(span) }) {
            return "must not match '\(ex.match)' but got '\(text.string(tokens: hit.tokens))' = \(hit.value.display)"
        }
        return nil
    }

    @Test(arguments: RecognizerRegistry.builtin().filter { owned.contains($0.name) }.map(\.name))
    func corpus(_ name: String) {
        let r = RecognizerRegistry.builtin().first { $0.name == name }!
        #expect(!r.examples.isEmpty)
        for ex in r.examples {
            if let problem = RecognizerCorpusTests.run(r, ex) {
                Issue.record("\(name): \(ex.text) — \(problem)")
            }
        }
    }
}
