/// A non-blank line of a source's analysis text, as the cleaner sees it.
struct TextLine: Sendable, Hashable {
    /// Byte range of the line's content without surrounding white space.
    var start: Int
    var end: Int
    /// Whether a blank line (or the start of the text) comes right before this line.
    var afterBlank: Bool
    /// How many blank lines come right before this line (2 at the start of the text).
    var blankLinesBefore = 0
    /// Number of white-space separated words.
    var words: Int
    /// Lower-cased, quotes straightened, white space collapsed: the key for repetition and lexicon tests.
    var normalized: String

    var span: TextSpan { TextSpan(start: start, end: end) }

    /// The non-blank lines of `text`, skipping lines that lie entirely inside `skip` spans.
    static func lines(of text: [UInt8], skipping skip: [TextSpan]) -> [TextLine] {
        var result: [TextLine] = []
        var i = 0
        let n = text.count
        var blankBefore = true
        var blanks = 2
        let skips = skip.sorted()
        var skipIndex = 0
        text.withUnsafeBufferPointer { buf in
            while i < n {
                var j = i
                while j < n, buf[j] != 0x0A { j += 1 }
                var s = i
                var e = j
                while s < e, isSpace(buf, s, e) { s += spaceWidth(buf, s) }
                while e > s, isSpaceBefore(buf, e, s) { e -= spaceWidthBefore(buf, e) }
                if s < e {
                    // Spans ending before this line can be passed for good (lines only move forward).
                    while skipIndex < skips.count && skips[skipIndex].end <= s { skipIndex += 1 }
                    var inside = false
                    var k0 = skipIndex
                    while k0 < skips.count && skips[k0].start <= s {
                        if e <= skips[k0].end { inside = true; break }
                        k0 += 1
                    }
                    if !inside {
                        var words = 0
                        // The normalized form is never longer than the line: written straight into the String.
                        let normalized = String(unsafeUninitializedCapacity: e - s) { norm in
                            var count = 0
                            var inWord = false
                            var k = s
                            while k < e {
                                let b = buf[k]
                                if b < 0x80 {
                                    if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C {
                                        if inWord { norm[count] = 0x20; count += 1 }
                                        inWord = false
                                        k += 1
                                        continue
                                    }
                                    if !inWord { words += 1; inWord = true }
                                    norm[count] = Normalizer.lowerASCII(b)
                                    count += 1
                                    k += 1
                                    continue
                                }
                                if isSpace(buf, k, e) {
                                    if inWord { norm[count] = 0x20; count += 1 }
                                    inWord = false
                                    k += spaceWidth(buf, k)
                                    continue
                                }
                                if !inWord { words += 1; inWord = true }
                                if let (f, w) = Normalizer.fold(buf, at: k, end: e) { norm[count] = f; count += 1; k += w; continue }
                                norm[count] = b
                                count += 1
                                k += 1
                            }
                            return count
                        }
                        result.append(TextLine(start: s, end: e, afterBlank: blankBefore, blankLinesBefore: blanks, words: words,
                                               normalized: normalized))
                    }
                    blankBefore = false
                    blanks = 0
                } else {
                    blankBefore = true
                    blanks += 1
                }
                i = j + 1
            }
        }
        return result
    }

    /// `lines` (as `lines(of:skipping:)` returned them for fewer skipped spans) without the lines that lie
    /// entirely inside one of `skip`: the same lines `lines(of:skipping: skip)` returns, blank-line counts
    /// included (a skipped line still counts as a non-blank line for the line after it).
    static func lines(_ lines: [TextLine], skipping skip: [TextSpan]) -> [TextLine] {
        let skips = skip.sorted()
        var skipIndex = 0
        return lines.filter { line in
            while skipIndex < skips.count && skips[skipIndex].end <= line.start { skipIndex += 1 }
            var k = skipIndex
            while k < skips.count && skips[k].start <= line.start {
                if line.end <= skips[k].end { return false }
                k += 1
            }
            return true
        }
    }

    @inline(__always) static func isSpace(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = buf[i]
        if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C { return true }
        return b == 0xC2 && i + 1 < end && buf[i + 1] == 0xA0
    }
    @inline(__always) static func spaceWidth(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int { buf[i] == 0xC2 ? 2 : 1 }
    @inline(__always) static func isSpaceBefore(_ buf: UnsafeBufferPointer<UInt8>, _ e: Int, _ s: Int) -> Bool {
        let b = buf[e - 1]
        if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C { return true }
        return b == 0xA0 && e - 2 >= s && buf[e - 2] == 0xC2
    }
    @inline(__always) static func spaceWidthBefore(_ buf: UnsafeBufferPointer<UInt8>, _ e: Int) -> Int { buf[e - 1] == 0xA0 ? 2 : 1 }

    /// Whether the line ends like a sentence: `.`, `!`, `?`, `…`, or a closing quote or bracket after one.
    func endsWithTerminal(_ text: [UInt8]) -> Bool {
        var e = end
        // Step back over closing quotes and brackets.
        while e > start {
            let b = text[e - 1]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { e -= 1; continue }
            if e - 3 >= start, text[e - 3] == 0xE2, text[e - 2] == 0x80, text[e - 1] == 0x9D || text[e - 1] == 0x99 { e -= 3; continue }
            break
        }
        guard e > start else { return false }
        let b = text[e - 1]
        if b == 0x2E || b == 0x21 || b == 0x3F { return true }
        return e - 3 >= start && text[e - 3] == 0xE2 && text[e - 2] == 0x80 && text[e - 1] == 0xA6
    }
}
