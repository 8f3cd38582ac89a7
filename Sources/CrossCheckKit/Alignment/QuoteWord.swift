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
    /// Followed by a full stop, a question mark or an exclamation mark that ends a sentence: a
    /// quotation one source gives whole and another splits ("..., he said. ...") is compared sentence
    /// by sentence at its cut (`QuoteComparison`).
    var sentenceEnd = false

    /// Splits a quotation into words; punctuation other than brackets, hyphens and ellipses is dropped.
    static func words(of text: String) -> [QuoteWord] {
        var text = text
        return text.withUTF8 { words(utf8: $0) }
    }

    /// `words(of:)` over the text's UTF-8 (valid, as a String's is), decoding a scalar only where the
    /// byte is not ASCII.
    private static func words(utf8 b: UnsafeBufferPointer<UInt8>) -> [QuoteWord] {
        var scanner = QuoteWordScanner()
        var i = 0
        var previous: UInt32? = nil
        while i < b.count {
            let (v, length) = scalar(b, at: i)
            let next: UInt32? = i + length < b.count ? scalar(b, at: i + length).0 : nil
            if isAlphabetic(v) || isDigit(v) {
                scanner.flushDots()
                if scanner.current.isEmpty && scanner.pendingJoin { scanner.joinNext = true }
                scanner.pendingJoin = false
                if v < 0x80 {
                    scanner.current.append(UInt8(v))
                } else {
                    scanner.currentASCII = false
                    scanner.current.append(contentsOf: b[i..<(i + length)])
                }
            } else if (v == 0x27 || v == 0x2019 || v == 0x2018) && !scanner.current.isEmpty && next.map(isAlphabetic) == true {
                scanner.current.append(0x27) // inner apostrophe: Russia's, don't
            } else if v == 0x2D || (0x2010...0x2015).contains(v) {
                // A hyphen between letters (or after a bracket) joins; a spaced dash separates.
                let prevIsWordy = !scanner.current.isEmpty || previous == 0x5D
                let nextIsWordy = next.map { isAlphabetic($0) || $0 == 0x5B || isDigit($0) } == true
                if !scanner.current.isEmpty && nextIsWordy { scanner.current.append(0x2D) }
                scanner.flush()
                scanner.flushDots()
                scanner.pendingJoin = prevIsWordy && nextIsWordy
            } else if v == 0x5B {
                scanner.flush(); scanner.flushDots()
                scanner.bracketDepth += 1
                // keep pendingJoin: "DPRK-[...]"
            } else if v == 0x5D {
                scanner.flush(); scanner.flushDots()
                scanner.bracketDepth = max(0, scanner.bracketDepth - 1)
            } else if v == 0x2E {
                // A single full stop after a word, before a space, a closing mark or the end: a sentence end.
                if !scanner.current.isEmpty && scanner.dots == 0 && next.map(Self.endsSentence) != false {
                    scanner.flush()
                    scanner.out[scanner.out.count - 1].sentenceEnd = true
                }
                scanner.flush()
                scanner.dots += 1
                scanner.pendingJoin = false
            } else if v == 0x2026 {
                scanner.flush()
                scanner.dots += 3
                scanner.pendingJoin = false
            } else {
                let ended = !scanner.current.isEmpty && (v == 0x3F || v == 0x21)
                scanner.flush(); scanner.flushDots()
                if ended { scanner.out[scanner.out.count - 1].sentenceEnd = true }
                scanner.pendingJoin = false
            }
            previous = v
            i += length
        }
        scanner.flush()
        scanner.flushDots()
        return scanner.out
    }

    /// The scalar at byte `i` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        if c < 0xE0 { return ((UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
        if c < 0xF0 { return ((UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3) }
        return ((UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F), 4)
    }

    @inline(__always)
    private static func isAlphabetic(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    /// What may follow a full stop that ends a sentence: white space or a closing quote mark.
    private static func endsSentence(_ v: UInt32) -> Bool {
        v == 0x20 || (v >= 0x09 && v <= 0x0D) || v == 0x22 || v == 0x27 || v == 0x201D || v == 0x2019 || v == 0xBB
    }

    @inline(__always) private static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    /// `chunks(words(of:))` of each text, read once per distinct text: syndicated copies of a story repeat
    /// the same quotations many times over in a large cluster, and hashing a text costs far less than
    /// reading its words. They come as the chunks of each distinct text (in order of first appearance) and, per text, the
    /// number of its distinct text.
    static func distinctChunks(ofEach texts: [String]) -> (distinct: [[String]], slots: [Int]) {
        var seen = DistinctStrings(capacity: texts.count)
        var distinct: [[String]] = []
        var slots: [Int] = []
        slots.reserveCapacity(texts.count)
        for text in texts {
            let (slot, isNew) = seen.slot(text)
            if isNew { distinct.append(chunks(words(of: text))) }
            slots.append(slot)
        }
        return (distinct, slots)
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
    /// case, punctuation, hyphenation, apostrophes, spelling convention or an unambiguous contraction
    /// ("we've" / "we have", "don't" / "do not": see `contractions`).
    static func letters(_ words: [QuoteWord]) -> String {
        var bytes: [UInt8] = []
        for w in words where !w.ellipsis {
            // 0x27 (the apostrophe) never occurs inside a multi-byte UTF-8 sequence.
            if w.norm.utf8.contains(0x27), let expanded = expandedContraction(w.norm) {
                bytes.append(contentsOf: expanded.utf8)
                continue
            }
            for b in w.norm.utf8 where b != 0x27 { bytes.append(b) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Contracted endings with one reading only, and what they stand for. "'s" (is, has or a
    /// possessive) and "'d" (had or would) are left alone: folding them could make a changed word look
    /// like a spelling convention.
    static let contractions: [(suffix: String, full: String)] = [("n't", "not"), ("'ve", "have"), ("'re", "are"), ("'ll", "will"), ("'m", "am")]
    /// Contractions whose stem changes too.
    static let irregularContractions: [String: String] = ["can't": "cannot", "won't": "willnot", "shan't": "shallnot", "let's": "letus"]

    /// The letters of a folded contraction written out ("we've" → "wehave", "didn't" → "didnot"), or nil
    /// when `norm` is no unambiguous contraction ("ain't", "it's", "he'd", "Russia's").
    static func expandedContraction(_ norm: String) -> String? {
        if let full = irregularContractions[norm] { return full }
        for (suffix, full) in contractions where norm.hasSuffix(suffix) && norm.count > suffix.count {
            let stem = norm.dropLast(suffix.count)
            guard !stem.contains("'"), stem != "ai" else { return nil }
            return stem + full
        }
        return nil
    }

    /// The text with quote marks and dashes straightened, white space collapsed and leading/trailing
    /// punctuation dropped: equal forms are identical quotations.
    static func plain(_ text: String) -> String {
        var text = text
        let out: [UInt8] = text.withUTF8 { b in
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var space = false
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 {
                    i += 1
                    if c == 0x20 || (c >= 0x09 && c <= 0x0D) { space = true; continue }
                    if space && !out.isEmpty { out.append(0x20) }
                    space = false
                    out.append(c)
                    continue
                }
                let (v, length) = scalar(b, at: i)
                var mapped: UInt8? = nil
                switch v {
                case 0x2018, 0x2019, 0x201B, 0x2032: mapped = 0x27
                case 0x201C, 0x201D, 0x201F, 0x2033, 0xAB, 0xBB: mapped = 0x22
                case 0x2010...0x2015: mapped = 0x2D
                default: break
                }
                if mapped == nil, Unicode.Scalar(v)?.properties.isWhitespace == true { space = true; i += length; continue }
                if space && !out.isEmpty { out.append(0x20) }
                space = false
                if let mapped { out.append(mapped) } else { out.append(contentsOf: b[i..<(i + length)]) }
                i += length
            }
            return out
        }
        var result = String(decoding: out, as: UTF8.self)
        func edge(_ c: Character) -> Bool { !(c.isLetter || c.isNumber || c == "]" || c == "[") }
        while let f = result.first, edge(f) { result.removeFirst() }
        while let l = result.last, edge(l) { result.removeLast() }
        return result
    }
}
