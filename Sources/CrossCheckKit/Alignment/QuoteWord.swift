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
        var current: [UInt8] = []  // the word so far, UTF-8
        var currentASCII = true
        var bracketDepth = 0
        var pendingJoin = false
        var joinNext = false
        var dots = 0
        let scalars = Array(text.unicodeScalars)

        func flush() {
            guard !current.isEmpty else { return }
            let display = String(decoding: current, as: UTF8.self)
            var lower: String
            if currentASCII {
                if current.last != 0x2D && !current.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
                    lower = display  // already lower case
                } else {
                    var bytes = current
                    for k in bytes.indices where bytes[k] >= 0x41 && bytes[k] <= 0x5A { bytes[k] |= 0x20 }
                    if bytes.last == 0x2D { bytes.removeLast() }
                    lower = String(decoding: bytes, as: UTF8.self)
                }
            } else {
                lower = display.lowercased()
                if lower.hasSuffix("-") { lower.removeLast() }
            }
            out.append(QuoteWord(display: display, norm: SpellingFolder.fold(lower), bracketed: bracketDepth > 0,
                                 joined: joinNext, ellipsis: false))
            current.removeAll(keepingCapacity: true)
            currentASCII = true
            joinNext = false
        }
        func flushDots() {
            if dots >= 3 { out.append(QuoteWord(display: "…", norm: "…", bracketed: bracketDepth > 0, joined: false, ellipsis: true)) }
            dots = 0
        }
        func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
            let v = c.value
            if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
            return c.properties.isAlphabetic
        }
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let v = c.value
            if isAlphabetic(c) || isDigit(c) {
                flushDots()
                if current.isEmpty && pendingJoin { joinNext = true }
                pendingJoin = false
                if v < 0x80 {
                    current.append(UInt8(v))
                } else {
                    currentASCII = false
                    current.append(contentsOf: String(c).utf8)
                }
            } else if (v == 0x27 || v == 0x2019 || v == 0x2018) && !current.isEmpty && i + 1 < scalars.count
                        && isAlphabetic(scalars[i + 1]) {
                current.append(0x27) // inner apostrophe: Russia's, don't
            } else if v == 0x2D || (0x2010...0x2015).contains(v) {
                // A hyphen between letters (or after a bracket) joins; a spaced dash separates.
                let prevIsWordy = !current.isEmpty || (i > 0 && scalars[i - 1].value == 0x5D)
                let nextIsWordy = i + 1 < scalars.count && (isAlphabetic(scalars[i + 1]) || scalars[i + 1].value == 0x5B
                                                             || isDigit(scalars[i + 1]))
                if !current.isEmpty && nextIsWordy { current.append(0x2D) }
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
        var bytes: [UInt8] = []
        for w in words where !w.ellipsis {
            // 0x27 (the apostrophe) never occurs inside a multi-byte UTF-8 sequence.
            for b in w.norm.utf8 where b != 0x27 { bytes.append(b) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text with quote marks and dashes straightened, white space collapsed and leading/trailing
    /// punctuation dropped: equal forms are identical quotations.
    static func plain(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for c in text.unicodeScalars {
            var c = c
            switch c.value {
            case 0x2018, 0x2019, 0x201B, 0x2032: c = "'"
            case 0x201C, 0x201D, 0x201F, 0x2033, 0xAB, 0xBB: c = "\""
            case 0x2010...0x2015: c = "-"
            default: break
            }
            let v = c.value
            if v < 0x80 ? (v == 0x20 || (v >= 0x09 && v <= 0x0D)) : c.properties.isWhitespace { space = true; continue }
            if space && !out.isEmpty { out.append(0x20) }
            space = false
            if v < 0x80 { out.append(UInt8(v)) } else { out.append(contentsOf: String(c).utf8) }
        }
        var result = String(decoding: out, as: UTF8.self)
        func edge(_ c: Character) -> Bool { !(c.isLetter || c.isNumber || c == "]" || c == "[") }
        while let f = result.first, edge(f) { result.removeFirst() }
        while let l = result.last, edge(l) { result.removeLast() }
        return result
    }
}
