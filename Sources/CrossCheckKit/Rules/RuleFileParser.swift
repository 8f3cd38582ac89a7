import Foundation

/// Reads one rule file: JSON5 syntax (Foundation's `JSONDecoder` with `allowsJSON5` is the authority;
/// `JSON5Scanner` gives positions) and the structure of every lexicon and rule, reporting every mistake
/// with `file:line:column`. Patterns are parsed later, once every file's lexicons are known.
struct RuleFileParser {
    let file: String
    let bytes: [UInt8]
    let builtin: Bool
    let lines: LineIndex
    private var diagnostics: [Diagnostic] = []

    init(file: String, bytes: [UInt8], builtin: Bool) {
        self.file = file
        self.bytes = bytes
        self.builtin = builtin
        self.lines = LineIndex(bytes)
    }

    /// What the rule file is decoded into to let Foundation's JSON5 reader accept or reject it.
    /// `JSONDecoder` reads the whole document before it decodes anything, so decoding this (which asks
    /// for nothing) gives its verdict on the file's syntax; walking every container, as this once did,
    /// took more than half of a small check's instructions and changed no verdict (scalars are checked
    /// by Foundation only when they are decoded, and by `JSON5Scanner` always).
    private struct WholeDocument: Decodable {
        init(from decoder: Decoder) throws {}
    }

    mutating func parse() -> RuleFileContents {
        var contents = RuleFileContents(file: file)
        if bytes.isEmpty {
            contents.diagnostics = [Diagnostic(.error, file: file, line: 1, column: 1, "empty rule file (expected { version: 1, rules: [...] })")]
            return contents
        }
        let root: JSON5Node
        do {
            root = try JSON5Scanner.parse(bytes)
        } catch {
            let (l, c) = lines.location(ofByte: error.offset)
            contents.diagnostics = [Diagnostic(.error, file: file, line: l, column: c, "JSON5 syntax error: " + error.message)]
            return contents
        }
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        do {
            _ = try decoder.decode(WholeDocument.self, from: Data(bytes))
        } catch {
            // Our scanner accepted what Foundation rejects: report Foundation's verdict at the top.
            contents.diagnostics = [Diagnostic(.error, file: file, line: 1, column: 1, "JSON5 syntax error: \(error)")]
            return contents
        }
        guard let members = root.members else {
            err(root, "a rule file must be an object { version: 1, rules: [...] }, not \(root.typeName)")
            contents.diagnostics = diagnostics
            return contents
        }
        checkKeys(members, allowed: ["version", "lexicons", "rules"], required: ["version"], in: root, what: "the rule file")
        for m in members {
            switch m.key {
            case "version":
                if let v = m.node.number {
                    if v != 1 { err(m.node, "unsupported version \(v.formatted()); this crosscheck reads version 1") }
                } else {
                    err(m.node, "'version' must be a number (1), not \(m.node.typeName)")
                }
            case "lexicons":
                parseLexicons(m.node, into: &contents)
            case "rules":
                guard let items = m.node.array else { err(m.node, "'rules' must be an array of rules, not \(m.node.typeName)"); continue }
                for item in items {
                    if let d = parseRule(item) { contents.drafts.append(d) }
                }
            default: break
            }
        }
        contents.diagnostics = diagnostics
        return contents
    }

    // MARK: - Diagnostics

    private mutating func err(_ node: JSON5Node, _ message: String) {
        err(at: node.offset, message)
    }

    private mutating func err(at offset: Int, _ message: String) {
        let (l, c) = lines.location(ofByte: offset)
        diagnostics.append(Diagnostic(.error, file: file, line: l, column: c, message))
    }

    private mutating func checkKeys(_ members: [JSON5Node.Member], allowed: [String], required: [String], in node: JSON5Node, what: String) {
        var seen: Set<String> = []
        for m in members {
            if !allowed.contains(m.key) {
                let hint = RuleFileParser.closest(m.key, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                err(at: m.keyOffset, "unknown key '\(m.key)' in \(what)\(hint); allowed: \(allowed.joined(separator: ", "))")
            } else if seen.contains(m.key) {
                err(at: m.keyOffset, "duplicate key '\(m.key)' in \(what)")
            }
            seen.insert(m.key)
        }
        for r in required where !seen.contains(r) {
            err(node, "\(what) is missing required key '\(r)'")
        }
    }

    /// The allowed key closest to a misspelt one (edit distance ≤ 2).
    static func closest(_ s: String, in options: [String]) -> String? {
        func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
            var prev = Array(0...b.count)
            for (i, x) in a.enumerated() {
                var cur = [i + 1] + Array(repeating: 0, count: b.count)
                for (j, y) in b.enumerated() {
                    cur[j + 1] = Swift.min(prev[j + 1] + 1, cur[j] + 1, prev[j] + (x == y ? 0 : 1))
                }
                prev = cur
            }
            return prev[b.count]
        }
        let a = Array(s.lowercased().utf8)
        let scored = options.map { ($0, distance(a, Array($0.lowercased().utf8))) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }?.0
    }

    private mutating func string(_ node: JSON5Node, _ field: String, nonEmpty: Bool = true) -> String? {
        guard let s = node.string else { err(node, "'\(field)' must be a string, not \(node.typeName)"); return nil }
        if nonEmpty && s.trimmingSpaces.isEmpty { err(node, "'\(field)' must not be empty"); return nil }
        return s
    }

    // MARK: - Lexicons

    private mutating func parseLexicons(_ node: JSON5Node, into contents: inout RuleFileContents) {
        guard let members = node.members else { err(node, "'lexicons' must be an object of named lists, not \(node.typeName)"); return }
        var seen: Set<String> = []
        for m in members {
            if !PatternParser.isName(m.key) {
                err(at: m.keyOffset, "invalid lexicon name '\(m.key)' (letters, digits, '-' and '_', starting with a letter)")
                continue
            }
            if seen.contains(m.key) { err(at: m.keyOffset, "lexicon '\(m.key)' is defined twice in this file"); continue }
            seen.insert(m.key)
            if TokenClass(rawValue: m.key) != nil {
                err(at: m.keyOffset, "lexicon name '\(m.key)' is a built-in token class; choose another name")
                continue
            }
            guard let items = m.node.array else { err(m.node, "lexicon '\(m.key)' must be an array of entries, not \(m.node.typeName)"); continue }
            var entries: [Lexicon.Entry] = []
            for item in items {
                if let e = parseEntry(item, lexicon: m.key) { entries.append(e) }
            }
            contents.lexicons.append(Lexicon(name: m.key, entries: entries))
            contents.lexiconLocations[m.key] = lines.location(ofByte: m.keyOffset)
        }
    }

    private mutating func parseEntry(_ node: JSON5Node, lexicon: String) -> Lexicon.Entry? {
        var phrase: String?
        var canonical: String?
        var group: String?
        var attributes: [String: String] = [:]
        var phraseNode = node
        if let s = node.string {
            phrase = s
        } else if let members = node.members {
            checkKeys(members, allowed: ["phrase", "canonical", "group", "attributes"], required: ["phrase"], in: node, what: "a lexicon entry")
            for m in members {
                switch m.key {
                case "phrase": phrase = string(m.node, "phrase"); phraseNode = m.node
                case "canonical": canonical = string(m.node, "canonical")
                case "group": group = string(m.node, "group")
                case "attributes":
                    guard let attrs = m.node.members else { err(m.node, "'attributes' must be an object, not \(m.node.typeName)"); continue }
                    for a in attrs {
                        switch a.node.value {
                        case .string(let s): attributes[a.key] = s
                        case .number(let d): attributes[a.key] = d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
                        case .bool(let b): attributes[a.key] = b ? "true" : "false"
                        default: err(a.node, "attribute '\(a.key)' must be a string, number or boolean, not \(a.node.typeName)")
                        }
                    }
                default: break
                }
            }
        } else {
            err(node, "a lexicon entry must be a string or an object { phrase, canonical?, group?, attributes? }, not \(node.typeName)")
            return nil
        }
        guard let phrase else { return nil }
        // A `unit` entry converts only with both a dimension and a numeric factor; one without the other
        // would be dropped from the unit table without a word (entries with neither are pattern words).
        if lexicon == "unit", attributes["dimension"] != nil || attributes["factor"] != nil,
           attributes["dimension"] == nil || attributes["factor"].flatMap(Double.init) == nil {
            err(node, "unit '\(phrase)' needs both attributes dimension and factor (a number), as { dimension: \"length\", factor: 1000 }: without them it is not converted")
        }
        let tokens = Tokenizer().tokenize(Array(phrase.utf8))
        guard !tokens.isEmpty else { err(phraseNode, "lexicon '\(lexicon)': the phrase has no tokens"); return nil }
        let pb = Array(phrase.utf8)
        var words = tokens.map { String(decoding: Normalizer.normalize(bytes: Array(pb[Int($0.start)..<Int($0.end)])), as: UTF8.self) }
        if Normalizer.normalize(phrase).trimmingSpaces == "'s" { words = ["'s"] }
        return Lexicon.Entry(tokens: words, canonical: canonical ?? RuleFileParser.joined(words, tokens), group: group, attributes: attributes)
    }

    /// Normalized words joined as the text spaces them ("jong-un", "foreign minister").
    static func joined(_ words: [String], _ tokens: [Token]) -> String {
        var s = ""
        for (i, w) in words.enumerated() {
            if i > 0 && i < tokens.count && tokens[i].flags.contains(.spaceBefore) { s += " " }
            s += w
        }
        return s
    }

    // MARK: - Rules

    static let ruleKeys = ["id", "kind", "description", "pattern", "key", "value", "span", "person", "unnamed", "holder", "fallback", "yieldsTo", "compare", "severity", "examples"]

    private mutating func parseRule(_ node: JSON5Node) -> RuleDraft? {
        guard let members = node.members else { err(node, "a rule must be an object, not \(node.typeName)"); return nil }
        let before = diagnostics.count
        checkKeys(members, allowed: RuleFileParser.ruleKeys, required: ["id", "kind", "description", "pattern", "examples"], in: node, what: "a rule")
        var id: String?, kind: String?, description: String?, pattern: String?
        var idNode = node
        var patternNode = node
        var key: String?
        var value = ValueTemplate.automatic
        var span: String?
        var person: String?
        var unnamed: String?
        var holder: String?
        var fallback = false
        var yieldsTo: [String] = [], yieldsNode: JSON5Node?
        var compare: CompareSpec?
        var compareLexicon: JSON5Node?
        var dimension: JSON5Node?
        var severity = Severity.error
        var examples = RuleExamples()
        var templates: [(String, JSON5Node)] = []
        for m in members {
            switch m.key {
            case "id":
                idNode = m.node
                id = string(m.node, "id")
            case "kind":
                kind = string(m.node, "kind")
                if let k = kind, !PatternParser.isName(k) { err(m.node, "invalid kind '\(k)' (letters, digits, '-' and '_', starting with a letter)") }
            case "description": description = string(m.node, "description")
            case "pattern":
                patternNode = m.node
                pattern = string(m.node, "pattern")
            case "key":
                key = string(m.node, "key")
                if key != nil { templates.append(("key", m.node)) }
            case "span":
                span = string(m.node, "span")
                if let s = span {
                    if ValueTemplate.soleReference(s) == nil { err(m.node, "'span' must be one capture reference such as \"$n\"") }
                    else { templates.append(("span", m.node)) }
                }
            case "person":
                person = string(m.node, "person")
                if let s = person {
                    if ValueTemplate.soleReference(s) == nil { err(m.node, "'person' must be one capture reference such as \"$p\"") }
                    else { templates.append(("person", m.node)) }
                }
            case "holder":
                holder = string(m.node, "holder")
                if let s = holder {
                    if ValueTemplate.soleReference(s) == nil { err(m.node, "'holder' must be one capture reference such as \"$h\"") }
                    else if members.contains(where: { $0.key == "person" }) { err(m.node, "'holder' and 'person' cannot both be given: a claim is keyed by one of them") }
                    else { templates.append(("holder", m.node)) }
                }
            case "unnamed":
                unnamed = string(m.node, "unnamed")
                if let s = unnamed {
                    if ValueTemplate.references(in: s).isEmpty { err(m.node, "'unnamed' must refer to at least one capture, such as \"a $g aged $n\"") }
                    else { templates.append(("unnamed", m.node)) }
                }
            case "fallback":
                if let b = m.node.bool { fallback = b } else { err(m.node, "'fallback' must be true or false, not \(m.node.typeName)") }
            case "yieldsTo":
                yieldsNode = m.node
                if let items = m.node.array {
                    for item in items {
                        if let s = item.string, !s.isEmpty { yieldsTo.append(s) }
                        else { err(item, "'yieldsTo' must list rule ids, not " + (item.string == nil ? item.typeName : "an empty string")) }
                    }
                } else { err(m.node, "'yieldsTo' must be a list of rule ids, not \(m.node.typeName)") }
            case "value":
                if let v = parseValue(m.node, templates: &templates, dimension: &dimension) { value = v }
            case "compare":
                (compare, compareLexicon) = parseCompare(m.node)
            case "severity":
                if let s = string(m.node, "severity") {
                    if let sev = Severity(rawValue: s) { severity = sev }
                    else { err(m.node, "unknown severity '\(s)'; use error, warning or info") }
                }
            case "examples":
                examples = parseExamples(m.node)
            default: break
            }
        }
        // A rule with mistakes still goes on (unless it lacks an id or pattern), so its pattern and id
        // are checked too and every mistake is reported in one run; `valid` keeps it out of the rule set.
        guard let id, let pattern else { return nil }
        let (l, c) = lines.location(ofByte: node.offset)
        let rule = Rule(id: id, kind: kind ?? "", description: description ?? "", pattern: pattern, node: .sentenceStart,
                        key: key ?? id, value: value, span: span.flatMap(ValueTemplate.soleReference),
                        person: person.flatMap(ValueTemplate.soleReference), unnamed: unnamed,
                        holder: holder.flatMap(ValueTemplate.soleReference), fallback: fallback, yieldsTo: yieldsTo,
                        compare: compare ?? Rule.defaultCompare(kind: kind ?? ""), severity: severity, examples: examples,
                        file: file, line: l, column: c, builtin: builtin)
        return RuleDraft(rule: rule, patternNode: patternNode, templates: templates, idNode: idNode,
                         compareLexicon: compareLexicon, dimension: dimension, yieldsTo: yieldsNode, lines: lines, valid: diagnostics.count == before)
    }

    private mutating func parseValue(_ node: JSON5Node, templates: inout [(String, JSON5Node)], dimension: inout JSON5Node?) -> ValueTemplate? {
        if let s = node.string {
            if s.trimmingSpaces.isEmpty { err(node, "'value' must not be empty"); return nil }
            templates.append(("value", node))
            return .string(s)
        }
        guard let members = node.members else {
            err(node, "'value' must be a string (\"$capture\") or an object ({ quantity, of, unit, dimension }, { name, title }, { quote, speaker }, { text }), not \(node.typeName)")
            return nil
        }
        let keys = Set(members.map(\.key))
        let allowed: [String]
        if keys.contains("name") { allowed = ["name", "title"] }
        else if keys.contains("quote") { allowed = ["quote", "speaker"] }
        else if keys.contains("text") { allowed = ["text"] }
        else { allowed = ["quantity", "of", "unit", "dimension"] }
        if members.isEmpty { err(node, "'value' object is empty"); return nil }
        let before = diagnostics.count
        checkKeys(members, allowed: allowed, required: [], in: node, what: "'value'")
        var fields: [String: String] = [:]
        for m in members where allowed.contains(m.key) {
            if let s = string(m.node, m.key) {
                fields[m.key] = s
                // A dimension is a name, checked against the units once every file's lexicons are read.
                if m.key == "dimension" { dimension = m.node } else { templates.append(("value." + m.key, m.node)) }
            }
        }
        guard diagnostics.count == before else { return nil }
        if let n = fields["name"] { return .official(name: n, title: fields["title"]) }
        if let q = fields["quote"] { return .quote(quote: q, speaker: fields["speaker"]) }
        if let t = fields["text"] { return .text(t) }
        return .quantity(quantity: fields["quantity"], of: fields["of"], unit: fields["unit"], dimension: fields["dimension"])
    }

    private mutating func parseCompare(_ node: JSON5Node) -> (CompareSpec?, JSON5Node?) {
        if let s = node.string {
            guard let mode = CompareSpec.Mode(rawValue: s) else {
                err(node, "unknown compare mode '\(s)'; use exact, tolerance, interval, granularity, synonyms or quote")
                return (nil, nil)
            }
            return (CompareSpec(mode: mode), nil)
        }
        guard let members = node.members else { err(node, "'compare' must be a mode string or an object { mode, ... }, not \(node.typeName)"); return (nil, nil) }
        checkKeys(members, allowed: ["mode", "tolerance", "relativeTolerance", "lexicon", "rising"], required: ["mode"], in: node, what: "'compare'")
        var spec = CompareSpec()
        var lexNode: JSON5Node?
        for m in members {
            switch m.key {
            case "mode":
                if let s = string(m.node, "mode") {
                    if let mode = CompareSpec.Mode(rawValue: s) { spec.mode = mode }
                    else { err(m.node, "unknown compare mode '\(s)'; use exact, tolerance, interval, granularity, synonyms or quote") }
                }
            case "tolerance", "relativeTolerance":
                if let d = m.node.number, d >= 0, d.isFinite {
                    if m.key == "tolerance" { spec.tolerance = d } else { spec.relativeTolerance = d }
                } else {
                    err(m.node, "'\(m.key)' must be a non-negative number, not \(m.node.typeName)")
                }
            case "lexicon":
                if let s = string(m.node, "lexicon") { spec.lexicon = s; lexNode = m.node }
            case "rising":
                if let b = m.node.bool { spec.rising = b } else { err(m.node, "'rising' must be true or false, not \(m.node.typeName)") }
            default: break
            }
        }
        return (spec, lexNode)
    }

    private mutating func parseExamples(_ node: JSON5Node) -> RuleExamples {
        guard let members = node.members else { err(node, "'examples' must be an object { match: [...], noMatch: [...] }, not \(node.typeName)"); return RuleExamples() }
        checkKeys(members, allowed: ["match", "noMatch"], required: ["match", "noMatch"], in: node, what: "'examples'")
        var out = RuleExamples()
        for m in members {
            guard m.key == "match" || m.key == "noMatch" else { continue }
            guard let items = m.node.array else { err(m.node, "'\(m.key)' must be an array, not \(m.node.typeName)"); continue }
            if items.isEmpty { err(m.node, "'\(m.key)' needs at least one example") }
            for item in items {
                if let e = parseExample(item, isMatch: m.key == "match") {
                    if m.key == "match" { out.match.append(e) } else { out.noMatch.append(e) }
                }
            }
        }
        return out
    }

    private mutating func parseExample(_ node: JSON5Node, isMatch: Bool) -> RuleExample? {
        let line = lines.location(ofByte: node.offset).line
        if let s = node.string {
            if isMatch { err(node, "a match example must be an object { text, value } (the value the claim must have)"); return nil }
            return RuleExample(text: s, line: line)
        }
        guard let members = node.members else { err(node, "an example must be \(isMatch ? "an object { text, value }" : "a string or an object { text }"), not \(node.typeName)"); return nil }
        let allowed = isMatch ? ["text", "value", "match", "key", "published"] : ["text", "published"]
        checkKeys(members, allowed: allowed, required: isMatch ? ["text", "value"] : ["text"], in: node, what: isMatch ? "a match example" : "a noMatch example")
        var e = RuleExample(text: "", line: line)
        for m in members where allowed.contains(m.key) {
            guard let s = string(m.node, m.key, nonEmpty: m.key == "text") else { continue }
            switch m.key {
            case "text": e.text = s
            case "value": e.value = s
            case "match": e.match = s
            case "key": e.key = s
            case "published":
                if PublishedTime(iso: s) == nil { err(m.node, "'published' must be an ISO date such as \"2024-06-19\" (got '\(s)')") }
                e.published = s
            default: break
            }
        }
        return e
    }
}
