/// Judges each claim group: conflict (`error`), divergence (`warning`), variant (`info`), or
/// corroboration; claims only one source makes are listed as single-source.
///
/// Severities:
/// - values (counts, quantities, dates, times, durations, text): incompatible values in two sources
///   → the rule's severity (`error` by default), label `conflict`; on a rising count (`compare.rising`)
///   where every lower figure was published before every higher one → `warning`, label
///   `possible-update`, both timestamps in the message (the older copy may be stale, not wrong).
///   Two hedged counts that agree only by their hedges ("about 400" / "about 450", each widened by
///   half its tolerance no longer meet) → `warning`, label `estimates-differ`.
/// - quotations: reworded → `warning`; typographic, editorial, shortened → `info`; the same words
///   given to two different speakers → `error`, label `attribution`.
/// - officials: titles in one synonym group, generic or contained → `info` `compatible-titles`;
///   unrelated titles, or titles that agree at two agencies ("CDC epidemiologist" / "FDA
///   spokeswoman") → `warning` `different-titles`; the same post with another portfolio or rank
///   ("foreign minister" / "defense minister", "fire chief" / "battalion chief") → `error` `incompatible-roles`.
/// - names: spellings of one person ("Kim Jong Un" / "Kim Jong-un") → `info` `spelling`.
public struct Comparator: Sendable {
    public var lexicons: Lexicons

    /// Up to this many distinct values of one group are compared pairwise; beyond, each against the
    /// value most sources give.
    public var maxPairwiseVersions: Int

    /// The claim attributes alignment and comparison read (`person`, `unnamed`, `holder`: the person or holder a
    /// claim is keyed by, `PersonKeys`; `org`: an official's organisation, `organisationsDiffer`); `CrossCheck.report` releases
    /// the others before alignment.
    static let attributesRead = ["person", "unnamed", "holder", "speakerKind", "speakerSurface", "titleSurface", "org"]

    /// Unit conversion for quantities in different units.
    var units: UnitConverter

    public init(lexicons: Lexicons = Lexicons(), maxPairwiseVersions: Int = 64) {
        self.lexicons = lexicons
        self.units = UnitConverter(lexicons: lexicons)
        self.maxPairwiseVersions = maxPairwiseVersions
    }

    public func compare(_ groups: [ClaimGroup], in analyzed: AnalyzedCluster) -> ComparisonResult {
        // Evidence refers to its claim (see `ClaimOrigin`): no copy of its text or sentence.
        var analyzed = analyzed
        analyzed.shareEvidenceFields()
        var result = ComparisonResult()
        let titles = TitleComparison(lexicons: lexicons)
        for g in groups where !g.claims.isEmpty {
            let first = analyzed.claims[g.claims[0]]
            switch first.value {
            case .quote: compareQuotes(g, analyzed, &result)
            case .name: compareNames(g, analyzed, &result)
            case .official: compareOfficials(g, analyzed, titles, &result)
            default: compareValues(g, analyzed, &result)
            }
        }
        result.findings.sort { a, b in
            (b.severity.rank, a.kind, a.key, a.label, a.id) < (a.severity.rank, b.kind, b.key, b.label, b.id)
        }
        FindingID.disambiguate(&result.findings)
        result.corroborated = Comparator.sorted(result.corroborated)
        result.singleSource = Comparator.sorted(result.singleSource)
        return result
    }

    // MARK: helpers

    /// By kind, key, normalized value and rule, each value normalized once rather than once per
    /// comparison (the indices are sorted by the same comparisons, so the order is the same).
    static func sorted(_ list: [Corroboration]) -> [Corroboration] {
        let values = list.map { NormalizedValue.string($0.value) }
        let order = list.indices.sorted { i, j in
            let (a, b) = (list[i], list[j])
            return (a.kind, a.key, values[i], a.rule) < (b.kind, b.key, values[j], b.rule)
        }
        return order.map { list[$0] }
    }

    /// Claims of a group split into versions by normalized value (in order of first appearance).
    struct Version {
        var value: String
        var claims: [Int]
        var sources: [Int]
    }

    private func versions(_ members: [Int], _ analyzed: AnalyzedCluster, by key: (Claim) -> String) -> [Version] {
        var index = VersionIndex()
        for m in members {
            let c = analyzed.claims[m]
            index.add(m, source: c.source, version: index.version(of: key(c)))
        }
        return index.sorted()
    }

    /// Versions by `key(text(claim))`, where the key depends on the text alone: each distinct text is
    /// keyed and looked up once (copies of one wording are most of a large cluster's claims).
    private func versions(_ members: [Int], _ analyzed: AnalyzedCluster, text: (Claim) -> String,
                          key: (String) -> String) -> [Version] {
        var index = VersionIndex()
        var texts = DistinctStrings(capacity: 16)
        var versionOfText: [Int] = []
        for m in members {
            let c = analyzed.claims[m]
            let t = text(c)
            let (slot, isNew) = texts.slot(t)
            if isNew { versionOfText.append(index.version(of: key(t))) }
            index.add(m, source: c.source, version: versionOfText[slot])
        }
        return index.sorted()
    }

    /// Versions being collected. Values are told apart as `String` equality has them (canonically equal
    /// values are one version), but each distinct byte sequence is looked up that way only once: a
    /// claim's value is first numbered by its bytes (FNV-1a, no seeded hashing of every claim's key).
    private struct VersionIndex {
        var bytes = DistinctStrings(capacity: 16)
        var versionOfBytes: [Int] = []
        var versionOfValue: [String: Int] = [:]
        var out: [Version] = []
        var seen = HashSet64()  // (version, source) pairs

        mutating func version(of value: String) -> Int {
            let (slot, isNew) = bytes.slot(value)
            if !isNew { return versionOfBytes[slot] }
            let v: Int
            if let known = versionOfValue[value] {
                v = known
            } else {
                v = out.count
                versionOfValue[value] = v
                out.append(Version(value: value, claims: [], sources: []))
            }
            versionOfBytes.append(v)
            return v
        }

        mutating func add(_ claim: Int, source: Int, version v: Int) {
            out[v].claims.append(claim)
            if seen.insert(UInt64(v) << 32 | UInt64(source)).inserted { out[v].sources.append(source) }
        }

        func sorted() -> [Version] { out.sorted { $0.value < $1.value } }
    }

    /// One evidence entry per source of each version (the first claim of that source).
    private func evidence(_ versions: [Version], _ analyzed: AnalyzedCluster) -> [Evidence] {
        var out: [Evidence] = []
        // Exactly one entry per (version, source): no slack from growing, for lists of hundreds of sources.
        out.reserveCapacity(versions.reduce(0) { $0 + $1.sources.count })
        for v in versions {
            var seen = Set<Int>()
            for m in v.claims where seen.insert(analyzed.claims[m].source).inserted {
                out.append(analyzed.evidence(at: m))
            }
        }
        return out
    }

    private func sourceList(_ sources: [Int], _ analyzed: AnalyzedCluster) -> String {
        sources.sorted().map { analyzed.cluster.sources[$0].id }.joined(separator: ", ")
    }

    private func agree(_ g: ClaimGroup, _ versions: [Version], _ analyzed: AnalyzedCluster, _ result: inout ComparisonResult) {
        let all = versions.flatMap(\.claims)
        let sources = Set(all.map { analyzed.claims[$0].source })
        let main = versions[mainVersion(versions)]
        let claim = analyzed.claims[main.claims[0]]
        var seen = Set<Int>()
        var ev: [Evidence] = []
        ev.reserveCapacity(sources.count)  // one entry per source
        for m in all.sorted() where seen.insert(analyzed.claims[m].source).inserted { ev.append(analyzed.evidence(at: m)) }
        let c = Corroboration(kind: g.kind, key: g.key, rule: claim.rule, value: claim.value, claims: ev)
        if sources.count >= 2 { result.corroborated.append(c) } else { result.singleSource.append(c) }
    }

    /// The version most sources give (ties: the first in value order).
    private func mainVersion(_ versions: [Version]) -> Int {
        versions.indices.max { a, b in
            let (x, y) = (versions[a], versions[b])
            return x.sources.count < y.sources.count || (x.sources.count == y.sources.count && x.value > y.value)
        }!
    }

    private func finding(_ g: ClaimGroup, _ analyzed: AnalyzedCluster, severity: Severity, label: String, message: String,
                         versions: [Version], diffs: [WordDiff] = []) -> Finding {
        let rule = versions.flatMap(\.claims).sorted().first.map { analyzed.claims[$0].rule } ?? ""
        return Finding(id: FindingID.make(kind: g.kind, key: g.key, label: label, values: versions.map(\.value)),
                       kind: g.kind, severity: severity, rule: rule, key: g.key, message: message, label: label,
                       claims: evidence(versions, analyzed), diffs: diffs)
    }

    private func describe(_ v: Version, _ analyzed: AnalyzedCluster) -> String {
        analyzed.claims[v.claims[0]].value.display + " in " + sourceList(v.sources, analyzed)
    }

    private func subject(_ g: ClaimGroup) -> String { g.key.isEmpty ? g.kind : g.key + " (" + g.kind + ")" }

    // MARK: values

    private func compatible(_ a: ClaimValue, _ b: ClaimValue, _ spec: CompareSpec) -> Bool? {
        switch (a, b) {
        case let (.quantity(x), .quantity(y)): return QuantityComparison.compatible(x, y, spec, units: units)
        case let (.date(x), .date(y)): return DateComparison.compatible(x, y, spec)
        case let (.time(x), .time(y)): return TimeComparison.compatible(x, y, spec)
        case let (.duration(x), .duration(y)): return DurationComparison.compatible(x, y, spec)
        case let (.text(x), .text(y)):
            return x.lowercased() == y.lowercased() || TitleComparison(lexicons: lexicons, lexicon: spec.lexicon ?? "title").relation(x, y) <= .compatible
        default: return nil
        }
    }

    private func compareValues(_ g: ClaimGroup, _ analyzed: AnalyzedCluster, _ result: inout ComparisonResult) {
        let vs = versions(g.claims, analyzed) { NormalizedValue.string($0.value) }
        let spec = analyzed.claims[g.claims[0]].compare
        var conflicts: [(Int, Int)] = []
        // Every pair when the versions are few (the usual case); with many distinct values, each
        // version against the one most sources give, so the cost stays linear.
        let pairs: [(Int, Int)]
        let pairwise = vs.count <= maxPairwiseVersions
        if pairwise {
            pairs = (0..<vs.count).flatMap { i in ((i + 1)..<vs.count).map { (i, $0) } }
        } else {
            let main = mainVersion(vs)
            pairs = vs.indices.filter { $0 != main }.map { (min($0, main), max($0, main)) }
        }
        var estimates: [(Int, Int)] = []
        // The pairs shown to agree (as `i * vs.count + j`, i < j); a pair that cannot be compared (a length and a bare count, money
        // and points) agrees with nothing, so neither is listed as corroborating the other.
        var agreeing = Set<Int>()
        var incomparable = false
        for (i, j) in pairs where vs[i].sources.count > 1 || vs[j].sources.count > 1 || vs[i].sources != vs[j].sources {
            let a = analyzed.claims[vs[i].claims[0]].value, b = analyzed.claims[vs[j].claims[0]].value
            switch compatible(a, b, spec) {
            case false?: conflicts.append((i, j))
            case true?:
                agreeing.insert(i * vs.count + j)
                if case let (.quantity(x), .quantity(y)) = (a, b), QuantityComparison.estimatesDiffer(x, y, spec, units: units) { estimates.append((i, j)) }
            case nil: incomparable = true
            }
        }
        // Estimates that agree only by their hedges ("about 400" / "about 450" jobs) are a divergence.
        if conflicts.isEmpty, !estimates.isEmpty {
            let involved = Set(estimates.flatMap { [$0.0, $0.1] }).sorted().map { vs[$0] }
            let message = "Sources' estimates of " + subject(g) + " differ: " + involved.map { describe($0, analyzed) }.joined(separator: "; ") + "."
            result.findings.append(finding(g, analyzed, severity: .warning, label: "estimates-differ", message: message, versions: involved))
            return
        }
        guard conflicts.isEmpty else { return conflict(g, vs, conflicts, spec, analyzed, &result) }
        guard incomparable else { return agree(g, vs, analyzed, &result) }
        // Sets of versions each shown to agree with every other member (not through a third: "2:45 local
        // time" and "2:45 GMT" both agree with a bare "2:45" and not with each other), the most-cited
        // version's set first, then in version order; each set is its own entry (corroborated when two
        // sources give it, else single-source).
        // (With many versions only pairs with the most-cited one were compared: its set is the versions
        // that agree with it.)
        let shownToAgree = { (a: Int, b: Int) in agreeing.contains(min(a, b) * vs.count + max(a, b)) }
        var sets: [[Int]] = []
        let main = mainVersion(vs)
        for k in [main] + vs.indices.filter({ $0 != main }) {
            let joins = { (set: [Int]) in pairwise ? set.allSatisfy { shownToAgree($0, k) } : shownToAgree(set[0], k) }
            if let s = sets.firstIndex(where: joins) { sets[s].append(k) } else { sets.append([k]) }
        }
        for set in sets { agree(g, set.sorted().map { vs[$0] }, analyzed, &result) }
    }

    /// The finding for versions some pairs of which conflict (`conflicts`, indices into `vs`).
    private func conflict(_ g: ClaimGroup, _ vs: [Version], _ conflicts: [(Int, Int)], _ spec: CompareSpec, _ analyzed: AnalyzedCluster,
                          _ result: inout ComparisonResult) {
        let involved = Set(conflicts.flatMap { [$0.0, $0.1] }).sorted().map { vs[$0] }
        let severity = g.claims.map { analyzed.claims[$0].severity }.max() ?? .error
        if spec.rising, let update = risingUpdate(conflicts, vs, analyzed, subject: subject(g)) {
            result.findings.append(finding(g, analyzed, severity: .warning, label: "possible-update", message: update, versions: involved))
            return
        }
        let message = "Sources disagree on " + subject(g) + ": " + involved.map { describe($0, analyzed) }.joined(separator: "; ") + "."
        result.findings.append(finding(g, analyzed, severity: severity, label: "conflict", message: message, versions: involved))
    }

    /// When every conflicting pair has its lower figure published strictly before its higher one,
    /// the message for a possible update; otherwise nil.
    private func risingUpdate(_ conflicts: [(Int, Int)], _ vs: [Version], _ analyzed: AnalyzedCluster, subject: String) -> String? {
        var parts: [String] = []
        for (i, j) in conflicts {
            guard case .quantity(let a) = analyzed.claims[vs[i].claims[0]].value, case .quantity(let b) = analyzed.claims[vs[j].claims[0]].value,
                  let ma = QuantityComparison.magnitude(a), let mb = QuantityComparison.magnitude(b), ma != mb else { return nil }
            let (low, high) = ma < mb ? (vs[i], vs[j]) : (vs[j], vs[i])
            let lowTimes = low.sources.map { analyzed.cluster.sources[$0].published }
            let highTimes = high.sources.map { analyzed.cluster.sources[$0].published }
            guard lowTimes.allSatisfy({ $0 != nil }), highTimes.allSatisfy({ $0 != nil }) else { return nil }
            let latestLow = lowTimes.map { $0! }.max()!, earliestHigh = highTimes.map { $0! }.min()!
            guard latestLow < earliestHigh else { return nil }
            parts.append(analyzed.claims[low.claims[0]].value.display + " in " + sourceList(low.sources, analyzed) + " (published " + latestLow.iso
                         + ") to " + analyzed.claims[high.claims[0]].value.display + " in " + sourceList(high.sources, analyzed)
                         + " (published " + earliestHigh.iso + ")")
        }
        return "Possible update, not a contradiction: " + subject + " rose from " + parts.joined(separator: "; and from ") + "."
    }

    // MARK: quotations

    private func compareQuotes(_ g: ClaimGroup, _ analyzed: AnalyzedCluster, _ result: inout ComparisonResult) {
        // Copies of one quotation repeat its text: its plain form is made once per distinct text.
        var vs = versions(g.claims, analyzed, text: Self.quoteText, key: QuoteWord.plain)
        // The versions too far from the reference (two sentences of one quotation another source gives
        // whole: "Today five families are whole again" and "We did not forget them ..." / "We never
        // forgot them ...") are compared among themselves, against a reference of their own.
        while !vs.isEmpty {
            let unrelated = compareQuotes(g, vs, analyzed, &result)
            vs = unrelated.map { vs[$0] }
        }
    }

    private static func quoteText(_ c: Claim) -> String { if case .quote(let t, _) = c.value { return t }; return "" }

    /// Compares the versions close enough to the reference (the version most sources give) and returns
    /// the indices of the others.
    private func compareQuotes(_ g: ClaimGroup, _ vs: [Version], _ analyzed: AnalyzedCluster, _ result: inout ComparisonResult) -> [Int] {
        let text = Self.quoteText
        var unrelated: [Int] = []
        // Reference: the version most sources give (ties: the longer, then alphabetical).
        let ref = vs.indices.max { a, b in
            let (x, y) = (vs[a], vs[b])
            if x.sources.count != y.sources.count { return x.sources.count < y.sources.count }
            if x.value.count != y.value.count { return x.value.count < y.value.count }
            return x.value > y.value
        }!
        let refText = text(analyzed.claims[vs[ref].claims[0]])
        let refWords = QuoteWord.words(of: refText)
        // A version's value is the plain form of its text (`versions` keyed it so).
        let refPlain = vs[ref].value
        var worst = QuoteClass.identical
        var related: [Int] = [ref]
        var diffs: [WordDiff] = []
        var notes: [(sources: String, quoteClass: QuoteClass)] = []
        for (k, v) in vs.enumerated() where k != ref {
            let vText = text(analyzed.claims[v.claims[0]])
            let vWords = QuoteWord.words(of: vText)
            let r = QuoteComparison.compare(words: refWords, plain: refPlain, vWords, plain: v.value)
            guard r.overlap >= 0.6 else { unrelated.append(k); continue }
            related.append(k)
            worst = max(worst, r.quoteClass)
            if r.quoteClass != .identical {
                diffs.append(WordDiffer.diff(from: analyzed.cluster.sources[vs[ref].sources.min()!].id,
                                             to: analyzed.cluster.sources[v.sources.min()!].id,
                                             refWords, vWords, r.script))
                notes.append((sourceList(v.sources, analyzed), r.quoteClass))
            }
        }
        let relatedVersions = related.sorted().map { vs[$0] }
        let shown = refWords.prefix(8).map(\.display).joined(separator: " ")
        let quoteName = "“" + shown + (refWords.count > 8 ? " …”" : "”")
        if worst > .identical {
            let message = "The quotation " + quoteName + " differs across sources: compared with the version in "
                + sourceList(vs[ref].sources, analyzed) + ", " + QuoteClass.describe(notes) + "."
            result.findings.append(finding(g, analyzed, severity: worst.severity, label: worst.label, message: message,
                                           versions: relatedVersions, diffs: diffs))
        } else {
            agree(g, relatedVersions, analyzed, &result)
        }
        // Attribution: the same words (not a rewording) given to different known speakers.
        if worst < .reworded, refWords.count >= 5 {
            attribution(g, relatedVersions, quoteName, analyzed, &result)
        }
        return unrelated
    }

    /// A quotation's speaker as told apart from others (`QuoteSpeaker.key`), nil when unknown.
    private func speakerKey(_ c: Claim) -> String? {
        guard case .quote(_, let s?) = c.value, !s.isEmpty else { return nil }
        return QuoteSpeaker.key(canonical: s, surface: c.attributes["speakerSurface"])
    }

    /// The people among merged speaker names: names contained one in the other ("putin" / "vladimir
    /// putin") are one.
    private static func people(_ merged: [String: String]) -> [String] {
        var people: [String] = []
        for name in Set(merged.values).sorted() {
            let parts = Set(name.split(separator: " "))
            if let existing = people.firstIndex(where: { let p = Set($0.split(separator: " ")); return p.isSubset(of: parts) || parts.isSubset(of: p) }) {
                if name.count > people[existing].count { people[existing] = name }
            } else {
                people.append(name)
            }
        }
        return people
    }

    private func attribution(_ g: ClaimGroup, _ vs: [Version], _ quoteName: String, _ analyzed: AnalyzedCluster,
                             _ result: inout ComparisonResult) {
        // Whether the speakers are two people at all: by `QuoteSpeaker.key` (a surname alone agrees with
        // every bearer). The message names them by their canonical names.
        // An organisation given the words a person of it is given elsewhere ("Police said" / "Alan
        // Marsden of British Transport Police said") is no second speaker: a statement speaks for both.
        // Organisations are told apart only when no person is named.
        let claims = vs.flatMap(\.claims)
        let anyPerson = claims.contains { speakerKey(analyzed.claims[$0]) != nil && analyzed.claims[$0].attributes["speakerKind"] == nil }
        var keys: [String: Int] = [:]
        for m in claims where !anyPerson || analyzed.claims[m].attributes["speakerKind"] == nil {
            if let s = speakerKey(analyzed.claims[m]) { keys[s, default: 0] += 1 }
        }
        guard keys.count >= 2, Self.people(PersonKeyMerger().merge(keys)).count >= 2 else { return }
        var counts: [String: Int] = [:]
        for m in claims {
            if case .quote(_, let s?) = analyzed.claims[m].value, !s.isEmpty { counts[s, default: 0] += 1 }
        }
        let merged = PersonKeyMerger().merge(counts)
        guard Self.people(merged).count >= 2 else { return }
        // Each merged speaker is shown in the spelling the merge chose, as written (its key is lower case).
        let shown = PersonKeyMerger.spellings(of: counts, merged: merged)
        let bySpeaker = versions(claims, analyzed) { c in
            if case .quote(_, let s?) = c.value { return "speaker:" + (merged[s] ?? s) }
            return "speaker:?"
        }.filter { $0.value != "speaker:?" }
        let message = "The quotation " + quoteName + " is attributed to different speakers: "
            + bySpeaker.map { v in
                let key = String(v.value.dropFirst(8))
                return (shown[key] ?? key) + " in " + sourceList(v.sources, analyzed)
            }.joined(separator: "; ") + "."
        result.findings.append(finding(g, analyzed, severity: .error, label: "attribution", message: message, versions: bySpeaker))
    }

    // MARK: people

    private func surface(_ c: Claim, _ analyzed: AnalyzedCluster) -> String {
        analyzed.cluster.sources[c.source].string(c.span)
    }

    private func compareNames(_ g: ClaimGroup, _ analyzed: AnalyzedCluster, _ result: inout ComparisonResult) {
        // A name's normalized value depends on its text alone: made once per distinct name.
        var normalized = TextMemo<String>()
        let byValue = versions(g.claims, analyzed) { c in
            guard case .name(let n) = c.value else { return NormalizedValue.string(c.value) }
            return normalized.value(n) { _ in NormalizedValue.string(c.value) }
        }
        agree(g, byValue, analyzed, &result)
        // Spellings: surfaces that differ beyond case but spell the same name parts.
        let spellings = versions(g.claims, analyzed, text: { surface($0, analyzed) }, key: { QuoteWord.plain($0).lowercased() })
        var variant = Set<Int>()
        for i in 0..<spellings.count {
            for j in (i + 1)..<spellings.count where Set(spellings[i].sources).union(spellings[j].sources).count >= 2 {
                if isSpellingVariant(spellings[i].value, spellings[j].value) { variant.insert(i); variant.insert(j) }
            }
        }
        guard !variant.isEmpty else { return }
        let involved = variant.sorted().map { spellings[$0] }
        let shown = involved[mainVersion(involved)]
        let message = "The name of " + surface(analyzed.claims[shown.claims[0]], analyzed) + " is spelled differently: "
            + involved.map { "“" + surface(analyzed.claims[$0.claims[0]], analyzed) + "” in " + sourceList($0.sources, analyzed) }.joined(separator: "; ") + "."
        result.findings.append(finding(g, analyzed, severity: .info, label: "spelling", message: message, versions: involved))
    }

    /// Same number of name parts (hyphen counted as a break), and the same letters or one letter apart per part.
    func isSpellingVariant(_ a: String, _ b: String) -> Bool {
        guard a != b else { return false }
        let pa = PersonKeyMerger.normalize(a).split(separator: " ").map(String.init)
        let pb = PersonKeyMerger.normalize(b).split(separator: " ").map(String.init)
        if pa.joined() == pb.joined() { return true }
        return pa.count == pb.count && pa.count > 1 && PersonKeyMerger().samePerson(pa, pb)
    }

    /// One post worded differently ("Transport Minister" / "Minister of Transport"): an `info`
    /// variant. The wording is the claim's text without the person's name and without capitalized
    /// qualifiers outside the title ("North Korean"); a side with no title words left ("FM Lavrov") is
    /// not compared.
    @discardableResult
    private func titleWording(_ g: ClaimGroup, _ analyzed: AnalyzedCluster, _ result: inout ComparisonResult) -> Bool {
        /// (folded form compared, form shown)
        func wording(_ c: Claim) -> (String, String) {
            guard case .official(let name, let title) = c.value else { return ("", "") }
            let nameWords = Set(QuoteWord.words(of: name).map(\.norm))
            let titleWords = Set(QuoteWord.words(of: title).map(\.norm))
            // The recognizer's `titleSurface` (the title's own words, without the country, body or
            // possessor before them: its capitalized words kept, "Chief Supt" too, but not an abbreviation
            // such as "FM", which names the title's words only) when there is one; else the claim's text.
            let own = c.attributes["titleSurface"]
            let kept = QuoteWord.words(of: own ?? surface(c, analyzed)).filter { w in
                !w.ellipsis && !nameWords.contains(w.norm)
                    && (titleWords.contains(w.norm) || w.display.first.map { !$0.isUppercase } == true
                        || (own != nil && !w.display.allSatisfy(\.isUppercase)))
            }
            guard kept.contains(where: { titleWords.contains($0.norm) }) else { return ("", "") }
            return (TitleComparison.orderFree(kept.map(\.norm)), kept.map { $0.display.lowercased() }.joined(separator: " "))
        }
        // The wording depends on the value's name and title and on the surface text: made once per
        // distinct combination.
        var wordings = TextMemo<String>()
        let all = versions(g.claims, analyzed) { c in
            guard case .official(let name, let title) = c.value else { return "" }
            // Lengths first, so no two combinations make one key.
            let key = String(name.utf8.count) + ":" + String(title.utf8.count) + ":" + name + title + surface(c, analyzed)
                + "\u{1}" + (c.attributes["titleSurface"] ?? "")
            return wordings.value(key) { _ in wording(c).0 }
        }.filter { !$0.value.isEmpty }
        guard all.count >= 2, Set(all.flatMap(\.sources)).count >= 2 else { return false }
        var name = g.key
        if case .official(let n, _) = analyzed.claims[all[0].claims[0]].value, !n.isEmpty { name = n }
        let described = all.map { "“" + wording(analyzed.claims[$0.claims[0]]).1 + "” in " + sourceList($0.sources, analyzed) }.joined(separator: "; ")
        result.findings.append(finding(g, analyzed, severity: .info, label: "compatible-titles",
                                       message: "Sources word the title of " + name + " differently: " + described + ".", versions: all))
        return true
    }

    /// Titles with one canonical form written with different words ("Governor's adviser" / "Governor's
    /// aide", both canonical "adviser"), from the recognizer's `titleSurface` attribute: an `info`
    /// variant. Case, word order and "of" do not count ("Minister of Transport" / "Transport Minister").
    private func titleSurfaces(_ g: ClaimGroup, _ analyzed: AnalyzedCluster, _ result: inout ComparisonResult) {
        // An abbreviation of the canonical title ("FM" for "foreign minister") is that title, not another wording.
        func words(_ c: Claim) -> [QuoteWord] {
            let ws = QuoteWord.words(of: c.attributes["titleSurface"] ?? "").filter { !$0.ellipsis }
            guard ws.count == 1, case .official(_, let title) = c.value else { return ws }
            let full = QuoteWord.words(of: title)
            let initials = String(full.compactMap { $0.norm.first })
            let isAbbreviation = ws[0].display.count >= 2 && ws[0].display.allSatisfy(\.isUppercase) && full.count >= 2
                && initials == ws[0].norm
            return isAbbreviation ? full : ws
        }
        let all = versions(g.claims, analyzed) { TitleComparison.orderFree(words($0).map(\.norm)) }.filter { !$0.value.isEmpty }
        guard all.count >= 2, Set(all.flatMap(\.sources)).count >= 2 else { return }
        var name = g.key
        if case .official(let n, _) = analyzed.claims[all[0].claims[0]].value, !n.isEmpty { name = n }
        let described = all.map { v in
            "“" + words(analyzed.claims[v.claims[0]]).map { $0.display.lowercased() }.joined(separator: " ") + "” in " + sourceList(v.sources, analyzed)
        }.joined(separator: "; ")
        result.findings.append(finding(g, analyzed, severity: .info, label: "compatible-titles",
                                       message: "Sources word the title of " + name + " differently: " + described + ".", versions: all))
    }

    /// Sources that name one person with titles that agree but with different agencies' acronyms and
    /// different posts ("CDC epidemiologist" / "FDA spokeswoman"): a `warning` `different-titles`, the
    /// acronym shown with each title. True when reported. The same post under two acronyms ("NYPD
    /// commissioner" / "NYC police commissioner", "FEMA spokeswoman" / "DHS spokeswoman": one body named
    /// two ways, or a parent department named for its agency) is no finding, nor are acronyms of which
    /// one begins the other ("NHS" / "NHSE").
    private func organisationsDiffer(_ g: ClaimGroup, _ analyzed: AnalyzedCluster, _ titles: TitleComparison,
                                     _ result: inout ComparisonResult) -> Bool {
        func orgTitle(_ c: Claim) -> String {
            guard case .official(_, let t) = c.value else { return "" }
            let a = TitleComparison.acronyms(c.attributes["org"]).sorted().joined(separator: " ")
            return a.isEmpty ? t : a + " " + t
        }
        let vs = versions(g.claims, analyzed) { orgTitle($0) }
        var involved = Set<Int>()
        for i in 0..<vs.count {
            let ai = TitleComparison.acronyms(analyzed.claims[vs[i].claims[0]].attributes["org"])
            guard !ai.isEmpty else { continue }
            for j in (i + 1)..<vs.count where Set(vs[i].sources).union(vs[j].sources).count >= 2 {
                let aj = TitleComparison.acronyms(analyzed.claims[vs[j].claims[0]].attributes["org"])
                let (ci, cj) = (analyzed.claims[vs[i].claims[0]], analyzed.claims[vs[j].claims[0]])
                guard !aj.isEmpty, case .official(_, let ti) = ci.value, case .official(_, let tj) = cj.value,
                      !titles.mayNameOneEmployer(ai, ti, aj, tj) else { continue }
                if !samePost(ci, cj) { involved.insert(i); involved.insert(j) }
            }
        }
        guard !involved.isEmpty else { return false }
        let list = involved.sorted().map { vs[$0] }
        let described = list.map { "“" + orgTitle(analyzed.claims[$0.claims[0]]) + "” in " + sourceList($0.sources, analyzed) }.joined(separator: "; ")
        var name = g.key
        if case .official(let n, _) = analyzed.claims[list[0].claims[0]].value, !n.isEmpty { name = n }
        result.findings.append(finding(g, analyzed, severity: .warning, label: "different-titles",
                                       message: "Sources give " + name + " titles with different organisations: " + described + ".", versions: list))
        return true
    }

    /// Whether two officials' titles name one post: the words of one hold the other's ("commissioner" /
    /// "police commissioner").
    private func samePost(_ a: Claim, _ b: Claim) -> Bool {
        guard case .official(_, let x) = a.value, case .official(_, let y) = b.value else { return false }
        let (wa, wb) = (Set(TitleComparison.normalize(x).split(separator: " ")), Set(TitleComparison.normalize(y).split(separator: " ")))
        return wa.isSubset(of: wb) || wb.isSubset(of: wa)
    }

    private func compareOfficials(_ g: ClaimGroup, _ analyzed: AnalyzedCluster, _ titles: TitleComparison,
                                  _ result: inout ComparisonResult) {
        func title(_ c: Claim) -> String { if case .official(_, let t) = c.value { return t }; return "" }
        let vs = versions(g.claims, analyzed, text: title, key: TitleComparison.normalize)
        var worst = TitleRelation.same
        var involved = Set<Int>()
        for i in 0..<vs.count {
            for j in (i + 1)..<vs.count where Set(vs[i].sources).union(vs[j].sources).count >= 2 {
                let r = titles.relation(vs[i].value, vs[j].value)
                if r > .same { involved.insert(i); involved.insert(j) }
                worst = max(worst, r)
            }
        }
        if worst < .different, organisationsDiffer(g, analyzed, titles, &result) { return }
        guard worst > .same else {
            agree(g, vs, analyzed, &result)
            if !titleWording(g, analyzed, &result) { titleSurfaces(g, analyzed, &result) }
            return
        }
        let list = involved.sorted().map { vs[$0] }
        let described = list.map { "“" + title(analyzed.claims[$0.claims[0]]) + "” in " + sourceList($0.sources, analyzed) }.joined(separator: "; ")
        var name = g.key
        if case .official(let n, _) = analyzed.claims[vs[mainVersion(vs)].claims[0]].value, !n.isEmpty { name = n }
        switch worst {
        case .compatible:
            agree(g, vs, analyzed, &result)
            result.findings.append(finding(g, analyzed, severity: .info, label: "compatible-titles",
                                           message: "Sources give " + name + " compatible titles: " + described + ".", versions: list))
        case .different:
            result.findings.append(finding(g, analyzed, severity: .warning, label: "different-titles",
                                           message: "Sources give " + name + " different titles: " + described + ".", versions: list))
        default:
            result.findings.append(finding(g, analyzed, severity: .error, label: "incompatible-roles",
                                           message: "Sources give " + name + " incompatible roles: " + described + ".", versions: list))
        }
    }
}
