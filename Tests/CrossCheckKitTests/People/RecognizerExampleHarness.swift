import Foundation
@testable import CrossCheckKit

/// Runs a recognizer's `examples`: each must-match text yields a recognition whose surface is
/// exactly `match` and whose value displays as `value`; each must-not-match text yields no
/// recognition overlapping `match`.
enum RecognizerExampleHarness {
    /// The context of a real run: the built-in rule files' lexicons (the people recognizers' only word lists).
    static let shipped = RecognizerContext(lexicons: (try? RuleSet.builtin())?.lexicons ?? Lexicons())

    static func failures(_ recognizer: any Recognizer, context: RecognizerContext = shipped) -> [String] {
        var out: [String] = []
        for ex in recognizer.examples {
            let text = Segmenter().segment(Array(ex.text.utf8))
            let found = recognizer.recognize(text, context: context)
            let described = found.map { "[\(text.string(tokens: $0.tokens))] = \($0.value.display)" }.joined(separator: "; ")
            if let value = ex.value {
                let ok = found.contains { text.string(tokens: $0.tokens) == ex.match && $0.value.display == value }
                if !ok { out.append("\(recognizer.name): expected [\(ex.match)] = \(value) in \"\(ex.text)\"; got \(described)") }
            } else {
                guard let r = ex.text.range(of: ex.match) else {
                    out.append("\(recognizer.name): must-not-match text \"\(ex.match)\" not in its example")
                    continue
                }
                let lo = ex.text.utf8.distance(from: ex.text.utf8.startIndex, to: r.lowerBound)
                let hi = ex.text.utf8.distance(from: ex.text.utf8.startIndex, to: r.upperBound)
                let bad = found.filter {
                    let s = text.span(tokens: $0.tokens)
                    return s.start < hi && lo < s.end
                }
                if !bad.isEmpty {
                    out.append("\(recognizer.name): must not match [\(ex.match)] in \"\(ex.text)\"; got " +
                               bad.map { "[\(text.string(tokens: $0.tokens))] = \($0.value.display)" }.joined(separator: "; "))
                }
            }
        }
        return out
    }
}
