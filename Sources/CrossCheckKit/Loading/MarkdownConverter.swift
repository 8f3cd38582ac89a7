/// Markdown to analysis text in one pass over the lines (no regular expressions), so that markup never
/// reaches a sentence, a quote or an evidence excerpt: heading marks (`#`, setext underlines), block
/// quote and list markers, emphasis and strike-through delimiters, code-span backticks, backslash
/// escapes, link syntax (the link text stays, the destination goes), images (dropped with their alt
/// text: captions are not article text), inline HTML tags and comments, footnote markers, reference
/// definitions, thematic breaks, table rules and fenced code blocks (dropped with their content).
///
/// Line structure is kept: every input line ends in the same newline in the output, and a line that
/// is all markup becomes a blank line (a paragraph break). A heading is a block of its own, so a blank
/// line is added where one meets a line of text directly ("# Title" then a paragraph): without it the
/// segmenter would read them as one hard-wrapped paragraph and join the heading to the lead's first
/// sentence. (List items get none: the cleaning stage reads a short line after a blank line as a
/// headline, and a list of them before an unrelated block would join that block's headline.) Every
/// emitted byte is recorded in an `OffsetMap` back to its input offset, so line, column and excerpt
/// still come from the original file.
struct MarkdownConverter: Sendable {
    /// Converts `bytes[range]`, appending to `out`; `map` gets `out` offsets → offsets in `bytes`.
    static func convert(_ bytes: [UInt8], range: Range<Int>, into out: inout [UInt8], map: inout OffsetMap) {
        bytes.withUnsafeBufferPointer { buf in
            var fence: (byte: UInt8, count: Int)?
            var inComment = false
            var i = range.lowerBound
            let n = range.upperBound
            var previous = Emitted.none
            while i < n {
                var lineEnd = i
                while lineEnd < n, buf[lineEnd] != 0x0A { lineEnd += 1 }
                var contentEnd = lineEnd
                if contentEnd > i, buf[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                var emitted = Emitted.none
                if inComment {
                    // Inside an HTML comment opened on an earlier line: dropped up to its "-->".
                    if let close = find(buf, [0x2D, 0x2D, 0x3E], from: i, contentEnd) {
                        inComment = false
                        emitted = emitLine(buf, close + 3, contentEnd, after: previous, newline: i - 1, into: &out, map: &map)
                    }
                } else if let open = unclosedComment(buf, i, contentEnd) {
                    // A comment that runs on past this line: the text before it stays.
                    inComment = true
                    emitted = emitLine(buf, i, open, after: previous, newline: i - 1, into: &out, map: &map)
                } else if let f = fence {
                    // Inside a fenced code block: only its closing fence ends it.
                    if let c = fenceAt(buf, i, contentEnd), c.byte == f.byte, c.count >= f.count, onlySpace(buf, c.end, contentEnd) { fence = nil }
                } else if let f = fenceAt(buf, i, contentEnd) {
                    fence = (f.byte, f.count)
                } else if !isRuleLine(buf, i, contentEnd, setext: previous != .none), !isReferenceDefinition(buf, i, contentEnd) {
                    emitted = emitLine(buf, i, contentEnd, after: previous, newline: i - 1, into: &out, map: &map)
                }
                if lineEnd < n {
                    map.append(analysis: out.count, original: lineEnd)
                    out.append(0x0A)
                }
                previous = emitted
                i = lineEnd + 1
            }
        }
    }

    // MARK: - Block level

    /// Where a line opens an HTML comment ("<!--") that does not close on it, outside code spans.
    private static func unclosedComment(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var from = start
        var last: Int? = nil
        while let open = find(buf, [0x3C, 0x21, 0x2D, 0x2D], from: from, end) {
            if let close = find(buf, [0x2D, 0x2D, 0x3E], from: open + 4, end) { from = close + 3; last = nil; continue }
            last = open
            break
        }
        return last
    }

    /// The first occurrence of `needle` in `buf[from..<end]`.
    private static func find(_ buf: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int, _ end: Int) -> Int? {
        var k = from
        while k + needle.count <= end {
            if buf[k] == needle[0] && (1..<needle.count).allSatisfy({ buf[k + $0] == needle[$0] }) { return k }
            k += 1
        }
        return nil
    }

    /// A code fence (three or more backticks or tildes after at most three spaces): its byte, length and end.
    private static func fenceAt(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (byte: UInt8, count: Int, end: Int)? {
        var i = start
        while i < end, i - start < 3, buf[i] == 0x20 { i += 1 }
        guard i < end, buf[i] == 0x60 || buf[i] == 0x7E else { return nil }
        let b = buf[i]
        var j = i
        while j < end, buf[j] == b { j += 1 }
        guard j - i >= 3 else { return nil }
        // A backtick fence's info string has no backtick (else it is inline code).
        if b == 0x60, (j..<end).contains(where: { buf[$0] == 0x60 }) { return nil }
        return (b, j - i, j)
    }

    /// A thematic break (`---`, `***`, `___`, spaced or not), a setext underline (`===` or `---` under a
    /// line of text) or a table's rule row (`|---|:--:|`): all markup.
    private static func isRuleLine(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, setext: Bool) -> Bool {
        var marks: [UInt8: Int] = [:]
        var other = false
        var pipes = 0
        for k in start..<end {
            switch buf[k] {
            case 0x20, 0x09: continue
            case 0x2D, 0x2A, 0x5F, 0x3D, 0x3A: marks[buf[k], default: 0] += 1
            case 0x7C: pipes += 1
            default: other = true
            }
            if other { return false }
        }
        let dashes = marks[0x2D] ?? 0, stars = marks[0x2A] ?? 0, unders = marks[0x5F] ?? 0, equals = marks[0x3D] ?? 0
        if pipes > 0 { return dashes >= 3 && stars == 0 && unders == 0 && equals == 0 }
        if (marks[0x3A] ?? 0) > 0 { return false }
        if equals > 0 { return setext && dashes == 0 && stars == 0 && unders == 0 }
        let kinds = (dashes > 0 ? 1 : 0) + (stars > 0 ? 1 : 0) + (unders > 0 ? 1 : 0)
        return kinds == 1 && (dashes >= 3 || stars >= 3 || unders >= 3 || (setext && dashes > 0))
    }

    /// `[label]: destination "title"`, a link reference definition: not article text. (A footnote's
    /// definition, `[^1]: text`, keeps its text; only its marker goes: see `inlineMarkup`.)
    private static func isReferenceDefinition(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, i - start < 3, buf[i] == 0x20 { i += 1 }
        guard i < end, buf[i] == 0x5B, i + 1 < end, buf[i + 1] != 0x5E, let close = closingBracket(buf, i, end),
              close + 1 < end, buf[close + 1] == 0x3A else { return false }
        var j = close + 2
        while j < end, buf[j] == 0x20 || buf[j] == 0x09 { j += 1 }
        guard j < end else { return false }
        // The destination: one run without spaces that reads as a link ("<...>", "scheme://", "/path",
        // "#anchor", "www."), then nothing but an optional title.
        var k = j
        while k < end, buf[k] != 0x20, buf[k] != 0x09 { k += 1 }
        let dest = Array(buf[j..<k])
        let isLink = dest.first == 0x3C || dest.first == 0x2F || dest.first == 0x23 || dest.starts(with: Array("www.".utf8))
            || (0..<max(0, dest.count - 2)).contains { dest[$0] == 0x3A && dest[$0 + 1] == 0x2F && dest[$0 + 2] == 0x2F }
        guard isLink else { return false }
        while k < end, buf[k] == 0x20 || buf[k] == 0x09 { k += 1 }
        return k == end || buf[k] == 0x22 || buf[k] == 0x27 || buf[k] == 0x28
    }

    // MARK: - One line

    /// What a line gave: no text (blank, or all markup), text, or a heading.
    enum Emitted { case none, text, heading }

    /// Emits the text of one line without its markup, after a line that gave `previous` (whose newline
    /// is at `newline` in the input); returns what it gave. A blank line goes first where a heading
    /// meets a line of text (see the type's comment).
    private static func emitLine(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, after previous: Emitted,
                                 newline: Int, into out: inout [UInt8], map: inout OffsetMap) -> Emitted {
        var i = start
        var e = end
        // Block prefixes: indentation, block quote markers, then a heading mark or a list marker.
        while true {
            while i < e, buf[i] == 0x20 || buf[i] == 0x09 { i += 1 }
            guard i < e, buf[i] == 0x3E else { break }
            i += 1
        }
        var kind = Emitted.text
        if i < e, buf[i] == 0x23 {
            var j = i
            while j < e, buf[j] == 0x23 { j += 1 }
            if j - i <= 6, j == e || buf[j] == 0x20 || buf[j] == 0x09 {
                i = j
                kind = .heading
                // Closing sequence: " ##" at the end.
                var k = e
                while k > i, buf[k - 1] == 0x20 || buf[k - 1] == 0x09 { k -= 1 }
                var h = k
                while h > i, buf[h - 1] == 0x23 { h -= 1 }
                if h < k, h == i || buf[h - 1] == 0x20 || buf[h - 1] == 0x09 { e = h }
            }
        } else if i + 1 < e, buf[i] == 0x2D || buf[i] == 0x2A || buf[i] == 0x2B, buf[i + 1] == 0x20 || buf[i + 1] == 0x09 {
            i += 2
        } else {
            var j = i
            while j < e, j - i < 9, buf[j] >= 0x30 && buf[j] <= 0x39 { j += 1 }
            if j > i, j + 1 < e, buf[j] == 0x2E || buf[j] == 0x29, buf[j + 1] == 0x20 || buf[j + 1] == 0x09 { i = j + 2 }
        }
        while i < e, buf[i] == 0x20 || buf[i] == 0x09 { i += 1 }
        while e > i, buf[e - 1] == 0x20 || buf[e - 1] == 0x09 { e -= 1 }
        guard i < e else { return .none }
        // (Written before the first byte of text, so a line that turns out all markup adds none.)
        var blankFirst = previous == .heading || (previous != .none && kind == .heading)

        let drops = inlineMarkup(buf, i, e)
        var emitted = false
        var k = i
        var d = 0
        while k < e {
            let stop = d < drops.count ? drops[d].lowerBound : e
            if k < stop {
                if blankFirst {
                    map.append(analysis: out.count, original: newline)
                    out.append(0x0A)
                    blankFirst = false
                }
                map.append(analysis: out.count, original: k)
                out.append(contentsOf: buf[k..<stop])
                emitted = true
                k = stop
            }
            if d < drops.count {
                k = max(k, drops[d].upperBound)
                d += 1
            }
        }
        return emitted ? kind : .none
    }

    /// The byte ranges of a line's inline markup, sorted and disjoint.
    private static func inlineMarkup(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [Range<Int>] {
        var drops: [Range<Int>] = []
        // Markup found ahead of the scan (a link's "](url)"), dropped when the scan reaches it.
        var ahead: [Range<Int>] = []
        var i = start
        func add(_ r: Range<Int>) { if !r.isEmpty { drops.append(r) } }
        while i < end {
            if let a = ahead.last, i >= a.lowerBound {
                ahead.removeLast()
                add(a)
                i = max(i, a.upperBound)
                continue
            }
            let b = buf[i]
            switch b {
            case 0x5C: // backslash escape
                if i + 1 < end, isASCIIPunctuation(buf[i + 1]) { add(i..<i + 1); i += 2; continue }
            case 0x60: // code span: backticks go, the code stays as written
                var j = i
                while j < end, buf[j] == 0x60 { j += 1 }
                let count = j - i
                if let close = backtickRun(buf, count, from: j, end) {
                    add(i..<j)
                    add(close..<close + count)
                    i = close + count
                } else {
                    i = j
                }
                continue
            case 0x21: // image: dropped whole
                if i + 1 < end, buf[i + 1] == 0x5B, let link = linkAt(buf, i + 1, end) {
                    add(i..<link.end)
                    i = link.end
                    continue
                }
            case 0x5B:
                if i + 1 < end, buf[i + 1] == 0x5E, let close = closingBracket(buf, i, end) { // footnote marker [^1]
                    var j = close + 1
                    if j < end, buf[j] == 0x3A { // its definition: "[^1]: text"
                        j += 1
                        while j < end, buf[j] == 0x20 || buf[j] == 0x09 { j += 1 }
                    }
                    add(i..<j)
                    i = j
                    continue
                }
                if let link = linkAt(buf, i, end) {
                    add(i..<i + 1)
                    ahead.append(link.close..<link.end)
                    i += 1
                    continue
                }
            case 0x3C: // <autolink>, <tag>, <!-- comment -->
                if let tagEnd = htmlTagEnd(buf, i, end) { add(i..<tagEnd); i = tagEnd; continue }
                if let close = autolinkEnd(buf, i, end) { add(i..<i + 1); add(close..<close + 1); i = close + 1; continue }
            case 0x2A, 0x5F, 0x7E: // emphasis, strong, strike-through
                var j = i
                while j < end, buf[j] == b { j += 1 }
                if (b != 0x7E || j - i == 2), isDelimiter(buf, i, j, start, end) { add(i..<j) }
                i = j
                continue
            default: break
            }
            i += 1
        }
        while let a = ahead.popLast() { add(a) }
        return drops.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A delimiter run `buf[i..<j]` that opens or closes emphasis: next to text on one side only, so a
    /// run with space on both sides ("2 * 3") or word characters on both sides ("5*10", "snake_case") stays.
    private static func isDelimiter(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, _ start: Int, _ end: Int) -> Bool {
        let before: UInt8 = i > start ? buf[i - 1] : 0x20
        let after: UInt8 = j < end ? buf[j] : 0x20
        let spaceBefore = before == 0x20 || before == 0x09
        let spaceAfter = after == 0x20 || after == 0x09
        if spaceBefore && spaceAfter { return false }
        // Between two word characters it is text: "5*10", "snake_case", "A*B".
        if isWordByte(before) && isWordByte(after) { return false }
        return true
    }

    /// `[text](destination)`, `[text][label]` or `[text][]` starting at `i`: where `]` is and where the link ends.
    private static func linkAt(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (close: Int, end: Int)? {
        guard let close = closingBracket(buf, i, end), close + 1 < end else { return nil }
        if buf[close + 1] == 0x28 {
            var depth = 0
            var k = close + 1
            while k < end {
                let c = buf[k]
                if c == 0x5C { k += 2; continue }
                if c == 0x28 { depth += 1 } else if c == 0x29 { depth -= 1; if depth == 0 { return (close, k + 1) } }
                k += 1
            }
            return nil
        }
        if buf[close + 1] == 0x5B, let labelClose = closingBracket(buf, close + 1, end) { return (close, labelClose + 1) }
        return nil
    }

    /// The `]` matching the `[` at `i` on this line (nested brackets counted, escapes skipped).
    private static func closingBracket(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        var depth = 0
        var k = i
        while k < end {
            let c = buf[k]
            if c == 0x5C { k += 2; continue }
            if c == 0x5B { depth += 1 } else if c == 0x5D { depth -= 1; if depth == 0 { return k } }
            k += 1
        }
        return nil
    }

    /// The next run of exactly `count` backticks at or after `from`.
    private static func backtickRun(_ buf: UnsafeBufferPointer<UInt8>, _ count: Int, from: Int, _ end: Int) -> Int? {
        var k = from
        while k < end {
            guard buf[k] == 0x60 else { k += 1; continue }
            var j = k
            while j < end, buf[j] == 0x60 { j += 1 }
            if j - k == count { return k }
            k = j
        }
        return nil
    }

    /// End of an inline HTML tag (`<b>`, `</span>`, `<br/>`) or comment starting at `i`, on this line.
    private static func htmlTagEnd(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        guard i + 1 < end else { return nil }
        if buf[i + 1] == 0x21, i + 3 < end, buf[i + 2] == 0x2D, buf[i + 3] == 0x2D {
            var k = i + 4
            while k + 2 < end {
                if buf[k] == 0x2D, buf[k + 1] == 0x2D, buf[k + 2] == 0x3E { return k + 3 }
                k += 1
            }
            return nil
        }
        var k = i + 1
        if buf[k] == 0x2F { k += 1 }
        let nameStart = k
        while k < end, isAlpha(buf[k]) || (k > nameStart && buf[k] >= 0x30 && buf[k] <= 0x39) { k += 1 }
        guard k > nameStart, k < end, buf[k] == 0x3E || buf[k] == 0x20 || buf[k] == 0x2F else { return nil }
        var quote: UInt8 = 0
        while k < end {
            let c = buf[k]
            if quote != 0 { if c == quote { quote = 0 } } else if c == 0x22 || c == 0x27 { quote = c } else if c == 0x3E { return k + 1 }
            k += 1
        }
        return nil
    }

    /// `<scheme:…>` or `<name@host>` without spaces: the offset of its `>`.
    private static func autolinkEnd(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        var k = i + 1
        var sawMark = false
        while k < end, buf[k] != 0x3E {
            let c = buf[k]
            if c == 0x20 || c == 0x09 || c == 0x3C { return nil }
            if c == 0x3A || c == 0x40 { sawMark = true }
            k += 1
        }
        return k < end && sawMark && k > i + 1 ? k : nil
    }

    private static func onlySpace(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        (start..<end).allSatisfy { buf[$0] == 0x20 || buf[$0] == 0x09 }
    }

    @inline(__always) private static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) private static func isWordByte(_ b: UInt8) -> Bool { isAlpha(b) || (b >= 0x30 && b <= 0x39) || b >= 0x80 }
    @inline(__always) private static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }
}
