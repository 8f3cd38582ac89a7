import Foundation
import Testing
@testable import CrossCheckKit

@Suite struct RuleValidationTests {
    typealias S = RuleTestSupport

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/rules")

    private func diagnostics(_ json5: String, file: String = "t.json5") -> [String] {
        do {
            _ = try S.ruleSet(json5, file: file)
            return []
        } catch let e as InputError {
            return e.diagnostics.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func aFileWithSeveralMistakesGetsOnePreciseMessagePerMistake() throws {
        let path = Self.fixtures.appendingPathComponent("mistakes.json5").path
        var messages: [String] = []
        do {
            _ = try RuleSet.load(paths: [path], includeBuiltin: false, recognizers: S.names)
        } catch let e as InputError {
            messages = e.diagnostics.map { $0.description.replacingOccurrences(of: path, with: "F") }
        }
        let expected = [
            "F:5:43: error: unknown key 'canonicl' in a lexicon entry (did you mean 'canonical'?); allowed: phrase, canonical, group, attributes",
            "F:12:17: error: pattern: unbalanced '(': no ')' closes the group opened here",
            "F:16:11: error: duplicate rule id 'a.one' (first defined at F:8:5)",
            "F:19:17: error: pattern: unknown class <numbr> (not a token class, a recognizer or a lexicon defined in the rule files)",
            "F:20:7: error: unknown key 'severtiy' in a rule (did you mean 'severity'?); allowed: id, kind, description, pattern, key, value, span, person, unnamed, holder, fallback, yieldsTo, compare, severity, examples",
            "F:28:15: error: 'value' uses capture $m, which the pattern does not define (defined: $n)",
            "F:29:17: error: unknown severity 'fatal'; use error, warning or info",
            "F:30:24: error: unknown compare mode 'fuzzy'; use exact, tolerance, interval, granularity, synonyms or quote",
            "F:33:5: error: a rule is missing required key 'examples'",
            "F:36:20: error: 'description' must be a string, not a number",
            "F:37:33: error: pattern: bound {3,2}: the maximum is smaller than the minimum",
        ]
        #expect(messages == expected)
    }

    @Test func syntaxErrorsHaveLineAndColumn() {
        #expect(diagnostics("{\n  version: 1,\n  rules: [ { id: 'x' ]\n}") == ["t.json5:3:22: error: JSON5 syntax error: expected ',' or '}' but found ']'"])
        #expect(diagnostics("{ version: 1, rules: [ { id: \"x\n\" } ] }").first?.hasPrefix("t.json5:1:30: error: JSON5 syntax error: unterminated string") == true)
        #expect(diagnostics("") == ["t.json5:1:1: error: empty rule file (expected { version: 1, rules: [...] })"])
        #expect(diagnostics("[1, 2]") == ["t.json5:1:1: error: a rule file must be an object { version: 1, rules: [...] }, not an array"])
        #expect(diagnostics("{ version: 2 }") == ["t.json5:1:12: error: unsupported version 2; this crosscheck reads version 1"])
        // Leading zeros are not JSON5 (Foundation's reader rejects them only when the value is decoded).
        #expect(diagnostics("{ version: 01 }") == ["t.json5:1:12: error: JSON5 syntax error: a number cannot start with 0 (\"01\"); write 1"])
        #expect(diagnostics("{ version: 0.5e1, x: 0 }").allSatisfy { !$0.contains("syntax error") })
    }

    @Test func patternErrorsPointInsideThePattern() {
        func patternError(_ p: String) -> String? {
            let file = "{ version: 1, rules: [ { id: 'r', kind: 'k', description: 'd', pattern: \(S.quoted(p)), examples: { match: [{ text: 'a', value: 'a' }], noMatch: ['b'] } } ] }"
            // The pattern string's content starts at column 74.
            return diagnostics(file).first
        }
        #expect(patternError("a (b | c") == "t.json5:1:76: error: pattern: unbalanced '(': no ')' closes the group opened here")
        #expect(patternError("a b)") == "t.json5:1:77: error: pattern: unbalanced ')': no '(' to close")
        #expect(patternError("a <nope>") == "t.json5:1:76: error: pattern: unknown class <nope> (not a token class, a recognizer or a lexicon defined in the rule files)")
        #expect(patternError("a? b*") == "t.json5:1:74: error: pattern: pattern can match zero tokens (every element is optional); a rule must match at least one token")
        #expect(patternError("* a") == "t.json5:1:74: error: pattern: '*' has nothing to repeat (put it right after an element)")
        #expect(patternError("a** b") == "t.json5:1:76: error: pattern: '*' follows another repeat operator; use parentheses: (x?)*")
        #expect(patternError("(a | ) b") == "t.json5:1:79: error: pattern: empty alternative")
        #expect(patternError("x{2,99}") == "t.json5:1:75: error: pattern: bound larger than 50; use * or + for long runs")
        #expect(patternError("(?<n> a) (?<n> b)") == "t.json5:1:86: error: pattern: capture 'n' is defined twice")
        #expect(patternError("\"unterminated") == "t.json5:1:74: error: pattern: unterminated quoted literal")
    }

    @Test func aValueDimensionKeepsOnlyQuantitiesInItsUnits() throws {
        func file(_ dimension: String) -> String {
            "{ version: 1, rules: [ { id: 'q', kind: 'quantity', description: 'd', pattern: 'peaked at (?<q> <number>)', "
                + "value: { quantity: '$q', dimension: '\(dimension)' }, examples: { match: [{ text: 'a', value: 'a' }], noMatch: ['b'] } } ] }"
        }
        // An unknown dimension is an error at the name (column 145: its opening quote), with the known ones.
        let bad = diagnostics(file("lenght")).first ?? ""
        #expect(bad.hasPrefix("t.json5:1:145: error: value dimension 'lenght' is no unit's dimension; known: area, currency, "))
        #expect(bad.contains(" length, "))
        // With the real number recognizer: a length is read, a bare number, a percentage or money is not;
        // "currency" takes any currency.
        func values(_ dimension: String, _ text: String) throws -> [String] {
            let rules = try RuleSet.parse(files: [("t.json5", file(dimension))])
            let source = Source(id: "s", file: "s.txt", text: text)
            return Extractor(rules: rules).extract(source, index: 0, text: Segmenter().segment(source)).map(\.value.display)
        }
        #expect(try values("length", "The river peaked at 5.8 metres. Calls peaked at 3,000. Inflation peaked at 11%. Bids peaked at £3m.") == ["5.8 m"])
        #expect(try values("currency", "Bids peaked at £3m. Calls peaked at 3,000. Offers peaked at $2.5bn.") == ["3000000 GBP", "2500000000 USD"])
        // A unit entry converts only with both attributes: one without the other is an error at the entry.
        let half = "{ version: 1, lexicons: { unit: [ { phrase: 'hands', attributes: { dimension: 'length' } } ] } }"
        #expect(diagnostics(half) == ["t.json5:1:35: error: unit 'hands' needs both attributes dimension and factor (a number), as { dimension: \"length\", factor: 1000 }: without them it is not converted"])
        #expect(diagnostics("{ version: 1, lexicons: { unit: [ 'hands' ] } }").isEmpty)
        let notANumber = "{ version: 1, lexicons: { unit: [ { phrase: 'league', attributes: { factor: 'x' } } ] } }"
        #expect(diagnostics(notANumber).first?.hasPrefix("t.json5:1:35: error: unit 'league' needs both attributes") == true)
        // The dimension tests the claim's unit, a unit the rule sets included: a spaced "m" the recognizer
        // leaves unread is a length when the rule makes it the unit.
        let spaced = "{ version: 1, rules: [ { id: 'q', kind: 'quantity', description: 'd', pattern: 'peaked at (?<q> <number>) (?<u> m)?', "
            + "value: { quantity: '$q', unit: '$u', dimension: 'length' }, examples: { match: [{ text: 'a', value: 'a' }], noMatch: ['b'] } } ] }"
        let source = Source(id: "s", file: "s.txt", text: "It peaked at 4.2 m. It peaked at 3,000. It peaked at 5 metres.")
        let claims = Extractor(rules: try RuleSet.parse(files: [("t.json5", spaced)])).extract(source, index: 0, text: Segmenter().segment(source))
        #expect(claims.map(\.value.display) == ["4.2 m", "5 m"])
    }

    @Test func anUnnamedDescriptionNeedsACaptureAndKeysTheClaim() throws {
        func file(_ unnamed: String) -> String {
            "{ version: 1, rules: [ { id: 'a', kind: 'date', description: 'd', pattern: '((?<p> <person>) | a (?<n> <digits>) - year - old (?<g> man | woman)) was held', "
                + "key: 'hold', person: '$p', unnamed: '\(unnamed)', value: 'held', examples: { match: [{ text: 'a', value: 'a' }], noMatch: ['b'] } } ] }"
        }
        #expect(diagnostics(file("someone")).first?.hasSuffix("error: 'unnamed' must refer to at least one capture, such as \"a $g aged $n\"") == true)
        #expect(diagnostics(file("a $g aged $x")).first?.contains("'unnamed' uses capture $x, which the pattern does not define") == true)
        // A description only when every capture it names took part, and only when `person` names nobody.
        let rules = try RuleSet.parse(files: [("t.json5", file("a $g aged $n"))])
        let source = Source(id: "s", file: "s.txt", text: "A 34-year-old man was held. Tom Hale was held. A man was held.")
        let claims = Extractor(rules: rules).extract(source, index: 0, text: Segmenter().segment(source))
        #expect(claims.map(\.key) == ["hold of a man aged 34", "hold of Tom Hale"])
        #expect(claims.first?.attributes["unnamed"] == "a man aged 34")
    }

    @Test func aHolderKeysTheClaimByTheNameItCaptures() throws {
        func file(_ fields: String) -> String {
            "{ version: 1, rules: [ { id: 'w', kind: 'count', description: 'd', pattern: '((?<h> <cap> <cap>{0,3}) party?)? won (?<n> <number>) seats', "
                + "key: 'seat', \(fields) value: { quantity: '$n', of: 'seat' }, examples: { match: [{ text: 'a', value: 'a' }], noMatch: ['b'] } } ] }"
        }
        #expect(diagnostics(file("holder: 'the $h',")).first?.hasSuffix("error: 'holder' must be one capture reference such as \"$h\"") == true)
        #expect(diagnostics(file("holder: '$x',")).first?.contains("'holder' uses capture $x, which the pattern does not define") == true)
        #expect(diagnostics(file("holder: '$h', person: '$h',")).contains { $0.hasSuffix("error: 'holder' and 'person' cannot both be given: a claim is keyed by one of them") })
        // The capitalized words, without a leading function word or a trailing "Party"; none for a weekday or "He".
        let rules = try RuleSet.parse(files: [("t.json5", file("holder: '$h',"))])
        let source = Source(id: "s", file: "s.txt", text: "The Unity Party won 64 seats. Civic Union won 52 seats. Sunday won 3 seats. He won 2 seats.")
        let claims = Extractor(rules: rules).extract(source, index: 0, text: Segmenter().segment(source))
        #expect(claims.map(\.key) == ["seat of Unity", "seat of Civic Union", "seat", "seat"])
        #expect(claims.first?.attributes["holder"] == "Unity")
    }

    @Test func aFallbackRuleClaimsOnlyWhatNoOtherRuleClaims() throws {
        let file = "{ version: 1, rules: [ "
            + "{ id: 'any', kind: 'count', description: 'd', pattern: '(?<n> <number>)', fallback: true, examples: { match: [{ text: 'a', value: 'a' }], noMatch: ['b'] } }, "
            + "{ id: 'jobs', kind: 'count', description: 'd', pattern: '(?<n> <number>) jobs | (?<n> <number>) days of', examples: { match: [{ text: 'a', value: 'a' }], noMatch: ['b'] } } ] }"
        let rules = try RuleSet.parse(files: [("t.json5", file)])
        let source = Source(id: "s", file: "s.txt", text: "It cut 40 jobs in 12 towns.\n")
        let claims = Extractor(rules: rules).extract(source, index: 0, text: Segmenter().segment(source))
        #expect(claims.map { "\($0.rule) \($0.value.display)" } == ["jobs 40 (job)", "any 12 (town)"])
        #expect(diagnostics(file.replacingOccurrences(of: "fallback: true", with: "fallback: 'yes'")).first?.hasSuffix("error: 'fallback' must be true or false, not a string") == true)
    }

    @Test func aRuleThatYieldsClaimsOnlyOutsideTheClaimsOfTheRulesItNames() throws {
        let file = "{ version: 1, rules: [ "
            + "{ id: 'noun', kind: 'count', description: 'd', pattern: '(?<n> <number>) (?<x> passengers | crew)', key: '$x', yieldsTo: ['fate'], examples: { match: [{ text: 'a', value: 'a' }], noMatch: ['b'] } }, "
            + "{ id: 'fate', kind: 'count', description: 'd', pattern: 'rescued (?<n> <number>) passengers', key: 'rescued', examples: { match: [{ text: 'a', value: 'a' }], noMatch: ['b'] } }, "
            + "{ id: 'other', kind: 'count', description: 'd', pattern: 'carried (?<n> <number>) crew', key: 'carried', examples: { match: [{ text: 'a', value: 'a' }], noMatch: ['b'] } } ] }"
        let rules = try RuleSet.parse(files: [("t.json5", file)])
        // Inside a claim of the rule it yields to: no claim; inside another rule's claim, or outside: a claim.
        let source = Source(id: "s", file: "s.txt", text: "Boats rescued 95 passengers. The ferry had 120 passengers. It carried 6 crew.\n")
        let claims = Extractor(rules: rules).extract(source, index: 0, text: Segmenter().segment(source))
        #expect(claims.map { "\($0.rule) \($0.key) \($0.value.display)" } == ["fate rescued 95 (passenger)", "noun passengers 120 (passenger)", "other carried 6 (crew)", "noun crew 6 (crew)"])
        // Mistakes name the list item.
        func message(_ list: String) -> String? { diagnostics(file.replacingOccurrences(of: "yieldsTo: ['fate']", with: "yieldsTo: \(list)")).first }
        #expect(message("['nothing']")?.hasSuffix("error: 'yieldsTo' names rule 'nothing', which no loaded rule file defines") == true)
        #expect(message("['noun']")?.hasSuffix("error: rule 'noun' cannot yield to itself") == true)
        #expect(message("'fate'")?.hasSuffix("error: 'yieldsTo' must be a list of rule ids, not a string") == true)
        #expect(message("['']")?.hasSuffix("error: 'yieldsTo' must list rule ids, not an empty string") == true)
        let chained = file.replacingOccurrences(of: "key: 'rescued',", with: "key: 'rescued', yieldsTo: ['other'],")
        #expect(diagnostics(chained).first?.hasSuffix("error: 'yieldsTo' names rule 'fate' (t.json5:1:223), which itself gives way to other rules (it has 'yieldsTo'); a rule yields only to rules that give way to none") == true)
        #expect(diagnostics(file.replacingOccurrences(of: "key: 'rescued',", with: "key: 'rescued', fallback: true,")).first?.contains("names rule 'fate' (t.json5:1:223), which itself gives way to other rules (a fallback)") == true)
        #expect(diagnostics(file.replacingOccurrences(of: "key: 'rescued',", with: "key: 'rescued', severity: 'loud',")).contains { $0.hasSuffix("names rule 'fate' (t.json5:1:223), which has errors") })
        // A fallback gives way to a rule with `yieldsTo` too: "6 crew" is the noun rule's alone.
        let withFallback = String(file.dropLast(4)) + ", { id: 'any', kind: 'count', description: 'd', pattern: '(?<n> <number>) <word>', fallback: true, examples: { match: [{ text: 'a', value: 'a' }], noMatch: ['b'] } } ] }"
        let all = try RuleSet.parse(files: [("t.json5", withFallback)])
        let more = Source(id: "s", file: "s.txt", text: "The ferry had 120 passengers. It took 6 hours.\n")
        #expect(Extractor(rules: all).extract(more, index: 0, text: Segmenter().segment(more)).map { "\($0.rule) \($0.key)" } == ["noun passengers", "any any"])
    }

    @Test func overrideByIdAndDuplicatesAcrossFiles() throws {
        let rule = { (pattern: String) in
            "{ version: 1, rules: [ { id: 'same', kind: 'k', description: 'd', pattern: '\(pattern)', examples: { match: [{ text: 'a', value: 'a' }], noMatch: ['b'] } } ] }"
        }
        let builtin = try RuleSet.parse(files: [("builtin.json5", rule("alpha"))], builtin: true, recognizers: [])
        #expect(builtin.rules.map(\.pattern) == ["alpha"])
        // A user file overrides the built-in rule with the same id.
        let merged = try RuleSet.parse(files: [("builtin.json5", Array(rule("alpha").utf8), true), ("user.json5", Array(rule("beta").utf8), false)],
                                       recognizers: [], diagnostics: [])
        #expect(merged.rules.map(\.pattern) == ["beta"])
        #expect(S.claims(merged, "alpha beta").map(\.value.display) == ["beta"])
        // Two user files with one id are an error, at the second definition.
        #expect(throws: InputError.self) {
            _ = try RuleSet.parse(files: [("u1.json5", rule("alpha")), ("u2.json5", rule("beta"))], recognizers: [])
        }
    }

    @Test func lexiconsMergeAcrossFilesAndNamesAreChecked() throws {
        let a = "{ version: 1, lexicons: { unit: [ 'km' ] } }"
        let b = "{ version: 1, lexicons: { unit: [ 'mile' ] }, rules: [ { id: 'u', kind: 'k', description: 'd', pattern: '<digits> <unit>', examples: { match: [{ text: '5 km', value: '5 km' }], noMatch: ['b'] } } ] }"
        let set = try RuleSet.parse(files: [("a.json5", a), ("b.json5", b)], recognizers: [])
        #expect(set.lexicons["unit"]?.entries.map(\.canonical) == ["km", "mile"])
        #expect(S.claims(set, "5 km and 6 mile").map(\.value.display) == ["5 km", "6 mile"])
        #expect(diagnostics("{ version: 1, lexicons: { word: [ 'x' ] } }") == ["t.json5:1:27: error: lexicon name 'word' is a built-in token class; choose another name"])
        #expect(diagnostics("{ version: 1, lexicons: { number: [ 'x' ] } }") == ["t.json5:1:27: error: lexicon name 'number' is the name of a recognizer; choose another name"])
    }

    @Test func aFoldersRuleFilesLoadInByteOrder() throws {
        // Two names that Swift's String order ties (é precomposed, and e with a combining acute): the
        // folder's files load in byte order whatever the listing's order, so the duplicate id is
        // reported in the same file every time (0x65 'e' before 0xC3, the first byte of 'é').
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rule-order-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let rule = #"{ version: 1, rules: [ { id: "x.one", kind: "count", description: "d", pattern: "<number> boats", examples: { match: [ { text: "5 boats", value: "5" } ], noMatch: [ "none" ] } } ] }"#
        for name in ["caf\u{E9}.json5", "cafe\u{301}.json5"] {
            try rule.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        var messages: [String] = []
        do {
            _ = try RuleSet.load(paths: [dir.path], includeBuiltin: false)
        } catch let e as InputError {
            messages = e.diagnostics.map(\.description)
        }
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first.map { Array($0.utf8).starts(with: Array((dir.path + "/caf\u{E9}.json5").utf8)) } == true)
        #expect(messages.first.map { Array($0.utf8).firstRange(of: Array("cafe\u{301}.json5".utf8)) != nil } == true)
    }

    @Test func missingRuleFileIsReported() {
        #expect(throws: InputError.self) { _ = try RuleSet.load(paths: ["/no/such/rules.json5"], includeBuiltin: false) }
    }
}
