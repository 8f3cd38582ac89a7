/// One pass over UTF-8 bytes producing tokens with byte offsets, kinds, layout flags and hashes.
/// Excluded spans are skipped and act as paragraph breaks.
public struct Tokenizer: Sendable {
    public init() {}

    private static let possessiveHash = Token.hash(literal: "'s")

    /// The normalized byte of each ASCII letter (lower-cased) and digit, 0 for every other byte: one
    /// load tells whether a byte goes on an ASCII word and what it adds to the hash.
    private static let wordBytes: [UInt8] = (0..<256).map { b in
        let l = UInt8(b) | 0x20
        return l &- 0x61 < 26 ? l : UInt8(b) &- 0x30 < 10 ? UInt8(b) : 0
    }

    /// The class of each byte as the first byte of a token, so that one load routes the common cases:
    /// an ASCII letter, a plain space (space, tab, CR), a line feed, or a one-byte ASCII punctuation
    /// mark, symbol or dash. Everything else (digits, quotes, non-ASCII bytes) is 0: the general path.
    private static let letterClass: UInt8 = 1, spaceClass: UInt8 = 2, newlineClass: UInt8 = 3
    private static let punctClass: UInt8 = 4, symbolClass: UInt8 = 5, dashClass: UInt8 = 6
    private static let byteClasses: [UInt8] = (0..<256).map { v in
        let b = UInt8(v)
        if (b | 0x20) &- 0x61 < 26 { return letterClass }
        if b == 0x20 || b == 0x09 || b == 0x0D { return spaceClass }
        if b == 0x0A { return newlineClass }
        if b >= 0x80 || b &- 0x30 < 10 || b == 0x22 || b == 0x27 || b == 0x60 { return 0 }
        if b == 0x2D { return dashClass }
        switch b {
        case 0x25, 0x24, 0x26, 0x40, 0x23, 0x2B, 0x3D, 0x3C, 0x3E, 0x2A, 0x5E, 0x7E, 0x7C, 0x5C: return symbolClass
        default: return punctClass
        }
    }

    /// Tokens of `text`, skipping `excluded` spans (sorted or not).
    public func tokenize(_ text: [UInt8], excluding excluded: [TextSpan] = []) -> [Token] {
        text.withUnsafeBufferPointer { tokenize(buffer: $0, excluding: excluded) }
    }

    private func tokenize(buffer buf: UnsafeBufferPointer<UInt8>, excluding excluded: [TextSpan]) -> [Token] {
        // Token offsets are 32-bit (the loaders refuse larger files with a message): a larger text is a
        // caller's error, and it traps here rather than making negative offsets that later reads trust.
        precondition(buf.count <= Int(Int32.max), "text longer than 2 GiB: token offsets are 32-bit")
        let skips = excluded.sorted()
        // Tokens are written straight into the array's storage (no uniqueness and capacity checks per
        // append). A token takes at least one byte, and a split possessive two tokens for three bytes,
        // so `count + 1` always suffices; news text needs far less, so a tighter guess is tried first
        // and the text is tokenized again with the bound only when it runs out.
        let guess = buf.count / 3 + 16
        return Tokenizer.wordBytes.withUnsafeBufferPointer { table in
            Tokenizer.byteClasses.withUnsafeBufferPointer { classes in
                tokenize(buf, skips, guess: guess, table: table.baseAddress!, classes: classes.baseAddress!)
            }
        }
    }

    private func tokenize(_ buf: UnsafeBufferPointer<UInt8>, _ skips: [TextSpan], guess: Int, table: UnsafePointer<UInt8>,
                          classes: UnsafePointer<UInt8>) -> [Token] {
        var overflow = false
        let tokens = [Token](unsafeUninitializedCapacity: guess) { out, count in
            let c = fill(buf, skips, out.baseAddress!, capacity: guess, table: table, classes: classes)
            if c < 0 { overflow = true; count = 0 } else { count = c }
        }
        if !overflow { return tokens }
        let bound = buf.count + 1
        return [Token](unsafeUninitializedCapacity: bound) { out, count in
            let c = fill(buf, skips, out.baseAddress!, capacity: bound, table: table, classes: classes)
            precondition(c >= 0, "a text made more tokens than bytes + 1")
            count = c
        }
    }

    /// Scans a run of ASCII letters and digits from `start` (a letter): its end, the hash of its
    /// lower-cased bytes, whether it holds a lower-case letter, and its count of digits (counted only
    /// while no lower-case letter has been seen: they matter only for all-capital words). Once a
    /// lower-case letter is seen (at once, for most words) the rest is scanned without case tracking.
    @inline(__always)
    private static func scanASCIIWord(_ buf: UnsafeBufferPointer<UInt8>, from start: Int,
                                      _ table: UnsafePointer<UInt8>) -> (Int, UInt64, Bool, Int) {
        let n = buf.count
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var digits = 0
        var j = start
        var lower = false
        while j < n {
            let c = buf[j]
            let l = table[Int(c)]
            if l == 0 { return (j, h, false, digits) }
            h = (h ^ UInt64(l)) &* 0x0000_0100_0000_01b3
            j &+= 1
            if c >= 0x61 { lower = true; break }
            if c < 0x3A { digits &+= 1 }
        }
        if lower {
            while j < n {
                let l = table[Int(buf[j])]
                if l == 0 { break }
                h = (h ^ UInt64(l)) &* 0x0000_0100_0000_01b3
                j &+= 1
            }
        }
        return (j, h, lower, digits)
    }

    /// Writes the tokens of `buf` to `out` and returns their count, or -1 when more than `capacity`.
    private func fill(_ buf: UnsafeBufferPointer<UInt8>, _ skips: [TextSpan], _ out: UnsafeMutablePointer<Token>,
                      capacity: Int, table: UnsafePointer<UInt8>, classes: UnsafePointer<UInt8>) -> Int {
        var count = 0
        var nextSkip = skips.first?.start ?? Int.max
        var skipIndex = 0
        var i = 0
        let n = buf.count
        // Layout flags of the next token: space, line break, and paragraph start (a second line break
        // since the last token, or the start of the text or of an excluded span).
        let breakFlags: Token.Flags = [.spaceBefore, .newlineBefore, .paragraphStart]
        var pending = breakFlags
        var openDouble = false
        var openSingle = false
        while i < n {
            // Skip excluded spans.
            if i >= nextSkip {
                while skipIndex < skips.count && skips[skipIndex].end <= i { skipIndex += 1 }
                if skipIndex < skips.count && skips[skipIndex].start <= i {
                    i = max(i + 1, skips[skipIndex].end)
                    pending = breakFlags
                    continue
                }
                nextSkip = skipIndex < skips.count ? skips[skipIndex].start : Int.max
            }
            let b = buf[i]
            let cls = classes[Int(b)]
            // Fast path: a word of ASCII letters and digits only (most tokens). A word that goes on
            // with an apostrophe or a non-ASCII byte, or is too long, is left to the general path.
            if cls == Tokenizer.letterClass {
                let (j, h, lower, digits) = Tokenizer.scanASCIIWord(buf, from: i, table)
                let length = j &- i
                if length <= Token.maxLength && (j == n || (buf[j] != 0x27 && buf[j] < 0x80)) {
                    if count == capacity { return -1 }
                    var flags = pending
                    if b < 0x61 { flags.insert(.capitalized) }
                    // No lower-case letter: every letter (every byte but the digits) is a capital.
                    if !lower && length &- digits >= 2 { flags.insert(.allCaps) }
                    (out + count).initialize(to: Token(word: Int32(truncatingIfNeeded: i), length: UInt16(truncatingIfNeeded: length),
                                                       flags: flags, hash: h))
                    count &+= 1
                    // No apostrophe inside: no possessive to split. A space after the word (outside an
                    // excluded span) is taken at once.
                    if j < n && j < nextSkip && buf[j] == 0x20 {
                        pending = .spaceBefore
                        i = j &+ 1
                    } else {
                        pending = []
                        i = j
                    }
                    continue
                }
            }
            // ASCII white space.
            if cls == Tokenizer.spaceClass { i &+= 1; pending.insert(.spaceBefore); continue }
            if cls == Tokenizer.newlineClass {
                i &+= 1
                if pending.contains(.newlineBefore) { pending.insert(.paragraphStart) }
                pending.formUnion([.spaceBefore, .newlineBefore])
                continue
            }
            // A one-byte ASCII punctuation mark, symbol or dash: its normalized form is the byte itself.
            if cls >= Tokenizer.punctClass {
                if count == capacity { return -1 }
                let kind: TokenKind = cls == Tokenizer.punctClass ? .punct : cls == Tokenizer.symbolClass ? .symbol : .dash
                let hash = (0xcbf2_9ce4_8422_2325 ^ UInt64(b)) &* 0x0000_0100_0000_01b3
                (out + count).initialize(to: Token(start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: i &+ 1),
                                                   kind: kind, flags: pending, hash: hash))
                count &+= 1
                pending = []
                i &+= 1
                continue
            }
            // Unicode spaces.
            if b == 0xC2, i + 1 < n, buf[i + 1] == 0xA0 { i += 2; pending.insert(.spaceBefore); continue }
            if b == 0xE2, i + 2 < n, buf[i + 1] == 0x80, (0x80...0x8B).contains(buf[i + 2]) || buf[i + 2] == 0xAF {
                i += 3; pending.insert(.spaceBefore); continue
            }
            if b == 0xEF, i + 2 < n, buf[i + 1] == 0xBB, buf[i + 2] == 0xBF { i += 3; continue } // BOM
            if count == capacity { return -1 }
            let start = i
            var kind: TokenKind
            var hash: UInt64 = 0
            var flags = pending
            if isDigit(b) {
                i = scanNumber(buf, from: i)
                kind = .number
                // Ordinal suffix: 1st 2nd 3rd 24th.
                if i + 1 < n {
                    let s0 = buf[i] | 0x20, s1 = buf[i + 1] | 0x20
                    let suffix = (s0 == 0x73 && s1 == 0x74) || (s0 == 0x6E && s1 == 0x64) || (s0 == 0x72 && s1 == 0x64) || (s0 == 0x74 && s1 == 0x68)
                    if suffix && (i + 2 >= n || !isWordByte(buf, i + 2, n)) { i += 2; kind = .ordinal }
                }
            } else if isWordStart(buf, i, n) {
                let w = scanWord(buf, from: i, n)
                i = w.end
                hash = w.hash
                kind = .word
                if b < 0x80 ? (b >= 0x41 && b <= 0x5A) : isUpper(buf, start, n) { flags.insert(.capitalized) }
                if w.upper >= 2 && !w.lower { flags.insert(.allCaps) }
            } else if let (folded, width) = Normalizer.fold(buf, at: i, end: n) ?? asciiQuote(b) {
                let glyph = i
                i += width
                if folded == 0x2D {
                    kind = .dash
                } else {
                    kind = .quote
                    let single = folded == 0x27
                    if single { flags.insert(.single) }
                    if pending.contains(.paragraphStart) { openDouble = false; openSingle = false }
                    flags.insert(quoteRole(buf, glyph: glyph, after: i, n, single: single,
                                           spaceBefore: pending.contains(.spaceBefore),
                                           previous: count > 0 ? out[count - 1] : nil, open: single ? openSingle : openDouble))
                    if flags.contains(.opening) { if single { openSingle = true } else { openDouble = true } }
                    if flags.contains(.closing) { if single { openSingle = false } else { openDouble = false } }
                }
            } else if b == 0x2D {
                i += 1
                kind = .dash
            } else if b == 0xE2, i + 2 < n, buf[i + 1] == 0x80, buf[i + 2] == 0xA6 {
                i += 3
                kind = .punct // … ellipsis
            } else if b < 0x80 {
                i += 1
                switch b {
                case 0x25, 0x24, 0x26, 0x40, 0x23, 0x2B, 0x3D, 0x3C, 0x3E, 0x2A, 0x5E, 0x7E, 0x7C, 0x5C: kind = .symbol
                default: kind = .punct
                }
            } else {
                // Other non-ASCII non-letter symbols (€ £ ¥ ° § ...).
                i += utf8Width(b)
                kind = .symbol
            }
            var end = min(i, n)
            if end - start > Token.maxLength {
                // A run longer than any real token (a data blob): cut it at a character boundary;
                // the rest is tokenized from there.
                end = start + Token.maxLength
                while end > start + 1 && buf[end] & 0xC0 == 0x80 { end -= 1 }
                i = end
                hash = Normalizer.hash(buf, start..<end)
            } else if kind != .word {
                hash = Normalizer.hash(buf, start..<end)
            }
            let token = Token(start: Int32(start), end: Int32(end), kind: kind, flags: flags, hash: hash)
            (out + count).initialize(to: token)
            count += 1
            pending = []
            // Split a possessive "'s" off a word: "Russia's", "Russia’s".
            if kind == .word, end - start >= 3, buf[end - 1] | 0x20 == 0x73 {
                if count == capacity { return -1 }
                if splitPossessive(out + (count - 1), token, buf) { count += 1 }
            }
        }
        return count
    }

    // MARK: - Quotes

    /// Whether a quote mark at `glyph` opens or closes a quotation, or is an apostrophe. Position decides
    /// first (after a word and before space or punctuation: closing; after space and before a word:
    /// opening); where position is ambiguous, the glyph's direction (“ ‘ « open, ” ’ » close), and for
    /// straight quotes whether a quotation is open. A single mark after a word ending in "s" with no
    /// single quotation open is a possessive apostrophe, as is one before a decade ("’90s").
    @inline(__always)
    private func quoteRole(_ buf: UnsafeBufferPointer<UInt8>, glyph: Int, after i: Int, _ n: Int, single: Bool,
                           spaceBefore: Bool, previous: Token?, open: Bool) -> Token.Flags {
        var wordBefore = false
        if !spaceBefore, let p = previous {
            switch p.kind {
            case .word, .number, .ordinal, .symbol: wordBefore = true
            case .quote: wordBefore = p.flags.contains(.closing) || p.flags.contains(.apostrophe)
            case .punct: let c = buf[Int(p.start)]; wordBefore = !(c == 0x28 || c == 0x5B || c == 0x7B)
            case .dash: wordBefore = false
            }
        }
        let next: UInt8 = i < n ? buf[i] : 0x20
        let spaceAfter = next == 0x20 || next == 0x0A || next == 0x09 || next == 0x0D || (next == 0xC2 && i + 1 < n && buf[i + 1] == 0xA0)
        let wordAfter = isAlpha(next) || isDigit(next) || (next >= 0xC3 && next != 0xE2)
        // Direction of the glyph: 1 opening, -1 closing, 0 straight.
        var direction = 0
        let g = buf[glyph]
        if g == 0xE2 {
            switch buf[glyph + 2] {
            case 0x98, 0x9C, 0x9B, 0x9F: direction = 1
            case 0x99, 0x9D: direction = -1
            default: direction = 0
            }
        } else if g == 0xC2 {
            direction = buf[glyph + 1] == 0xAB ? 1 : -1
        }
        if single {
            // ’90s
            if !wordBefore, i + 2 < n, isDigit(buf[i]), isDigit(buf[i + 1]), buf[i + 2] | 0x20 == 0x73 { return .apostrophe }
            if wordBefore, !open, !wordAfter, let p = previous, p.kind == .word, buf[Int(p.end) - 1] | 0x20 == 0x73 { return .apostrophe }
        }
        if !wordBefore && !spaceAfter { return .opening }
        if wordBefore && !wordAfter { return .closing }
        if direction > 0 { return .opening }
        if direction < 0 { return .closing }
        return open ? .closing : .opening
    }

    // MARK: - Byte classes

    @inline(__always) private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) private func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    private func asciiQuote(_ b: UInt8) -> (UInt8, Int)? {
        b == 0x22 ? (0x22, 1) : b == 0x27 ? (0x27, 1) : b == 0x60 ? (0x27, 1) : nil
    }

    @inline(__always) private func utf8Width(_ b: UInt8) -> Int {
        b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
    }

    /// A non-ASCII scalar that is neither punctuation we fold nor a space counts as a letter,
    /// except the general-punctuation block (U+2000–U+206F) and common symbols.
    private func isNonASCIILetter(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        let b = buf[i]
        if b < 0xC3 { return b == 0xC2 ? false : b >= 0xC0 } // C2 xx: Latin-1 punctuation/symbols
        if b == 0xE2 { return false }                           // general punctuation, arrows, math, currency (€)
        if b == 0xEF, i + 1 < n, buf[i + 1] == 0xBF { return false } // specials, U+FFFD
        if b == 0xE3, i + 1 < n, buf[i + 1] == 0x80 { return false } // CJK punctuation
        return b >= 0xC3
    }

    @inline(__always) private func isWordStart(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        let b = buf[i]
        return b < 0x80 ? isAlpha(b) : isNonASCIILetter(buf, i, n)
    }

    @inline(__always) private func isWordByte(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        let b = buf[i]
        return b < 0x80 ? (isAlpha(b) || isDigit(b)) : isNonASCIILetter(buf, i, n)
    }

    private func scanNumber(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = buf.count
        while i < n {
            let b = buf[i]
            if isDigit(b) { i += 1; continue }
            // A separator or decimal point inside digits: 13,500  1.5  24,965,218  7,4
            if (b == 0x2C || b == 0x2E), i + 1 < n, isDigit(buf[i + 1]), i > start { i += 1; continue }
            break
        }
        return i
    }

    /// Scans a word from `start`: its end, the hash of its normalized form, and its ASCII case counts.
    @inline(__always)
    private func scanWord(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, _ n: Int) -> (end: Int, hash: UInt64, upper: Int, lower: Bool) {
        var i = start
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var upper = 0
        var lower = false
        while i < n {
            let b = buf[i]
            if b < 0x80 {
                if b >= 0x61 && b <= 0x7A { lower = true; h = (h ^ UInt64(b)) &* prime; i += 1; continue }
                if b >= 0x41 && b <= 0x5A { upper += 1; h = (h ^ UInt64(b | 0x20)) &* prime; i += 1; continue }
                if b >= 0x30 && b <= 0x39 { h = (h ^ UInt64(b)) &* prime; i += 1; continue }
                // Inner apostrophe: don't, O'Brien, Russia's (split later).
                if b == 0x27, i + 1 < n, isAlpha(buf[i + 1]) { h = (h ^ 0x27) &* prime; i += 1; continue }
                break
            }
            // ’ inside a word.
            if b == 0xE2, i + 3 < n, buf[i + 1] == 0x80, buf[i + 2] == 0x99, buf[i + 3] < 0x80, isAlpha(buf[i + 3]) {
                h = (h ^ 0x27) &* prime
                i += 3
                continue
            }
            if isNonASCIILetter(buf, i, n) {
                let end = min(n, i + utf8Width(b))
                while i < end { h = (h ^ UInt64(buf[i])) &* prime; i += 1 }
                continue
            }
            break
        }
        return (min(i, n), h, upper, lower)
    }

    private func isUpper(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        let b = buf[i]
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        let w = utf8Width(b)
        guard i + w <= n else { return false }
        var v = UInt32(b) & (w == 2 ? 0x1F : w == 3 ? 0x0F : 0x07)
        for k in 1..<w { v = (v << 6) | (UInt32(buf[i + k]) & 0x3F) }
        return Unicode.Scalar(v)?.properties.isUppercase ?? false
    }

    /// "Russia's" → "Russia" + "'s" (both straight and curly apostrophes): rewrites the word at `at` and
    /// writes the possessive after it (the caller has checked there is room); whether it split.
    private func splitPossessive(_ at: UnsafeMutablePointer<Token>, _ tok: Token, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(tok.start), e = Int(tok.end)
        guard e - s >= 3, buf[e - 1] | 0x20 == 0x73 else { return false }
        var apos = -1
        if buf[e - 2] == 0x27 { apos = e - 2 }
        else if e - s >= 5, buf[e - 4] == 0xE2, buf[e - 3] == 0x80, buf[e - 2] == 0x99 { apos = e - 4 }
        guard apos > s else { return false }
        var word = tok
        word.end = Int32(apos)
        word.hash = Normalizer.hash(buf, s..<apos)
        if word.flags.contains(.allCaps) && apos - s < 2 { word.flags.remove(.allCaps) }
        let poss = Token(start: Int32(apos), end: tok.end, kind: .word, flags: [], hash: Tokenizer.possessiveHash)
        at.pointee = word
        (at + 1).initialize(to: poss)
        return true
    }
}

