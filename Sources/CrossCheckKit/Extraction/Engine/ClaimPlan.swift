/// What the claim builder needs of each rule, worked out once per `Extractor` rather than for every
/// match: the `$name` references of the rule's key, value and span templates resolved to capture
/// slots or class occurrences (no name lookups through Swift's `Hasher` per match), the templates'
/// bytes, the rules' occurrences and the lexicons by program index.
///
/// All of it sits behind one reference (`Storage`) in flat arrays of plain values (templates,
/// references and occurrences are indices into them): the builder made for each source retains one
/// reference, and reading a rule's plan for a match copies nothing reference-counted.
struct ClaimPlan: Sendable {
    /// How a `$name` resolves in one rule: the named capture whose start is slot `slot`, or (when no
    /// capture has that name, `slot` = -1) the rule's occurrences of a recognizer or lexicon of that
    /// name, `Storage.classOccurrences[occurrences]`. For a capture, `occurrences` are the rule's
    /// occurrences inside a capture of that name (`OccurrenceSlot.captures`), in rule order: the only
    /// ones that can cover exactly the capture's tokens (whose recognition or entry it then carries),
    /// so a match does not test every occurrence of a long rule.
    struct Reference: Sendable {
        var slot: Int32
        var occurrences: Range<Int32>
    }

    /// One template string ("$name", "visit-gap", "$count $unit"): `Storage.texts[text]`, its bytes
    /// `Storage.bytes[bytes]`, the reference when it is exactly one `$name` (`sole`, an index into
    /// `Storage.references`; -1 when not), and its references in text order (`Storage.parts[parts]`).
    /// A template the rule does not have (an optional value field left out) has `text` -1.
    struct Template: Sendable {
        var text: Int32
        var bytes: Range<Int32>
        var sole: Int32
        var parts: Range<Int32>

        static let absent = Template(text: -1, bytes: 0..<0, sole: -1, parts: 0..<0)

        var isPresent: Bool { text >= 0 }
    }

    /// A reference inside a template: byte offset of its `$` in the template, its length with the `$`,
    /// and its resolution (an index into `Storage.references`).
    struct Part: Sendable {
        var offset: Int32
        var length: Int32
        var reference: Int32
    }

    /// Where a recognizer or lexicon element of a rule records what it consumed (`OccurrenceSlot`
    /// without the name): slots `base`, `base + 1`, `base + 2`.
    struct Occurrence: Sendable {
        var base: Int32
        /// Recognizer or lexicon index; -1 when the program has no such class.
        var classIndex: Int32
        var isRecognizer: Bool
    }

    /// The case of the rule's `ValueTemplate`.
    enum ValueKind: UInt8, Sendable {
        case automatic, string, text, quantity, official, quote
    }

    struct RulePlan: Sendable {
        var kind: ValueKind
        var key: Template
        /// Whether the key is the sole reference the value's first template is: then the part the value
        /// was taken from, when it was taken from one, is the key's part too.
        var keyFromValue: Bool
        /// The span's reference (index into `Storage.references`), -1 when the rule has none.
        var span: Int32
        /// The person's reference (index into `Storage.references`), -1 when the rule has none.
        var person: Int32
        /// The holder's reference (index into `Storage.references`), -1 when the rule has none.
        var holder: Int32
        /// The `unnamed` template (`Template.absent` when the rule has none).
        var unnamed: Template
        /// The value's templates, `Storage.templates[values]`, by position: `.string`, `.text`: [s];
        /// `.quantity`: [quantity, of, unit]; `.official`: [name, title]; `.quote`: [quote, speaker];
        /// `.automatic`: [].
        var values: Range<Int32>
        /// The rule's occurrences, `Storage.occurrences[occurrences]` (in `Program.occurrences[rule]` order).
        var occurrences: Range<Int32>
        /// `.quantity` with a `dimension`: the units its quantity may have, `Storage.unitSets[units]`; else -1.
        var units: Int32 = -1
    }

    final class Storage: Sendable {
        let rules: [RulePlan]
        /// Per rule: the fields every claim of the rule shares (kind, id, compare spec, severity), one box each.
        let fields: [Shared<Claim.RuleFields>]
        let templates: [Template]
        let references: [Reference]
        let parts: [Part]
        /// Indices into `occurrences`.
        let classOccurrences: [Int32]
        let occurrences: [Occurrence]
        /// The template strings, and their bytes one after another.
        let texts: [String]
        let bytes: [UInt8]
        /// Per lexicon index of the program: its entry count (-1 when the lexicon is missing).
        let entryCounts: [Int]
        /// Per lexicon index of the program: the entries' canonical forms.
        let canonicals: [[String]]
        /// Per dimension a rule requires: the canonical names of its units (`RulePlan.units`).
        let unitSets: [Set<String>]
        /// Program index of the `title` lexicon (-1 when there is none) and its trie.
        let titleLexicon: Int
        let titleTrie: LexiconTrie?
        /// Per rule: the rules it yields to (`Rule.yieldsTo`, as indices), and its part in giving way
        /// (`gives`, `isFallback`, `isYieldedTo`, `yields` bits: one load per match tells a sentence's matches apart);
        /// and whether any rule gives way.
        let yieldsTo: [[Int]]
        let roles: [UInt8]
        let hasDeferring: Bool
        /// `roles` bits: the rule gives way to others (a fallback, or it has `yieldsTo`); it is a fallback;
        /// some rule yields to it; it yields to the rules of its `yieldsTo` (gives way and is no fallback).
        static let gives: UInt8 = 1, isFallback: UInt8 = 2, isYieldedTo: UInt8 = 4, yields: UInt8 = 8

        /// `units`: the units of `lexicons` (`UnitConverter(lexicons:)`), for the dimensions rules require.
        init(program: Program, rules: [Rule], lexicons: Lexicons, units converter: UnitConverter) {
            var entryCounts: [Int] = [], canonicals: [[String]] = []
            for name in program.lexiconNames {
                let lex = lexicons[name]
                entryCounts.append(lex?.entries.count ?? -1)
                canonicals.append(lex?.entries.map(\.canonical) ?? [])
            }
            let title = program.lexiconNames.firstIndex(of: "title")
            var plans: [RulePlan] = [], fields: [Shared<Claim.RuleFields>] = [], templates: [Template] = []
            var references: [Reference] = [], parts: [Part] = [], classOccurrences: [Int32] = []
            var occurrences: [Occurrence] = [], texts: [String] = [], bytes: [UInt8] = []
            var unitSets: [Set<String>] = [], unitSetByDimension: [String: Int32] = [:]
            for (r, rule) in rules.enumerated() {
                let first = occurrences.count
                for o in program.occurrences[r] {
                    occurrences.append(Occurrence(base: Int32(o.base), classIndex: Int32(o.classIndex), isRecognizer: o.isRecognizer))
                }
                // One reference per name: the key and the value of "$person" share it.
                var byName: [String: Int32] = [:]
                func reference(_ name: String) -> Int32 {
                    if let known = byName[name] { return known }
                    defer { byName[name] = Int32(references.count - 1) }
                    if let slot = program.namedSlots[r][name] {
                        let lo = Int32(classOccurrences.count)
                        for (i, o) in program.occurrences[r].enumerated() where o.captures.contains(slot) {
                            classOccurrences.append(Int32(first + i))
                        }
                        references.append(Reference(slot: Int32(slot), occurrences: lo..<Int32(classOccurrences.count)))
                    } else {
                        let lo = Int32(classOccurrences.count)
                        for (i, o) in program.occurrences[r].enumerated() where o.className == name {
                            classOccurrences.append(Int32(first + i))
                        }
                        references.append(Reference(slot: -1, occurrences: lo..<Int32(classOccurrences.count)))
                    }
                    return Int32(references.count - 1)
                }
                func template(_ s: String?) -> Template {
                    guard let s else { return .absent }
                    let sole = ValueTemplate.soleReference(s).map(reference) ?? -1
                    let lo = Int32(parts.count)
                    for ref in ValueTemplate.references(in: s) {
                        let part = Part(offset: Int32(ref.offset), length: Int32(1 + ref.name.utf8.count), reference: reference(ref.name))
                        parts.append(part)
                    }
                    let b = Int32(bytes.count)
                    bytes.append(contentsOf: s.utf8)
                    texts.append(s)
                    return Template(text: Int32(texts.count - 1), bytes: b..<Int32(bytes.count), sole: sole,
                                    parts: lo..<Int32(parts.count))
                }
                let kind: ValueKind
                let values: [Template]
                var units: Int32 = -1
                switch rule.value {
                case .automatic: kind = .automatic; values = []
                case .string(let s): kind = .string; values = [template(s)]
                case .text(let s): kind = .text; values = [template(s)]
                case .quantity(let q, let of, let unit, let dimension):
                    kind = .quantity
                    values = [template(q), template(of), template(unit)]
                    if let dimension {
                        if let known = unitSetByDimension[dimension] {
                            units = known
                        } else {
                            units = Int32(unitSets.count)
                            unitSets.append(converter.unitNames(ofDimension: dimension))
                            unitSetByDimension[dimension] = units
                        }
                    }
                case .official(let name, let title): kind = .official; values = [template(name), template(title)]
                case .quote(let q, let speaker): kind = .quote; values = [template(q), template(speaker)]
                }
                let v = Int32(templates.count)
                templates.append(contentsOf: values)
                fields.append(Shared(Claim.RuleFields(kind: rule.kind, rule: rule.id, compare: rule.compare, severity: rule.severity)))
                let key = template(rule.key)
                plans.append(RulePlan(kind: kind, key: key, keyFromValue: key.sole >= 0 && values.first?.sole == key.sole,
                                      span: rule.span.map(reference) ?? -1,
                                      person: rule.person.map(reference) ?? -1, holder: rule.holder.map(reference) ?? -1, unnamed: template(rule.unnamed), values: v..<Int32(templates.count),
                                      occurrences: Int32(first)..<Int32(occurrences.count), units: units))
            }
            self.rules = plans
            self.fields = fields
            self.templates = templates
            self.references = references
            self.parts = parts
            self.classOccurrences = classOccurrences
            self.occurrences = occurrences
            self.texts = texts
            self.bytes = bytes
            self.entryCounts = entryCounts
            self.canonicals = canonicals
            self.unitSets = unitSets
            self.titleLexicon = title ?? -1
            self.titleTrie = title.map { program.tries[$0] }
            var index: [String: Int] = [:]
            for (i, r) in rules.enumerated() where index[r.id] == nil { index[r.id] = i }
            // (Ids no rule has are left out: `RuleSet` reports them, and a plan made without it ignores them.)
            let yieldsTo = rules.map { $0.yieldsTo.compactMap { index[$0] } }
            var roles = rules.indices.map { i -> UInt8 in
                rules[i].fallback ? Storage.gives | Storage.isFallback : yieldsTo[i].isEmpty ? 0 : Storage.gives | Storage.yields
            }
            for targets in yieldsTo { for t in targets { roles[t] |= Storage.isYieldedTo } }
            self.yieldsTo = yieldsTo
            self.roles = roles
            self.hasDeferring = roles.contains { $0 & Storage.gives != 0 }
        }
    }

    let storage: Storage

    init(program: Program, rules: [Rule], lexicons: Lexicons, units: UnitConverter) {
        storage = Storage(program: program, rules: rules, lexicons: lexicons, units: units)
    }
}
