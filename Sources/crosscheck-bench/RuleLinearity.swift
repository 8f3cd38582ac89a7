import CrossCheckKit

/// Builds the rule set for the linearity section: the shipped rules plus a user rule file, held in
/// memory, whose pattern nests optional and repeated elements (the shape that makes a backtracking
/// matcher take exponential time on a long sentence without the final literal).
enum RuleLinearity {
    static func ruleFile(pattern: String) -> String {
        """
        {
          version: 1,
          rules: [
            {
              id: "bench.pathological",
              kind: "bench",
              description: "Nested optional and repeated elements (benchmark only)",
              pattern: "\(pattern)",
              key: "pathological",
              severity: "info",
              examples: {
                match: [ { text: "one two three x", value: "one two three x" } ],
                noMatch: [ "one two three" ],
              },
            },
          ],
        }
        """
    }

    /// The shipped rules plus the pathological user rule; the error when the file is rejected.
    static func ruleSet(adding pattern: String, to rules: RuleSet) -> Result<RuleSet, Error> {
        Result {
            let user = try RuleSet.parse(files: [(name: "bench-pathological.json5", contents: ruleFile(pattern: pattern))])
            return RuleSet(rules: rules.rules + user.rules, lexicons: rules.lexicons)
        }
    }

    /// The text with "x " after every sentence end (". ", "! ", "? ") and at its start.
    static func literalOpensSentences(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x20]
        out.reserveCapacity(text.count + text.count / 40)
        for (i, b) in text.enumerated() {
            out.append(b)
            if b == 0x20, i > 0, text[i - 1] == 0x2E || text[i - 1] == 0x21 || text[i - 1] == 0x3F { out += [0x78, 0x20] }
        }
        return out
    }

    static func describe(_ rules: RuleSet) -> String {
        "\(rules.rules.count) rules"
    }
}
