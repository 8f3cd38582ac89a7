/// Turns a rule match into a claim: resolves captures, forms key and value from the rule's
/// templates (see `Rules/README.md`), picks the evidence span.
///
/// The templates' references come resolved in the `ClaimPlan`; captured parts carry the indices of
/// their recognition or lexicon entry, so a match costs no name lookups and copies only what its
/// claim keeps.
struct ClaimBuilder {
    /// The plan's storage, the text and the recognitions: what it reads (made per source, so the
    /// program is not copied in).
    let plan: ClaimPlan.Storage
    let text: SegmentedText
    let all: [[Recognition]]

    init(plan: ClaimPlan, text: SegmentedText, recognitions: RecognitionTable) {
        self.plan = plan.storage
        self.text = text
        all = recognitions.all
    }

    func claim(_ m: RuleMatch, source: Int, sentence: Int) -> Claim? {
        let rule = plan.rules[m.rule]
        var ofFromReference = false
        guard let (value, from) = value(rule, m, ofFromReference: &ofFromReference) else { return nil }
        // (When the value came from the key's own part, that part is not resolved again; when the key
        // is the one reference a quantity's `of` was made from, "$noun" for both, the `of` is the key.)
        var key: String
        if rule.keyFromValue, let from {
            key = keyText(from)
        } else if ofFromReference, rule.key.sole >= 0, rule.key.sole == template(rule, 1).sole, let of = Self.quantityOf(value) {
            key = of
        } else {
            key = substitute(rule.key, m)
        }
        var range = m.start..<m.end
        if rule.span >= 0, let part = resolve(rule.span, m), !part.tokens.isEmpty { range = part.tokens }
        // The recognition the value was taken from lends its attributes.
        var attributes = from.map { all[$0.recognizer][$0.recognition].attributes } ?? Attributes()
        if rule.person >= 0, let name = personName(rule.person, m) {
            key += " of " + name
            attributes["person"] = name
        } else if rule.holder >= 0, let name = holderName(rule.holder, m) {
            key += " of " + name
            attributes["holder"] = name
        } else if rule.unnamed.isPresent, let description = substituteAll(rule.unnamed, m) {
            key += " of " + description
            attributes["unnamed"] = description
        }
        return Claim(fields: plan.fields[m.rule], key: key, value: value, source: source, span: text.span(tokens: range),
                     sentence: sentence, attributes: attributes)
    }

    // MARK: - Captures

    /// (Inlined: a part returned through memory from a call cost more than the few compares.)
    @inline(__always)
    private func occurrence(_ o: ClaimPlan.Occurrence, _ m: RuleMatch) -> CapturedPart? {
        let b = Int(o.base)
        let s = m.capture(b), e = m.capture(b + 1), k = m.capture(b + 2)
        guard s >= 0, e > s, k >= 0, o.classIndex >= 0 else { return nil }
        if o.isRecognizer {
            return CapturedPart(tokens: s..<e, recognizer: Int(o.classIndex), recognition: k)
        }
        guard k < plan.entryCounts[Int(o.classIndex)] else { return nil }
        return CapturedPart(tokens: s..<e, lexicon: Int(o.classIndex), entry: k)
    }

    /// The part reference `ref` (an index into the plan's references) stands for in match `m`, or nil
    /// when it took no part in the match.
    /// (Inlined into its callers, as `occurrence`: its part is not returned through memory.)
    @inline(__always)
    private func resolve(_ ref: Int32, _ m: RuleMatch) -> CapturedPart? {
        let reference = plan.references[Int(ref)]
        if reference.slot >= 0 {
            let s = m.capture(Int(reference.slot)), e = m.capture(Int(reference.slot) + 1)
            guard s >= 0, e >= s else { return nil }
            var part = CapturedPart(tokens: s..<e)
            // A capture covering exactly one recognition (or lexicon entry) carries it: one of the
            // occurrences inside the capture, the only ones that can (`ClaimPlan.Reference`).
            // (An occurrence whose start differs cannot be the capture: its end and index are not read.)
            for i in reference.occurrences {
                let o = plan.occurrences[Int(plan.classOccurrences[Int(i)])]
                guard m.capture(Int(o.base)) == s else { continue }
                if let occ = occurrence(o, m), occ.tokens == part.tokens {
                    if occ.hasRecognition, !part.hasRecognition { part.recognizer = occ.recognizer; part.recognition = occ.recognition }
                    if occ.hasEntry, !part.hasEntry { part.lexicon = occ.lexicon; part.entry = occ.entry }
                }
            }
            return part
        }
        // A class name: its last matched occurrence.
        var found: CapturedPart?
        for i in reference.occurrences {
            if let occ = occurrence(plan.occurrences[Int(plan.classOccurrences[Int(i)])], m),
               found.map({ occ.tokens.lowerBound >= $0.tokens.lowerBound }) ?? true {
                found = occ
            }
        }
        return found
    }

    /// The value of the part's recognition (the part has one).
    @inline(__always)
    private func recognized(_ part: CapturedPart) -> ClaimValue {
        Self.copy(all[part.recognizer][part.recognition].value)
    }

    /// A copy of `value` made case by case: only the payload of its case is retained, inline. (The
    /// compiler copies a whole `ClaimValue` through a call to its value witness, which switches over
    /// every case: that cost about 2 M instructions on the profile workload, one or two per claim.)
    @inline(__always)
    static func copy(_ value: borrowing ClaimValue) -> ClaimValue {
        switch value {
        case .name(let n): return .name(n)
        case .official(let n, let t): return .official(name: n, title: t)
        case .quote(let t, let s): return .quote(text: t, speaker: s)
        case .date(let d): return .date(d)
        case .quantity(let q): return .quantity(q)
        case .time(let t): return .time(t)
        case .duration(let d): return .duration(d)
        case .text(let t): return .text(t)
        }
    }

    /// The canonical form of the part's lexicon entry, if it has one.
    private func canonical(_ part: CapturedPart) -> String? {
        part.hasEntry ? plan.canonicals[part.lexicon][part.entry] : nil
    }

    /// Normalized text: tokens normalized, joined by one space where the text has space.
    func normalizedText(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        appendNormalized(range, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the bytes of `normalizedText(range)` (tokens normalized as `Normalizer.normalize` does,
    /// written straight into `out`).
    private func appendNormalized(_ range: Range<Int>, to out: inout [UInt8]) {
        text.text.withUnsafeBufferPointer { buffer in
            for t in range {
                let tok = text.tokens[t]
                if t > range.lowerBound && tok.flags.contains(.spaceBefore) { out.append(0x20) }
                var i = Int(tok.start)
                let end = Int(tok.end)
                while i < end {
                    let b = buffer[i]
                    if b < 0x80 {
                        out.append(Normalizer.lowerASCII(b))
                        i += 1
                    } else if let (folded, width) = Normalizer.fold(buffer, at: i, end: end) {
                        out.append(folded)
                        i += width
                    } else {
                        out.append(b)
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
            switch all[part.recognizer][part.recognition].value {
            case .name(let n): return n
            case .official(let n, _): return n
            default: break
            }
        }
        if let c = canonical(part) { return c }
        return normalizedText(part.tokens)
    }

    /// The name of the person the reference `ref` captured in `m`: the canonical name when the capture is
    /// exactly a `<person>` or `<official>` recognition; the word when it is one capitalized word that is
    /// no function word, weekday or month (a surname the person recognizer left alone, "Hale was jailed",
    /// where a source never gives the full name; "He was jailed" names nobody); else nil.
    private func personName(_ ref: Int32, _ m: RuleMatch) -> String? {
        guard let part = resolve(ref, m) else { return nil }
        if part.hasRecognition {
            switch all[part.recognizer][part.recognition].value {
            case .name(let n), .official(let n, _): return n.isEmpty ? nil : n
            default: return nil
            }
        }
        guard part.tokens.count == 1, isNameWord(part.tokens.lowerBound) else { return nil }
        return word(part.tokens.lowerBound)
    }

    /// The name of who holds a count, the reference `ref` captured in `m`: the canonical name when the
    /// capture is exactly a `<person>` or `<official>` recognition; else its words as written ("Civic
    /// Union", "Law and Justice", "Farmers' League"), without leading function words ("The Unity" is
    /// "Unity") or a trailing "Party", "Alliance", "Coalition" or "Bloc" ("the Unity Party" and "Unity" are
    /// one holder). Nil when the name starts or ends with anything but a capitalized word, holds a
    /// lower-case word other than "of", "and", "for" or "the", a weekday or month, has more than six
    /// tokens, or is a party word alone ("He", "On Sunday", "The Party" name nobody).
    private func holderName(_ ref: Int32, _ m: RuleMatch) -> String? {
        guard let part = resolve(ref, m) else { return nil }
        if part.hasRecognition {
            switch all[part.recognizer][part.recognition].value {
            case .name(let n), .official(let n, _): return n.isEmpty ? nil : n
            default: break
            }
        }
        var words = part.tokens
        while let first = words.first, isFunctionWord(first) { words = words.dropFirst() }
        if words.count > 1, let last = words.last, ClaimBuilder.partyWords.contains(word(last).lowercased()) { words = words.dropLast() }
        guard let first = words.first, let last = words.last, words.count <= 6, isNameWord(first), isNameWord(last),
              !(words.count == 1 && ClaimBuilder.partyWords.contains(word(first).lowercased())) else { return nil }
        for i in words where !isNameWord(i) {
            let t = text.tokens[i]
            // Inside a name: "of", "and", "for", "the" ("Party of Regions"), an apostrophe ("Farmers' League").
            if t.kind == .word, !t.flags.contains(.capitalized), ClaimBuilder.innerNameWords.contains(word(i)) { continue }
            if t.kind == .quote { continue }
            return nil
        }
        return text.string(tokens: words)
    }

    /// Words a party's name may end with that do not tell it apart ("the Unity Party", "the Unity Alliance").
    private static let partyWords: Set<String> = ["party", "alliance", "coalition", "bloc"]
    /// Lower-case words inside a name ("Law and Justice", "Party of Regions").
    private static let innerNameWords: Set<String> = ["of", "and", "for", "the"]

    /// The text of token `i`.
    private func word(_ i: Int) -> String { text.string(tokens: i..<(i + 1)) }

    /// Whether token `i` is a capitalized word that may be part of a name: no function word, weekday or month.
    private func isNameWord(_ i: Int) -> Bool {
        let t = text.tokens[i]
        // (The hash tests before the function-word test, which makes the word's String.)
        return t.kind == .word && t.flags.contains(.capitalized) && !TokenClass.weekdayHashes.contains(t.hash)
            && !TokenClass.monthHashes.contains(t.hash) && !isFunctionWord(i)
    }

    /// Whether token `i` is a function word ("The", "He", "On").
    private func isFunctionWord(_ i: Int) -> Bool {
        StopWords.words.contains(word(i).lowercased())
    }

    /// Appends the bytes of `keyText(part)`.
    private func appendKeyText(_ part: CapturedPart, to out: inout [UInt8]) {
        if part.hasRecognition {
            switch all[part.recognizer][part.recognition].value {
            case .name(let n): out.append(contentsOf: n.utf8); return
            case .official(let n, _): out.append(contentsOf: n.utf8); return
            default: break
            }
        }
        if let c = canonical(part) { out.append(contentsOf: c.utf8); return }
        appendNormalized(part.tokens, to: &out)
    }

    /// A template with each `$capture` replaced by its key text (empty when it took no part).
    private func substitute(_ template: ClaimPlan.Template, _ m: RuleMatch) -> String {
        guard !template.parts.isEmpty else { return plan.texts[Int(template.text)] }
        // Exactly one reference ("$person"): its key text as it is, often a String the value already holds.
        if template.sole >= 0 {
            guard let part = resolve(template.sole, m) else { return "" }
            return keyText(part)
        }
        var out: [UInt8] = []
        out.reserveCapacity(template.bytes.count + 16)
        let base = Int(template.bytes.lowerBound)
        var last = base
        for i in template.parts {
            let p = plan.parts[Int(i)]
            let offset = base + Int(p.offset)
            out.append(contentsOf: plan.bytes[last..<offset])
            if let part = resolve(p.reference, m) { appendKeyText(part, to: &out) }
            last = offset + Int(p.length)
        }
        out.append(contentsOf: plan.bytes[last..<Int(template.bytes.upperBound)])
        return String(decoding: out, as: UTF8.self)
    }

    /// `substitute` when every reference of `template` took part in `m`; else nil.
    private func substituteAll(_ template: ClaimPlan.Template, _ m: RuleMatch) -> String? {
        for i in template.parts where resolve(plan.parts[Int(i)].reference, m) == nil { return nil }
        return substitute(template, m)
    }

    // MARK: - Values

    /// The earliest recognition in the match (of the first recognizer occurrence that has it), with a
    /// quantity value only when `quantity`.
    private func firstRecognition(_ m: RuleMatch, quantity: Bool) -> CapturedPart? {
        var best: CapturedPart?
        var bestStart = 0
        for i in plan.rules[m.rule].occurrences where plan.occurrences[Int(i)].isRecognizer {
            if let occ = occurrence(plan.occurrences[Int(i)], m) {
                if quantity && !Self.isQuantity(all[occ.recognizer][occ.recognition].value) { continue }
                let start = all[occ.recognizer][occ.recognition].tokens.lowerBound
                if best == nil || start < bestStart {
                    best = occ
                    bestStart = start
                }
            }
        }
        return best
    }

    private static func isQuantity(_ v: borrowing ClaimValue) -> Bool {
        switch v {
        case .quantity: return true
        default: return false
        }
    }

    /// The quantity of the part's recognition (the part has one), if its value is one: one copy of the
    /// quantity, read from the recognition in place (as `copy` reads a value), not a copy of the whole
    /// value that is then taken apart and destroyed.
    @inline(__always)
    private func recognizedQuantity(_ part: CapturedPart) -> Quantity? {
        Self.quantity(all[part.recognizer][part.recognition].value)
    }

    @inline(__always)
    private static func quantity(_ value: borrowing ClaimValue) -> Quantity? {
        switch value {
        case .quantity(let q): return q
        default: return nil
        }
    }

    /// What a quantity value counts (nil for another value).
    @inline(__always)
    private static func quantityOf(_ value: borrowing ClaimValue) -> String? {
        switch value {
        case .quantity(let q): return q.of
        default: return nil
        }
    }

    /// The capture's text as written (spacing kept), for names.
    private func surface(_ part: CapturedPart) -> String {
        text.string(tokens: part.tokens)
    }

    /// The value template `i` of the rule (absent when the rule left that field out).
    private func template(_ rule: ClaimPlan.RulePlan, _ i: Int) -> ClaimPlan.Template {
        plan.templates[Int(rule.values.lowerBound) + i]
    }

    /// The claim value of match `m` of rule `rule`, and the captured recognition it was taken from
    /// (whose attributes go on the claim), if any. (Inlined into its one caller: the value and the part
    /// are not returned through memory as an optional pair.) `ofFromReference`: set when the value is a
    /// quantity whose `of` is the `keyText` of its template's one reference (which took part), as a key
    /// that is that reference would be.
    @inline(__always)
    private func value(_ rule: ClaimPlan.RulePlan, _ m: RuleMatch, ofFromReference: inout Bool) -> (ClaimValue, CapturedPart?)? {
        switch rule.kind {
        case .automatic:
            if let r = firstRecognition(m, quantity: false) { return (recognized(r), r) }
            return (.text(normalizedText(m.start..<m.end)), nil)
        case .string:
            let t = template(rule, 0)
            if t.sole >= 0 {
                guard let part = resolve(t.sole, m) else { return nil }
                if part.hasRecognition { return (recognized(part), part) }
                if let c = canonical(part) { return (.text(c), nil) }
                return (.text(normalizedText(part.tokens)), nil)
            }
            return (.text(substitute(t, m)), nil)
        case .text:
            let t = template(rule, 0)
            if t.sole >= 0 {
                guard let part = resolve(t.sole, m) else { return nil }
                return (.text(canonical(part) ?? normalizedText(part.tokens)), nil)
            }
            return (.text(substitute(t, m)), nil)
        case .quantity:
            var quantity: Quantity
            let from: CapturedPart
            let q = template(rule, 0)
            if q.isPresent {
                guard q.sole >= 0, let part = resolve(q.sole, m), part.hasRecognition,
                      let v = recognizedQuantity(part) else { return nil }
                quantity = v
                from = part
            } else {
                guard let r = firstRecognition(m, quantity: true), let v = recognizedQuantity(r) else { return nil }
                quantity = v
                from = r
            }
            let of = template(rule, 1), unit = template(rule, 2)
            if of.isPresent, let t = optionalText(of, m) {
                quantity.of = t
                ofFromReference = of.sole >= 0
            }
            if unit.isPresent, let t = optionalText(unit, m) { quantity.unit = t }
            // A required dimension: the claim's unit (the recognized one, or the one the rule sets: "4.2 m",
            // whose spaced "m" the recognizer leaves unread) must be one of it ("peaked at 3,000" is no height).
            if rule.units >= 0 {
                guard let u = quantity.unit, plan.unitSets[Int(rule.units)].contains(u) else { return nil }
            }
            return (.quantity(quantity), from)
        case .official:
            let nameTemplate = template(rule, 0)
            let name: String
            var from: CapturedPart?
            if nameTemplate.sole >= 0 {
                guard let part = resolve(nameTemplate.sole, m) else { return nil }
                if part.hasRecognition {
                    from = part
                    switch all[part.recognizer][part.recognition].value {
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
            let titleTemplate = template(rule, 1)
            guard titleTemplate.isPresent else { return (.name(name), from) }
            return (.official(name: name, title: title(titleTemplate, m)), from)
        case .quote:
            let q = template(rule, 0)
            guard q.sole >= 0, let part = resolve(q.sole, m) else { return nil }
            let quoted: String
            var speaker: String?
            if part.hasRecognition, case .quote(let t, let s) = all[part.recognizer][part.recognition].value {
                quoted = t
                speaker = s
            } else {
                var range = part.tokens
                while !range.isEmpty, text.tokens[range.lowerBound].kind == .quote { range = (range.lowerBound + 1)..<range.upperBound }
                while !range.isEmpty, text.tokens[range.upperBound - 1].kind == .quote { range = range.lowerBound..<(range.upperBound - 1) }
                quoted = text.string(tokens: range)
            }
            let speakerTemplate = template(rule, 1)
            if speakerTemplate.isPresent {
                if speakerTemplate.sole >= 0 {
                    if let sp = resolve(speakerTemplate.sole, m) {
                        if sp.hasRecognition, case .name(let n) = all[sp.recognizer][sp.recognition].value { speaker = n } else { speaker = surface(sp) }
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
        if template.sole >= 0, let part = resolve(template.sole, m), !part.hasEntry, let trie = plan.titleTrie,
           let e = trie.entry(text.tokens, exactly: part.tokens), e < plan.entryCounts[plan.titleLexicon] {
            return plan.canonicals[plan.titleLexicon][e]
        }
        return optionalText(template, m) ?? ""
    }

    /// A literal, or a template whose captures took part: its key text; nil when a sole capture is missing.
    private func optionalText(_ template: ClaimPlan.Template, _ m: RuleMatch) -> String? {
        if template.sole >= 0 {
            guard let part = resolve(template.sole, m) else { return nil }
            return keyText(part)
        }
        return substitute(template, m)
    }
}
