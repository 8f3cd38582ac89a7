/// What the claim builder needs of each rule, worked out once per `Extractor` rather than for every
/// match: the `$name` references of the rule's key, value and span templates resolved to capture
/// slots or class occurrences (no name lookups through Swift's `Hasher` per match), the templates'
/// bytes, and the lexicons by program index.
struct ClaimPlan: Sendable {
    /// How a `$name` resolves in one rule: the named capture whose start is slot `slot`, or (when no
    /// capture has that name, `slot` = -1) the rule's occurrences of a recognizer or lexicon of that name.
    struct Reference: Sendable {
        var slot: Int
        /// Indices into `Program.occurrences[rule]`.
        var classOccurrences: [Int]
    }

    /// One template string ("$name", "visit-gap", "$count $unit").
    struct Template: Sendable {
        var text: String
        var bytes: [UInt8]
        /// The reference when the template is exactly one `$name`.
        var sole: Reference?
        /// The references in text order: byte offset of the `$`, length with the `$`, resolution.
        var references: [(offset: Int, length: Int, reference: Reference)]
    }

    struct RulePlan: Sendable {
        var key: Template
        var span: Reference?
        /// The value's templates by position: `.string`, `.text`: [s]; `.quantity`: [quantity, of, unit];
        /// `.official`: [name, title]; `.quote`: [quote, speaker]; `.automatic`: [].
        var value: [Template?]
    }

    var rules: [RulePlan] = []
    /// Per rule: the fields every claim of the rule shares (kind, id, compare spec, severity), one box each.
    var fields: [Shared<Claim.RuleFields>] = []
    /// Per lexicon index of the program: its entry count (-1 when the lexicon is missing).
    var entryCounts: [Int] = []
    /// Per lexicon index of the program: the entries' canonical forms.
    var canonicals: [[String]] = []
    /// Program index of the `title` lexicon, if any.
    var titleLexicon: Int?

    init(program: Program, rules: [Rule], lexicons: Lexicons) {
        for name in program.lexiconNames {
            let lex = lexicons[name]
            entryCounts.append(lex?.entries.count ?? -1)
            canonicals.append(lex?.entries.map(\.canonical) ?? [])
        }
        titleLexicon = program.lexiconNames.firstIndex(of: "title")
        for (r, rule) in rules.enumerated() {
            func reference(_ name: String) -> Reference {
                if let slot = program.namedSlots[r][name] { return Reference(slot: slot, classOccurrences: []) }
                let occurrences = program.occurrences[r].indices.filter { program.occurrences[r][$0].className == name }
                return Reference(slot: -1, classOccurrences: occurrences)
            }
            func template(_ s: String?) -> Template? {
                guard let s else { return nil }
                let refs = ValueTemplate.references(in: s)
                let sole = ValueTemplate.soleReference(s).map(reference)
                return Template(text: s, bytes: Array(s.utf8), sole: sole,
                                references: refs.map { ($0.offset, 1 + $0.name.utf8.count, reference($0.name)) })
            }
            let value: [Template?]
            switch rule.value {
            case .automatic: value = []
            case .string(let s), .text(let s): value = [template(s)]
            case .quantity(let q, let of, let unit): value = [template(q), template(of), template(unit)]
            case .official(let name, let title): value = [template(name), template(title)]
            case .quote(let q, let speaker): value = [template(q), template(speaker)]
            }
            fields.append(Shared(Claim.RuleFields(kind: rule.kind, rule: rule.id, compare: rule.compare, severity: rule.severity)))
            self.rules.append(RulePlan(key: template(rule.key)!, span: rule.span.map(reference), value: value))
        }
    }
}
