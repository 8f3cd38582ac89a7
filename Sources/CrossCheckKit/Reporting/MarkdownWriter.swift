/// Builds the Markdown text section by section.
struct MarkdownWriter {
    let report: Report
    let summary: ReportSummary
    /// File names as shown in evidence: the last path component when that is unique among the sources
    /// (the sources table gives the full path), else the file as given.
    let shortFile: [String: String]
    /// The Markdown as UTF-8 bytes.
    var out: [UInt8] = []

    init(report: Report) {
        self.report = report
        self.summary = ReportSummary(report)
        var files = Set(report.sources.map(\.file))
        for f in report.findings.flatMap(\.claims) { files.insert(f.file) }
        for c in report.corroborated + report.singleSource { for e in c.claims { files.insert(e.file) } }
        for e in report.excluded { files.insert(e.file) }
        var byBase: [String: [String]] = [:]
        for f in files { byBase[MarkdownWriter.basename(f), default: []].append(f) }
        var short: [String: String] = [:]
        for (base, fs) in byBase { for f in fs { short[f] = fs.count == 1 ? base : f } }
        self.shortFile = short
        var evidence = 0
        for f in report.findings { evidence += f.claims.count + f.diffs.count }
        evidence += report.corroborated.count + report.singleSource.count
        out.reserveCapacity(4096 + 300 * evidence + 200 * (report.sources.count + report.excluded.count))
    }

    static func basename(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    mutating func line(_ s: String = "") {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
        out.append(0x0A)
    }

    // MARK: Sections

    mutating func title() {
        line("# crosscheck report: " + inline(report.cluster))
        line()
        func n(_ count: Int, _ one: String, _ many: String) -> String { "\(count) " + (count == 1 ? one : many) }
        let parts = [
            n(summary.sources, "source", "sources"),
            n(summary.claims, "claim", "claims"),
            n(summary.found(.error), "conflict", "conflicts"),
            n(summary.found(.warning), "divergence", "divergences"),
            n(summary.found(.info), "variant", "variants"),
            "\(summary.corroborated) corroborated",
            "\(summary.singleSource) single-source",
            n(summary.excluded, "excluded segment", "excluded segments"),
        ]
        line("**" + parts.joined(separator: " · ") + "**")
        line()
        if summary.suppressed > 0 {
            var why: [String] = []
            if summary.baselined > 0 { why.append("\(summary.baselined) in the baseline") }
            if summary.belowMinSeverity > 0 {
                why.append("\(summary.belowMinSeverity) below the minimum severity"
                           + (summary.minSeverity.map { " `" + $0.rawValue + "`" } ?? ""))
            }
            line("> \(summary.suppressed) finding\(summary.suppressed == 1 ? " is" : "s are") not listed ("
                 + why.joined(separator: ", ") + "); the counts above include "
                 + (summary.suppressed == 1 ? "it." : "them."))
            line()
        }
    }

    mutating func severityTable() {
        line("## Summary")
        line()
        line("| Severity | Found | Listed |")
        line("|---|---:|---:|")
        for s in [Severity.error, .warning, .info] {
            line("| \(MarkdownRenderer.sectionTitle(s)) | \(summary.found(s)) | \(summary.listed(s)) |")
        }
        line("| **Total** | \(summary.findings) | \(summary.shown) |")
        line()
        var extra = "Corroborated claims: \(summary.corroborated). Single-source claims: \(summary.singleSource). "
        extra += "Excluded segments: \(summary.excluded). Diagnostics: \(summary.diagnostics)."
        if summary.suppressed > 0 {
            extra += " Suppressed: \(summary.suppressed) (baseline \(summary.baselined), below minimum severity \(summary.belowMinSeverity))."
        }
        line(extra)
        line()
    }

    mutating func sources() {
        line("## Sources")
        line()
        if report.sources.isEmpty { line("None."); line(); return }
        line("| Source | Outlet | Published | Claims | File |")
        line("|---|---|---|---:|---|")
        for s in report.sources {
            line("| " + [code(s.id), cell(s.outlet ?? "—"), s.published?.iso ?? "—", "\(s.claims)",
                         code(s.file) + (s.url.map { " ([link](" + urlText($0) + "))" } ?? "")].joined(separator: " | ") + " |")
        }
        line()
    }

    mutating func findings(_ severity: Severity) {
        line("## " + MarkdownRenderer.sectionTitle(severity))
        line()
        let list = report.findings.filter { $0.severity == severity }
        let hidden = summary.found(severity) - list.count
        if list.isEmpty {
            line(hidden > 0 ? "None listed (\(hidden) hidden by the baseline or the minimum severity)." : "None.")
            line()
            return
        }
        if hidden > 0 { line("\(hidden) more hidden by the baseline or the minimum severity."); line() }
        let prefix = severity == .error ? "C" : severity == .warning ? "D" : "V"
        for (i, f) in list.enumerated() { finding(f, number: prefix + "\(i + 1)") }
    }

    mutating func finding(_ f: Finding, number: String) {
        line("### " + number + ". " + inline(f.message))
        line()
        line("Label " + code(f.label) + " · kind " + code(f.kind) + " · key " + code(f.key) + " · rule "
             + code(f.rule) + " · id " + code(f.id))
        line()
        let firstPublished = f.claims.first?.published?.iso ?? ""
        let showPublished = f.claims.contains { ($0.published?.iso ?? "") != firstPublished }
        // Quotations: the evidence already shows the exact words (and the diffs what changed), so the
        // value column names the speaker instead of repeating the quotation.
        let quotes = f.claims.allSatisfy { if case .quote = $0.value { return true } else { return false } }
        line("| Source | Outlet |" + (showPublished ? " Published |" : "") + (quotes ? " Speaker |" : " Value |") + " Evidence |")
        line("|---|---|" + (showPublished ? "---|" : "") + "---|---|")
        for e in f.claims {
            var cells = [code(e.source), cell(e.outlet.map(shortOutlet) ?? "—")]
            if showPublished { cells.append(e.published?.iso ?? "—") }
            if quotes, case .quote(_, let speaker) = e.value {
                cells.append(cell(speaker ?? "(unknown)"))
            } else {
                cells.append(cell(e.value.display))
            }
            cells.append(evidence(e))
            line("| " + cells.joined(separator: " | ") + " |")
        }
        line()
        if !f.diffs.isEmpty {
            line("Word differences (~~only in the first~~, **only in the second**):")
            line()
            for d in f.diffs {
                line("- " + code(d.from) + " → " + code(d.to) + ": " + diffText(d))
            }
            line()
        }
        if f.claims.contains(where: { !$0.sentence.isEmpty }) {
            line("<details><summary>Sentences</summary>")
            line()
            for e in f.claims where !e.sentence.isEmpty {
                line("- " + code(location(e)) + ": " + inline(e.sentence))
            }
            line()
            line("</details>")
            line()
        }
    }

    mutating func corroborated() {
        line("## Corroborated claims")
        line()
        if report.corroborated.isEmpty { line("None."); line(); return }
        line("| Kind | Key | Value | Sources | Evidence |")
        line("|---|---|---|---:|---|")
        for c in report.corroborated {
            let n = Set(c.claims.map(\.source)).count
            let ev = c.claims.map { code(location($0)) }.joined(separator: ", ")
            line("| " + [code(c.kind), code(c.key), cell(clip(c.value.display, 100)), "\(n)", ev].joined(separator: " | ") + " |")
        }
        line()
    }

    mutating func singleSource() {
        line("## Single-source claims")
        line()
        let list = report.singleSource
        if list.isEmpty { line("None."); line(); return }
        line("\(list.count) claim\(list.count == 1 ? "" : "s") made by only one source (nothing to compare with).")
        line()
        line("<details><summary>List</summary>")
        line()
        line("| Kind | Key | Value | Source | Evidence |")
        line("|---|---|---|---|---|")
        for c in list {
            let sourcesCell = Array(Set(c.claims.map(\.source))).sorted().map(code).joined(separator: ", ")
            let ev = c.claims.map { code(location($0)) + " " + quoted(clip($0.text, 80)) }.joined(separator: "<br>")
            line("| " + [code(c.kind), code(c.key), cell(clip(c.value.display, 100)), sourcesCell, ev].joined(separator: " | ") + " |")
        }
        line()
        line("</details>")
        line()
    }

    mutating func excluded() {
        line("## Excluded segments")
        line()
        if report.excluded.isEmpty { line("None."); line(); return }
        line("| Source | Lines | Reason | Detail | Preview |")
        line("|---|---|---|---|---|")
        for e in report.excluded {
            let lines = e.startLine == e.endLine ? "\(e.startLine)" : "\(e.startLine)–\(e.endLine)"
            line("| " + [code(e.source), code((shortFile[e.file] ?? e.file) + ":" + lines), code(e.reason.rawValue),
                         cell(e.detail), cell(e.preview)].joined(separator: " | ") + " |")
        }
        line()
    }

    mutating func diagnostics() {
        line("## Diagnostics")
        line()
        if report.diagnostics.isEmpty { line("None."); line(); return }
        for d in report.diagnostics {
            var loc = d.file
            if let l = d.line { loc += ":\(l)"; if let c = d.column { loc += ":\(c)" } }
            line("- **" + d.level.rawValue + "** " + code(loc) + ": " + inline(d.message))
        }
        line()
    }

    // MARK: Pieces

    /// At most `n` characters, cut at a word boundary with "…" (long quotations in compact tables; the
    /// JSON and the finding sections carry the full text).
    func clip(_ s: String, _ n: Int) -> String {
        guard s.utf8.count > n, s.count > n else { return s }  // never more characters than UTF-8 bytes
        var cut = String(s.prefix(n))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > n / 2 { cut = String(cut[..<space]) }
        return cut + "…"
    }

    /// An outlet name for a finding's table: at most 40 characters, cut at a word boundary with "…"
    /// (the Sources table gives it in full).
    func shortOutlet(_ s: String) -> String {
        guard s.utf8.count > 40, s.count > 40 else { return s }
        var cut = String(s.prefix(40))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        while let last = cut.last, last == "," || last == ";" || last == "(" || last == " " { cut.removeLast() }
        return cut + "…"
    }

    func location(_ e: Evidence) -> String {
        let (line, column) = e.location  // one lookup for both
        return (shortFile[e.file] ?? e.file) + ":\(line):\(column)"
    }

    /// `file:line:column` and the exact text as it stands in the file.
    /// (Not wrapped in “ ” again when the text already starts or ends with a quotation mark.)
    func evidence(_ e: Evidence) -> String { code(location(e)) + " " + quoted(e.text) }

    /// Surface text in “ ”, escaped for a table cell; not wrapped again when it already starts or ends
    /// with a quotation mark (or an ellipsis after one).
    static let quoteMarks: Set<Character> = ["\"", "'", "“", "”", "‘", "’", "«", "»"]

    func quoted(_ text: String) -> String {
        let quoteMarks = MarkdownWriter.quoteMarks
        var end = Substring(text)
        if end.hasSuffix("…") { end = end.dropLast() }
        let already = text.first.map(quoteMarks.contains) == true || end.last.map(quoteMarks.contains) == true
        return already ? cell(text) : "“" + cell(text) + "”"
    }

    func diffText(_ d: WordDiff) -> String {
        var out = ""
        var previous = ""
        for p in d.parts {
            let t = p.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            if t.isEmpty { continue }
            // Parts split a hyphenated compound ("DPRK-" + "Russia"): no space after a trailing hyphen.
            if !out.isEmpty && !previous.hasSuffix("-") { out += " " }
            switch p.op {
            case .same: out += inline(t)
            case .removed: out += "~~" + inline(t) + "~~"
            case .added: out += "**" + inline(t) + "**"
            }
            previous = t
        }
        return out
    }

    /// Text safe inside a paragraph, list item or table cell: Markdown punctuation backslash-escaped,
    /// `|` escaped, line breaks turned into spaces. (`>` and `#` only matter at the start of a line,
    /// where inline text never stands.)
    ///
    /// Works on UTF-8 bytes when that gives what the character-by-character rule gives (`inlineByCharacter`):
    /// when every special character stands between ASCII bytes, it is a character of its own.
    func inline(_ s: String) -> String {
        var storage = s
        return storage.withUTF8 { buf -> String? in
            let n = buf.count
            var first = -1
            for i in 0..<n where MarkdownWriter.inlineSpecial[Int(buf[i])] {
                guard (i == 0 || buf[i - 1] < 0x80) && (i + 1 == n || buf[i + 1] < 0x80) else { return nil }
                // An underscore looks at the characters either side: they must be single ASCII scalars too.
                if buf[i] == 0x5F, i >= 2, buf[i - 2] >= 0x80 { return nil }
                if first < 0 { first = i }
            }
            guard first >= 0 else { return s }
            var r: [UInt8] = []
            r.reserveCapacity(n + 8)
            r.append(contentsOf: UnsafeBufferPointer(rebasing: buf[0..<first]))
            var i = first
            while i < n {
                let b = buf[i]
                if !MarkdownWriter.inlineSpecial[Int(b)] { r.append(b); i += 1; continue }
                switch b {
                case 0x5F where i > 0 && i + 1 < n && MarkdownWriter.isASCIILetterOrDigit(buf[i - 1]) && MarkdownWriter.isASCIILetterOrDigit(buf[i + 1]):
                    r.append(b)
                case 0x0D:
                    r.append(0x20)
                    if i + 1 < n && buf[i + 1] == 0x0A { i += 1 }  // "\r\n" is one character
                case 0x0A, 0x09:
                    r.append(0x20)
                default:
                    r.append(0x5C)
                    r.append(b)
                }
                i += 1
            }
            return String(decoding: r, as: UTF8.self)
        } ?? inlineByCharacter(s)
    }

    /// `inline` character by character (Unicode extended grapheme clusters).
    func inlineByCharacter(_ s: String) -> String {
        var r = ""
        let chars = Array(s)
        for (i, ch) in chars.enumerated() {
            switch ch {
            case "_" where i > 0 && i + 1 < chars.count && MarkdownWriter.isLetterOrDigit(chars[i - 1]) && MarkdownWriter.isLetterOrDigit(chars[i + 1]):
                r.append(ch)  // an underscore inside a word ("000_a59d") never starts emphasis in GFM
            case "\\", "`", "*", "_", "~", "[", "]", "<", "|": r.append("\\"); r.append(ch)
            case "\n", "\r", "\r\n", "\t": r.append(" ")
            default: r.append(ch)
            }
        }
        return r
    }

    /// Bytes `inline` changes: \\ ` * _ ~ [ ] < | and line breaks and tabs.
    static let inlineSpecial: [Bool] = (0..<256).map { b in
        [0x5C, 0x60, 0x2A, 0x5F, 0x7E, 0x5B, 0x5D, 0x3C, 0x7C, 0x0A, 0x0D, 0x09].contains(b)
    }

    /// Bytes `code` changes or counts: ` | and line breaks and tabs.
    static let codeSpecial: [Bool] = (0..<256).map { b in [0x60, 0x7C, 0x0A, 0x0D, 0x09].contains(b) }

    static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    func cell(_ s: String) -> String { inline(s) }

    /// A code span that survives backticks inside it and pipes inside a table.
    ///
    /// On UTF-8 bytes when every special character stands between ASCII bytes (see `inline`).
    func code(_ s: String) -> String {
        var storage = s
        return storage.withUTF8 { buf -> String? in
            let n = buf.count
            var plain = true
            for i in 0..<n where MarkdownWriter.codeSpecial[Int(buf[i])] {
                guard (i == 0 || buf[i - 1] < 0x80) && (i + 1 == n || buf[i + 1] < 0x80) else { return nil }
                plain = false
            }
            var r: [UInt8] = []
            r.reserveCapacity(n + 4)
            if plain {
                r.append(0x60)
                r.append(contentsOf: buf)
                r.append(0x60)
                return String(decoding: r, as: UTF8.self)
            }
            var t: [UInt8] = []
            t.reserveCapacity(n + 4)
            var i = 0
            while i < n {
                let b = buf[i]
                switch b {
                case 0x0D:
                    t.append(0x20)
                    if i + 1 < n && buf[i + 1] == 0x0A { i += 1 }
                case 0x0A, 0x09: t.append(0x20)
                case 0x7C: t.append(0x5C); t.append(0x7C)
                default: t.append(b)
                }
                i += 1
            }
            var longest = 0, run = 0
            for b in t { if b == 0x60 { run += 1; longest = max(longest, run) } else { run = 0 } }
            let pad = t.first == 0x60 || t.last == 0x60
            for _ in 0...longest { r.append(0x60) }
            if pad { r.append(0x20) }
            r.append(contentsOf: t)
            if pad { r.append(0x20) }
            for _ in 0...longest { r.append(0x60) }
            return String(decoding: r, as: UTF8.self)
        } ?? codeByCharacter(s)
    }

    /// `code` character by character.
    func codeByCharacter(_ s: String) -> String {
        var t = ""
        for ch in s {
            switch ch {
            case "\n", "\r", "\r\n", "\t": t.append(" ")
            case "|": t += "\\|"
            default: t.append(ch)
            }
        }
        var longest = 0
        var run = 0
        for ch in t { if ch == "`" { run += 1; longest = max(longest, run) } else { run = 0 } }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = t.hasPrefix("`") || t.hasSuffix("`") ? " " : ""
        return fence + pad + t + pad + fence
    }

    /// A URL inside `(...)`: spaces and parentheses percent-encoded so the link stays one token.
    func urlText(_ s: String) -> String {
        var r = ""
        for ch in s {
            switch ch {
            case " ": r += "%20"
            case "(": r += "%28"
            case ")": r += "%29"
            case "|": r += "%7C"
            case "\n", "\r": continue
            default: r.append(ch)
            }
        }
        return r
    }

    static func isLetterOrDigit(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}
