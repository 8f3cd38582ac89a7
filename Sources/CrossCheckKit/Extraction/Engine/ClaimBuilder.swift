/// Turns a rule match into a claim: resolves captures, forms key and value from the rule's
/// templates (see `Rules/README.md`), picks the evidence span.
///
/// The templates' references come resolved in the `ClaimPlan`; captured parts carry the indices of
/// their recognition or lexicon entry, so a match costs no name lookups and copies only what its
/// claim keeps.
struct ClaimBuilder {
    let program: Program
    let plan: ClaimPlan
    let rules: [Rule]
    let text: SegmentedText
    let recognitions: RecognitionTable

    func claim(_ m: RuleMatch, source: Int, sentence: Int) -> Claim? {
        guard let (value, from) = value(rules[m.rule].value, plan.rules[m.rule].value, m) else { return nil }
        let key = substitute(plan.rules[m.rule].key, m)
        var range = m.start..<m.end
        if let s = plan.rules[m.rule].span, let part = resolve(s, m), !part.tokens.isEmpty { range = part.tokens }
        // The recognition the value was taken from lends its attributes.
        let attributes: Attributes = from.map { recognitions.all[$0.recognizer][$0.recognition].attributes } ?? [:]
        return Claim(fields: plan.fields[m.rule], key: key, value: value, source: source, span: text.span(tokens: range),
                     sentence: sentence, attributes: attributes)
    }

    // MARK: - Captures

    private func occurrence(_ o: OccurrenceSlot, _ caps: [Int32]) -> CapturedPart? {
        let s = Int(caps[o.base]), e = Int(caps[o.base + 1]), k = Int(caps[o.base + 2])
        guard s >= 0, e > s, k >= 0, o.classIndex >= 0 else { return nil }
        if o.isRecognizer {
            return CapturedPart(tokens: s..<e, recognizer: o.classIndex, recognition: k)
        }
        guard k < plan.entryCounts[o.classIndex] else { return nil }
        return CapturedPart(tokens: s..<e, lexicon: o.classIndex, entry: k)
    }

    /// The part a reference stands for in match `m`, or nil when it took no part in the match.
    func resolve(_ ref: ClaimPlan.Reference, _ m: RuleMatch) -> CapturedPart? {
        let occurrences = program.occurrences[m.rule]
        if ref.slot >= 0 {
            let s = Int(m.captures[ref.slot]), e = Int(m.captures[ref.slot + 1])
            guard s >= 0, e >= s else { return nil }
            var part = CapturedPart(tokens: s..<e)
            // A capture covering exactly one recognition (or lexicon entry) carries it.
            for o in occurrences {
                if let occ = occurrence(o, m.captures), occ.tokens == part.tokens {
                    if occ.hasRecognition, !part.hasRecognition { part.recognizer = occ.recognizer; part.recognition = occ.recognition }
                    if occ.hasEntry, !part.hasEntry { part.lexicon = occ.lexicon; part.entry = occ.entry }
                }
            }
            return part
        }
        // A class name: its last matched occurrence.
        var found: CapturedPart?
        for i in ref.classOccurrences {
            if let occ = occurrence(occurrences[i], m.captures), found.map({ occ.tokens.lowerBound >= $0.tokens.lowerBound }) ?? true {
                found = occ
            }
        }
        return found
    }

    /// The value of the part's recognition (the part has one).
    private func recognized(_ part: CapturedPart) -> ClaimValue {
        recognitions.all[part.recognizer][part.recognition].value
    }

    /// The canonical form of the part's lexicon entry, if it has one.
    private func canonical(_ part: CapturedPart) -> String? {
        part.hasEntry ? plan.canonicals[part.lexicon][part.entry] : nil
    }

    /// Normalized text: tokens normalized, joined by one space where the text has space.
    func normalizedText(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        appendNormalized(range, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the bytes of `normalizedText(range)` (tokens normalized as `Normalizer.normalize` does,
    /// written straight into `bytes`).
    private func appendNormalized(_ range: Range<Int>, to bytes: inout [UInt8]) {
        text.text.withUnsafeBufferPointer { buffer in
            for t in range {
                let tok = text.tokens[t]
                if t > range.lowerBound && tok.flags.contains(.spaceBefore) { bytes.append(0x20) }
                var i = Int(tok.start)
                let end = Int(tok.end)
                while i < end {
                    let b = buffer[i]
                    if b < 0x80 {
                        bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                        i += 1
                    } else if let (folded, width) = Normalizer.fold(buffer, at: i, end: end) {
                        bytes.append(folded)
                        i += width
                    } else {
                        bytes.append(b)
                        i += 1
                    }
                }
            }
        }
    }

    /// The text a capture stands for in keys and `of`/`title`: a person's canonical name, a lexicon
    /// entry's canonical form, else the normalized text.
    private func keyText(_ part: CapturedPart) -> String {
        if part.hasRecognition {
            switch recognized(part) {
            case .name(let n): return n
            case .official(let n, _): return n
            default: break
            }
        }
        if let c = canonical(part) { return c }
        return normalizedText(part.tokens)
    }

    /// Appends the bytes of `keyText(part)`.
    private func appendKeyText(_ part: CapturedPart, to bytes: inout [UInt8]) {
        if part.hasRecognition {
            switch recognized(part) {
            case .name(let n): bytes.append(contentsOf: n.utf8); return
            case .official(let n, _): bytes.append(contentsOf: n.utf8); return
            default: break
            }
        }
        if let c = canonical(part) { bytes.append(contentsOf: c.utf8); return }
        appendNormalized(part.tokens, to: &bytes)
    }

    /// A template with each `$capture` replaced by its key text (empty when it took no part).
    private func substitute(_ template: ClaimPlan.Template, _ m: RuleMatch) -> String {
        guard !template.references.isEmpty else { return template.text }
        // Exactly one reference ("$person"): its key text as it is, often a String the value already holds.
        // (No `map(keyText)`: a method reference as a closure copies the builder, every field retained.)
        if let ref = template.sole {
            guard let part = resolve(ref, m) else { return "" }
            return keyText(part)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(template.bytes.count + 16)
        var last = 0
        for r in template.references {
            bytes.append(contentsOf: template.bytes[last..<r.offset])
            if let part = resolve(r.reference, m) { appendKeyText(part, to: &bytes) }
            last = r.offset + r.length
        }
        bytes.append(contentsOf: template.bytes[last...])
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Values

    /// The earliest recognition in the match whose value passes `ok`.
    private func firstRecognition(_ m: RuleMatch, where ok: (ClaimValue) -> Bool) -> CapturedPart? {
        var best: CapturedPart?
        var bestStart = 0
        for o in program.occurrences[m.rule] where o.isRecognizer {
            if let occ = occurrence(o, m.captures) {
                let r = recognitions.all[occ.recognizer][occ.recognition]
                if ok(r.value), best == nil || r.tokens.lowerBound < bestStart {
                    best = occ
                    bestStart = r.tokens.lowerBound
                }
            }
        }
        return best
    }

    private static func isQuantity(_ v: ClaimValue) -> Bool { if case .quantity = v { return true } else { return false } }

    /// The capture's text as written (spacing kept), for names.
    private func surface(_ part: CapturedPart) -> String {
        part.tokens.isEmpty ? "" : text.string(tokens: part.tokens)
    }

    /// The claim value of match `m`, and the captured recognition it was taken from (whose attributes
    /// go on the claim), if any. `templates` are the plan's templates of `template`.
    private func value(_ template: ValueTemplate, _ templates: [ClaimPlan.Template?], _ m: RuleMatch) -> (ClaimValue, CapturedPart?)? {
        switch template {
        case .automatic:
            if let r = firstRecognition(m, where: { _ in true }) { return (recognized(r), r) }
            return (.text(normalizedText(m.start..<m.end)), nil)
        case .string:
            let t = templates[0]!
            if let ref = t.sole {
                guard let part = resolve(ref, m) else { return nil }
                if part.hasRecognition { return (recognized(part), part) }
                if let c = canonical(part) { return (.text(c), nil) }
                return (.text(normalizedText(part.tokens)), nil)
            }
            return (.text(substitute(t, m)), nil)
        case .text:
            let t = templates[0]!
            if let ref = t.sole {
                guard let part = resolve(ref, m) else { return nil }
                return (.text(canonical(part) ?? normalizedText(part.tokens)), nil)
            }
            return (.text(substitute(t, m)), nil)
        case .quantity(let q, _, _):
            var quantity: Quantity
            let from: CapturedPart
            if q != nil {
                guard let ref = templates[0]!.sole, let part = resolve(ref, m), part.hasRecognition,
                      case .quantity(let v) = recognized(part) else { return nil }
                quantity = v
                from = part
            } else {
                guard let r = firstRecognition(m, where: Self.isQuantity), case .quantity(let v) = recognized(r) else { return nil }
                quantity = v
                from = r
            }
            if let of = templates[1], let t = optionalText(of, m) { quantity.of = t }
            if let unit = templates[2], let t = optionalText(unit, m) { quantity.unit = t }
            return (.quantity(quantity), from)
        case .official:
            let nameTemplate = templates[0]!
            let name: String
            var from: CapturedPart?
            if let ref = nameTemplate.sole {
                guard let part = resolve(ref, m) else { return nil }
                if part.hasRecognition {
                    from = part
                    switch recognized(part) {
                    case .name(let n): name = n
                    case .official(let n, _): name = n
                    default: name = surface(part)
                    }
                } else {
                    name = surface(part)
                }
            } else {
                name = substitute(nameTemplate, m)
            }
            guard let titleTemplate = templates[1] else { return (.name(name), from) }
            return (.official(name: name, title: title(titleTemplate, m)), from)
        case .quote:
            guard let ref = templates[0]!.sole, let part = resolve(ref, m) else { return nil }
            let quoted: String
            var speaker: String?
            if part.hasRecognition, case .quote(let t, let s) = recognized(part) {
                quoted = t
                speaker = s
            } else {
                var range = part.tokens
                while !range.isEmpty, text.tokens[range.lowerBound].kind == .quote { range = (range.lowerBound + 1)..<range.upperBound }
                while !range.isEmpty, text.tokens[range.upperBound - 1].kind == .quote { range = range.lowerBound..<(range.upperBound - 1) }
                quoted = range.isEmpty ? "" : text.string(tokens: range)
            }
            if let speakerTemplate = templates[1] {
                if let sref = speakerTemplate.sole {
                    if let sp = resolve(sref, m) {
                        if sp.hasRecognition, case .name(let n) = recognized(sp) { speaker = n } else { speaker = surface(sp) }
                    }
                } else {
                    speaker = substitute(speakerTemplate, m)
                }
            }
            return (.quote(text: quoted, speaker: speaker), part.hasRecognition ? part : nil)
        }
    }

    /// A title: a lexicon entry's canonical form; a capture spanning several elements
    /// ("deputy foreign minister" as `(?<t> <title-modifier>? <title>)`) that is exactly one entry of
    /// the `title` lexicon also gets that entry's canonical form; else the normalized text.
    private func title(_ template: ClaimPlan.Template, _ m: RuleMatch) -> String {
        if let ref = template.sole, let part = resolve(ref, m), !part.hasEntry, let k = plan.titleLexicon,
           let e = program.tries[k].entry(text.tokens, exactly: part.tokens), e < plan.entryCounts[k] {
            return plan.canonicals[k][e]
        }
        return optionalText(template, m) ?? ""
    }

    /// A literal, or a template whose captures took part: its key text; nil when a sole capture is missing.
    private func optionalText(_ template: ClaimPlan.Template, _ m: RuleMatch) -> String? {
        if let ref = template.sole {
            guard let part = resolve(ref, m) else { return nil }
            return keyText(part)
        }
        return substitute(template, m)
    }
}
