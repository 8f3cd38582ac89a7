/// Turns a rule match into a claim: resolves captures, forms key and value from the rule's
/// templates (see `Rules/README.md`), picks the evidence span.
struct ClaimBuilder {
    let program: Program
    let rules: [Rule]
    let lexicons: Lexicons
    let text: SegmentedText
    let recognitions: RecognitionTable

    func claim(_ m: RuleMatch, source: Int, sentence: Int) -> Claim? {
        let rule = rules[m.rule]
        guard let value = value(rule.value, m) else { return nil }
        let key = substitute(rule.key, m)
        var range = m.start..<m.end
        if let s = rule.span, let part = resolve(s, m), !part.tokens.isEmpty { range = part.tokens }
        return Claim(kind: rule.kind, rule: rule.id, key: key, value: value, source: source,
                     span: text.span(tokens: range), sentence: sentence, compare: rule.compare, severity: rule.severity,
                     attributes: valueRecognition(rule.value, m)?.attributes ?? [:])
    }

    /// The recognition the value template takes its value from, if any (its attributes go on the claim).
    private func valueRecognition(_ template: ValueTemplate, _ m: RuleMatch) -> Recognition? {
        func sole(_ s: String) -> Recognition? { ValueTemplate.soleReference(s).flatMap { resolve($0, m)?.recognition } }
        switch template {
        case .automatic: return firstRecognition(m, where: { _ in true })
        case .string(let s): return sole(s)
        case .quantity(let q, _, _):
            if let q { return sole(q) }
            return firstRecognition(m, where: isQuantity)
        case .official(let name, _): return sole(name)
        case .quote(let q, _): return sole(q)
        case .text: return nil
        }
    }

    // MARK: - Captures

    private func occurrence(_ o: OccurrenceSlot, _ caps: [Int32]) -> CapturedPart? {
        let s = Int(caps[o.base]), e = Int(caps[o.base + 1]), k = Int(caps[o.base + 2])
        guard s >= 0, e > s, k >= 0, o.classIndex >= 0 else { return nil }
        if o.isRecognizer {
            return CapturedPart(tokens: s..<e, recognition: recognitions.all[o.classIndex][k])
        }
        guard let lex = lexicons[program.lexiconNames[o.classIndex]], k < lex.entries.count else { return nil }
        return CapturedPart(tokens: s..<e, entry: lex.entries[k])
    }

    /// The part `$name` refers to in match `m`, or nil when it took no part in the match.
    func resolve(_ name: String, _ m: RuleMatch) -> CapturedPart? {
        let occurrences = program.occurrences[m.rule]
        if let base = program.namedSlots[m.rule][name] {
            let s = Int(m.captures[base]), e = Int(m.captures[base + 1])
            guard s >= 0, e >= s else { return nil }
            var part = CapturedPart(tokens: s..<e)
            // A capture covering exactly one recognition (or lexicon entry) carries it.
            for o in occurrences {
                if let occ = occurrence(o, m.captures), occ.tokens == part.tokens {
                    if occ.recognition != nil, part.recognition == nil { part.recognition = occ.recognition }
                    if occ.entry != nil, part.entry == nil { part.entry = occ.entry }
                }
            }
            return part
        }
        // A class name: its last matched occurrence.
        var found: CapturedPart?
        for o in occurrences where o.className == name {
            if let occ = occurrence(o, m.captures), found.map({ occ.tokens.lowerBound >= $0.tokens.lowerBound }) ?? true {
                found = occ
            }
        }
        return found
    }

    /// Normalized text: tokens normalized, joined by one space where the text has space.
    func normalizedText(_ range: Range<Int>) -> String {
        var s = ""
        for t in range {
            if t > range.lowerBound && text.tokens[t].flags.contains(.spaceBefore) { s += " " }
            s += text.normalized(t)
        }
        return s
    }

    /// The text a capture stands for in keys and `of`/`title`: a person's canonical name, a lexicon
    /// entry's canonical form, else the normalized text.
    private func keyText(_ part: CapturedPart) -> String {
        if let r = part.recognition {
            switch r.value {
            case .name(let n): return n
            case .official(let n, _): return n
            default: break
            }
        }
        if let e = part.entry { return e.canonical }
        return normalizedText(part.tokens)
    }

    /// A template with each `$capture` replaced by its key text (empty when it took no part).
    func substitute(_ template: String, _ m: RuleMatch) -> String {
        let refs = ValueTemplate.references(in: template)
        guard !refs.isEmpty else { return template }
        var bytes = Array(template.utf8)
        for ref in refs.reversed() {
            let replacement = resolve(ref.name, m).map(keyText) ?? ""
            bytes.replaceSubrange(ref.offset..<(ref.offset + 1 + ref.name.utf8.count), with: Array(replacement.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Values

    private func firstRecognition(_ m: RuleMatch, where ok: (ClaimValue) -> Bool) -> Recognition? {
        var best: Recognition?
        for o in program.occurrences[m.rule] where o.isRecognizer {
            if let occ = occurrence(o, m.captures), let r = occ.recognition, ok(r.value),
               best.map({ r.tokens.lowerBound < $0.tokens.lowerBound }) ?? true {
                best = r
            }
        }
        return best
    }

    private func isQuantity(_ v: ClaimValue) -> Bool { if case .quantity = v { return true } else { return false } }

    /// The capture's text as written (spacing kept), for names.
    private func surface(_ part: CapturedPart) -> String {
        part.tokens.isEmpty ? "" : text.string(tokens: part.tokens)
    }

    func value(_ template: ValueTemplate, _ m: RuleMatch) -> ClaimValue? {
        switch template {
        case .automatic:
            if let r = firstRecognition(m, where: { _ in true }) { return r.value }
            return .text(normalizedText(m.start..<m.end))
        case .string(let s):
            if let name = ValueTemplate.soleReference(s) {
                guard let part = resolve(name, m) else { return nil }
                if let r = part.recognition { return r.value }
                if let e = part.entry { return .text(e.canonical) }
                return .text(normalizedText(part.tokens))
            }
            return .text(substitute(s, m))
        case .text(let s):
            if let name = ValueTemplate.soleReference(s) {
                guard let part = resolve(name, m) else { return nil }
                return .text(part.entry?.canonical ?? normalizedText(part.tokens))
            }
            return .text(substitute(s, m))
        case .quantity(let q, let of, let unit):
            var quantity: Quantity
            if let q {
                guard let name = ValueTemplate.soleReference(q), let part = resolve(name, m),
                      let r = part.recognition, case .quantity(let v) = r.value else { return nil }
                quantity = v
            } else {
                guard let r = firstRecognition(m, where: isQuantity), case .quantity(let v) = r.value else { return nil }
                quantity = v
            }
            if let of, let t = optionalText(of, m) { quantity.of = t }
            if let unit, let t = optionalText(unit, m) { quantity.unit = t }
            return .quantity(quantity)
        case .official(let nameTemplate, let titleTemplate):
            let name: String
            if let ref = ValueTemplate.soleReference(nameTemplate) {
                guard let part = resolve(ref, m) else { return nil }
                if let r = part.recognition, case .name(let n) = r.value { name = n }
                else if let r = part.recognition, case .official(let n, _) = r.value { name = n }
                else { name = surface(part) }
            } else {
                name = substitute(nameTemplate, m)
            }
            guard let titleTemplate else { return .name(name) }
            return .official(name: name, title: title(titleTemplate, m))
        case .quote(let q, let speakerTemplate):
            guard let ref = ValueTemplate.soleReference(q), let part = resolve(ref, m) else { return nil }
            let quoted: String
            var speaker: String?
            if let r = part.recognition, case .quote(let t, let s) = r.value {
                quoted = t
                speaker = s
            } else {
                var range = part.tokens
                while !range.isEmpty, text.tokens[range.lowerBound].kind == .quote { range = (range.lowerBound + 1)..<range.upperBound }
                while !range.isEmpty, text.tokens[range.upperBound - 1].kind == .quote { range = range.lowerBound..<(range.upperBound - 1) }
                quoted = range.isEmpty ? "" : text.string(tokens: range)
            }
            if let speakerTemplate {
                if let sref = ValueTemplate.soleReference(speakerTemplate) {
                    if let sp = resolve(sref, m) {
                        if let r = sp.recognition, case .name(let n) = r.value { speaker = n } else { speaker = surface(sp) }
                    }
                } else {
                    speaker = substitute(speakerTemplate, m)
                }
            }
            return .quote(text: quoted, speaker: speaker)
        }
    }

    /// A title: a lexicon entry's canonical form; a capture spanning several elements
    /// ("deputy foreign minister" as `(?<t> <title-modifier>? <title>)`) that is exactly one entry of
    /// the `title` lexicon also gets that entry's canonical form; else the normalized text.
    private func title(_ template: String, _ m: RuleMatch) -> String {
        if let ref = ValueTemplate.soleReference(template), let part = resolve(ref, m), part.entry == nil,
           let k = program.lexiconNames.firstIndex(of: "title"),
           let e = program.tries[k].entry(text.tokens, exactly: part.tokens),
           let lex = lexicons["title"], e < lex.entries.count {
            return lex.entries[e].canonical
        }
        return optionalText(template, m) ?? ""
    }

    /// A literal, or a template whose captures took part: its key text; nil when a sole capture is missing.
    private func optionalText(_ template: String, _ m: RuleMatch) -> String? {
        if let ref = ValueTemplate.soleReference(template) {
            return resolve(ref, m).map(keyText)
        }
        return substitute(template, m)
    }
}
