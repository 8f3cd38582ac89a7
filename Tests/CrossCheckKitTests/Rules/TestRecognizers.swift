@testable import CrossCheckKit

/// A tiny number recognizer for engine tests: a digits token ("13,500", "7.8"), optionally followed by
/// "million" (one recognition spanning two tokens). Not the real `<number>` recognizer.
struct TinyNumberRecognizer: Recognizer {
    var name = "number"
    var examples: [RecognizerExample] { [RecognizerExample("7 million", match: "7 million", value: "7000000")] }

    func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        var out: [Recognition] = []
        for (i, t) in text.tokens.enumerated() where t.kind == .number {
            guard let v = Double(text.string(i).replacingOccurrences(of: ",", with: "")) else { continue }
            if i + 1 < text.tokens.count, text.token(i + 1, is: "million") {
                out.append(Recognition(tokens: i..<(i + 2), value: .quantity(.exact(v * 1_000_000))))
            } else {
                out.append(Recognition(tokens: i..<(i + 1), value: .quantity(.exact(v))))
            }
        }
        return out
    }
}

/// A tiny person recognizer for engine tests: two or three capitalized words after "Mr" or "President",
/// or any run of two capitalized words; value = the words joined by spaces.
struct TinyPersonRecognizer: Recognizer {
    var name = "person"
    var examples: [RecognizerExample] { [] }

    func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        var out: [Recognition] = []
        var i = 0
        while i < text.tokens.count {
            var j = i
            while j < text.tokens.count, text.tokens[j].kind == .word, text.tokens[j].flags.contains(.capitalized), !text.tokens[j].flags.contains(.allCaps),
                  !text.token(j, is: "president"), !text.token(j, is: "minister") { j += 1 }
            if j - i >= 2 {
                let name = (i..<j).map { text.string($0) }.joined(separator: " ")
                out.append(Recognition(tokens: i..<j, value: .name(name)))
                i = j
            } else {
                i += 1
            }
        }
        return out
    }
}

enum RuleTestSupport {
    static let recognizers: [any Recognizer] = [TinyNumberRecognizer(), TinyPersonRecognizer()]
    static let names: Set<String> = ["number", "person"]

    static func ruleSet(_ json5: String, file: String = "test.json5") throws -> RuleSet {
        try RuleSet.parse(files: [(file, json5)], recognizers: names)
    }

    /// A one-rule file around a pattern (and optional extra rule fields).
    static func singleRule(_ pattern: String, extra: String = "", lexicons: String = "") -> String {
        """
        {
          version: 1,
          \(lexicons.isEmpty ? "" : "lexicons: { \(lexicons) },")
          rules: [
            { id: "r", kind: "count", description: "test", pattern: \(quoted(pattern)), \(extra)
              examples: { match: [ { text: "x", value: "x" } ], noMatch: [ "y" ] } },
          ],
        }
        """
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func claims(_ rules: RuleSet, _ text: String, recognizers: [any Recognizer] = recognizers) -> [Claim] {
        let source = Source(id: "s", file: "s.txt", text: text)
        let seg = Segmenter().segment(source)
        return Extractor(rules: rules, recognizers: recognizers).extract(source, index: 0, text: seg)
    }

    /// Surface texts of the claims of `pattern` on `text`.
    static func matches(_ pattern: String, _ text: String, lexicons: String = "", extra: String = "") throws -> [String] {
        let rules = try ruleSet(singleRule(pattern, extra: extra, lexicons: lexicons))
        let source = Source(id: "s", file: "s.txt", text: text)
        return claims(rules, text).map { source.string($0.span) }
    }
}
