/// One word of a quotation as compared: the original spelling for display and a folded form for
/// matching (lower case, apostrophes straightened, US/UK spelling folded). Hyphenated compounds are
/// split into parts ("multi-polar" → "multi" "polar", `joined` on the second) so a diff can show the
/// change, while `chunks` re-join them so "multi-polar" and "multipolar" match.
struct QuoteWord: Sendable, Hashable {
    /// The word as written (with a trailing hyphen when the next part is joined to it).
    var display: String
    /// Folded form compared by the diff.
    var norm: String
    /// Inside [square brackets]: an editor's insertion or substitution.
    var bracketed: Bool
    /// Joined to the previous word by a hyphen (no space).
    var joined: Bool
    /// An ellipsis ("...", "…") marking an elision.
    var ellipsis: Bool

    /// Splits a quotation into words; punctuation other than brackets, hyphens and ellipses is dropped.
    static func words(of text: String) -> [QuoteWord] {
        var out: [QuoteWord] = []
        var current = ""
        var bracketDepth = 0
        var pendingJoin = false
        var joinNext = false
        var dots = 0
        let scalars = Array(text.unicodeScalars)

        func flush() {
            guard !current.isEmpty else { return }
            var lower = current.lowercased()
            if lower.hasSuffix("-") { lower.removeLast() }
            out.append(QuoteWord(display: current, norm: SpellingFolder.fold(lower), bracketed: bracketDepth > 0,
                                 joined: joinNext, ellipsis: false))
            current = ""
            joinNext = false
        }
        func flushDots() {
            if dots >= 3 { out.append(QuoteWord(display: "…", norm: "…", bracketed: bracketDepth > 0, joined: false, ellipsis: true)) }
            dots = 0
        }

        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let v = c.value
            let isLetter = c.properties.isAlphabetic || (v >= 0x30 && v <= 0x39)
            if isLetter {
                flushDots()
                if current.isEmpty && pendingJoin { joinNext = true }
                pendingJoin = false
                current.unicodeScalars.append(c)
            } else if (v == 0x27 || v == 0x2019 || v == 0x2018) && !current.isEmpty && i + 1 < scalars.count
                        && scalars[i + 1].properties.isAlphabetic {
                current.append("'") // inner apostrophe: Russia's, don't
            } else if v == 0x2D || (0x2010...0x2015).contains(v) {
                // A hyphen between letters (or after a bracket) joins; a spaced dash separates.
                let prevIsWordy = !current.isEmpty || (i > 0 && scalars[i - 1].value == 0x5D)
                let nextIsWordy = i + 1 < scalars.count && (scalars[i + 1].properties.isAlphabetic || scalars[i + 1].value == 0x5B
                                                             || (scalars[i + 1].value >= 0x30 && scalars[i + 1].value <= 0x39))
                if !current.isEmpty && nextIsWordy { current.append("-") }
                flush()
                flushDots()
                pendingJoin = prevIsWordy && nextIsWordy
            } else if v == 0x5B {
                flush(); flushDots()
                bracketDepth += 1
                // keep pendingJoin: "DPRK-[...]"
            } else if v == 0x5D {
                flush(); flushDots()
                bracketDepth = max(0, bracketDepth - 1)
            } else if v == 0x2E {
                flush()
                dots += 1
                pendingJoin = false
            } else if v == 0x2026 {
                flush()
                dots += 3
                pendingJoin = false
            } else {
                flush(); flushDots()
                pendingJoin = false
            }
            i += 1
        }
        flush()
        flushDots()
        return out
    }

    /// Folded forms with hyphen-joined parts glued back together: "multi-polar" → "multipolar",
    /// "co-operation" → "cooperation". Ellipses are dropped.
    static func chunks(_ words: [QuoteWord]) -> [String] {
        var out: [String] = []
        for w in words where !w.ellipsis {
            if w.joined, !out.isEmpty { out[out.count - 1] += w.norm } else { out.append(w.norm) }
        }
        return out
    }

    /// The quotation reduced to its letters (folded): equal letters mean the versions differ only in
    /// case, punctuation, hyphenation, apostrophes or spelling convention.
    static func letters(_ words: [QuoteWord]) -> String {
        var s = ""
        for w in words where !w.ellipsis {
            for c in w.norm.unicodeScalars where c.value != 0x27 { s.unicodeScalars.append(c) }
        }
        return s
    }

    /// The text with quote marks and dashes straightened, white space collapsed and leading/trailing
    /// punctuation dropped: equal forms are identical quotations.
    static func plain(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text.unicodeScalars {
            var c = c
            switch c.value {
            case 0x2018, 0x2019, 0x201B, 0x2032: c = "'"
            case 0x201C, 0x201D, 0x201F, 0x2033, 0xAB, 0xBB: c = "\""
            case 0x2010...0x2015: c = "-"
            default: break
            }
            if c.properties.isWhitespace { space = true; continue }
            if space && !out.isEmpty { out.append(" ") }
            space = false
            out.unicodeScalars.append(c)
        }
        func edge(_ c: Character) -> Bool { !(c.isLetter || c.isNumber || c == "]" || c == "[") }
        while let f = out.first, edge(f) { out.removeFirst() }
        while let l = out.last, edge(l) { out.removeLast() }
        return out
    }
}
