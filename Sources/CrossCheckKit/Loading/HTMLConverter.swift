/// HTML to analysis text in one pass over the bytes (no regular expressions): tags stripped, block
/// elements turned into paragraph breaks (`br` into a line break), runs of white space collapsed to one
/// space, character references decoded, and `script`, `style`, `nav`, `header`, `footer`, `aside`
/// (with `head`, `noscript`, `template`, `svg`, `iframe`, `form`, `button`, `select`, and `figcaption`: photo
/// captions are not article text) dropped with their content, as are blocks whose class or id names page
/// furniture (`PageFurniture`: "newsletter", "promo", "topbar", "related" ...).
/// Every emitted byte is recorded in an `OffsetMap` back to its input offset; synthesized bytes (breaks,
/// decoded references) map to the start of the markup they replace.
struct HTMLConverter: Sendable {
    static let dropped: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "head", "noscript", "template", "svg", "iframe",
        "form", "button", "select", "object", "canvas", "math", "figcaption",
    ]
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "thead",
        "tbody", "tfoot", "caption", "blockquote", "pre", "hr", "section", "article", "main", "figure", "figcaption",
        "address", "center", "details", "summary", "fieldset", "legend", "body", "html", "title", "picture", "video",
        "audio", "hgroup", "menu", "dialog",
    ]
    static let cells: Set<String> = ["td", "th"]
    /// Elements dropped with their content when their class or id names page furniture (`PageFurniture`:
    /// a newsletter box, a promotion, a top bar, related links).
    /// (Blocks only: an inline `a` or `span` with a "social-link" class is part of a sentence.)
    static let furnitureHolders: Set<String> = ["div", "section", "p", "ul", "ol", "li", "table", "figure"]

    /// Converts `bytes[range]`, appending to `out`; `map` gets `out` offsets → offsets in `bytes`.
    static func convert(_ bytes: [UInt8], range: Range<Int>, into out: inout [UInt8], map: inout OffsetMap) {
        var state = Emitter()
        var noClose: [String: Int] = [:] // name → position from which no closing tag exists
        bytes.withUnsafeBufferPointer { buf in
            let n = range.upperBound
            var i = range.lowerBound
            while i < n {
                let b = buf[i]
                if b == 0x3C, i + 1 < n { // <
                    let c = buf[i + 1]
                    if c == 0x21 { // <!-- ... --> or <!DOCTYPE ...> / <![CDATA[ ... ]]>
                        if i + 3 < n, buf[i + 2] == 0x2D, buf[i + 3] == 0x2D {
                            i = find(buf, [0x2D, 0x2D, 0x3E], from: i + 4, end: n).map { $0 + 3 } ?? n
                        } else {
                            i = tagEnd(buf, from: i + 2, end: n)
                        }
                        continue
                    }
                    if c == 0x3F { i = tagEnd(buf, from: i + 2, end: n); continue } // <? ... >
                    let closing = c == 0x2F
                    let nameStart = closing ? i + 2 : i + 1
                    var j = nameStart
                    while j < n, isNameByte(buf[j]) { j += 1 }
                    if j > nameStart, isAlpha(buf[nameStart]) {
                        let name = lowerName(buf, nameStart..<j)
                        let end = tagEnd(buf, from: j, end: n)
                        let selfClosing = isSelfClosing(buf, tag: i, end: end)
                        if !closing && !selfClosing && (dropped.contains(name)
                            || furnitureHolders.contains(name) && PageFurniture.isFurniture(buf, from: j, end: end)) {
                            if let from = noClose[name], from <= end {
                                i = end
                            } else if let after = closingTagEnd(buf, name: name, from: end, end: n, nested: name != "script" && name != "style",
                                                                bounded: name != "script" && name != "style") {
                                i = after
                            } else {
                                noClose[name] = end
                                i = end
                            }
                            state.breakHere(2, at: i)
                            continue
                        }
                        if name == "br" { state.breakHere(1, at: i) }
                        else if blocks.contains(name) { state.breakHere(2, at: i) }
                        else if cells.contains(name) { state.space(at: i) }
                        i = end
                        continue
                    }
                    // A lone "<" (as in "a < b"): text.
                }
                if b == 0x26, let (scalar, len) = HTMLEntities.decode(buf, at: i, end: n) { // &
                    if scalar == 0xA0 || scalar == 0x2002 || scalar == 0x2003 || scalar == 0x2009 {
                        state.space(at: i)
                    } else if scalar != 0xAD && scalar != 0x200C && scalar != 0x200D {
                        state.flush(into: &out, map: &map)
                        map.append(analysis: out.count, original: i)
                        HTMLEntities.appendUTF8(scalar, to: &out)
                    }
                    i += len
                    continue
                }
                if isSpace(b) {
                    state.space(at: i)
                    i += 1
                    continue
                }
                state.flush(into: &out, map: &map)
                map.append(analysis: out.count, original: i)
                out.append(b)
                i += 1
            }
        }
    }

    /// Pending white space and breaks between emitted text.
    private struct Emitter {
        var pendingSpace: Int?      // input offset of the first pending space
        var pendingBreak = 0        // 1: line break, 2: paragraph break
        var breakOffset = 0
        /// Whether any text was emitted yet (no break or space before the first text).
        var emitted = false

        mutating func space(at i: Int) { if pendingSpace == nil { pendingSpace = i } }

        mutating func breakHere(_ k: Int, at i: Int) {
            if k > pendingBreak { pendingBreak = k; breakOffset = i }
        }

        mutating func flush(into out: inout [UInt8], map: inout OffsetMap) {
            defer { emitted = true }
            if pendingBreak > 0 {
                if emitted {
                    map.append(analysis: out.count, original: breakOffset)
                    out.append(0x0A)
                    if pendingBreak > 1 { out.append(0x0A) }
                }
            } else if let s = pendingSpace, emitted {
                map.append(analysis: out.count, original: s)
                out.append(0x20)
            }
            pendingBreak = 0
            pendingSpace = nil
        }
    }

    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    /// HTML's white space: space, tab, line feed, carriage return, form feed.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }
    @inline(__always) static func isNameByte(_ b: UInt8) -> Bool { isAlpha(b) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x3A }

    static func lowerName(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(r.count)
        for k in r { let b = buf[k]; bytes.append(Normalizer.lowerASCII(b)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Offset just past the `>` ending a tag, skipping quoted attribute values.
    static func tagEnd(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, end n: Int) -> Int {
        var i = start
        var quote: UInt8 = 0
        while i < n {
            let b = buf[i]
            if quote != 0 { if b == quote { quote = 0 } }
            else if b == 0x22 || b == 0x27 { quote = b }
            else if b == 0x3E { return i + 1 }
            i += 1
        }
        return n
    }

    /// The offset of the first `needle` in `buf[start..<n]`, or nil.
    static func find(_ buf: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from start: Int, end n: Int) -> Int? {
        var i = start
        while i + needle.count <= n {
            if buf[i] == needle[0] {
                var k = 1
                while k < needle.count, buf[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    static let scriptBytes = Array("script".utf8), styleBytes = Array("style".utf8)

    /// Whether the tag name `name` (lower case) starts at `s` and ends there (a name byte does not follow).
    static func startsTag(_ buf: UnsafeBufferPointer<UInt8>, _ name: [UInt8], at s: Int, end n: Int) -> Bool {
        guard s + name.count <= n else { return false }
        for k in name.indices where Normalizer.lowerASCII(buf[s + k]) != name[k] { return false }
        return s + name.count >= n || !isNameByte(buf[s + name.count])
    }

    /// Whether the tag starting at `i` and ending before `end` (past its `>`) is written self-closing ("<br/>").
    @inline(__always)
    static func isSelfClosing(_ buf: UnsafeBufferPointer<UInt8>, tag i: Int, end: Int) -> Bool {
        end - 2 > i && buf[end - 2] == 0x2F
    }

    /// The containers whose closing tag ends a `bounded` block left unclosed inside them.
    static let parentBytes: [[UInt8]] = ["article", "main", "section", "body"].map { Array($0.utf8) }
    /// The start tags that close an open `p` (HTML leaves a paragraph's `</p>` optional).
    static let paragraphClosers: [[UInt8]] = ["p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                                               "section", "article", "blockquote", "figure", "pre", "hr"].map { Array($0.utf8) }

    /// The end tags of the blocks a `p` can stand in (the paragraph ends with them).
    static let paragraphParents: [[UInt8]] = ["div", "li", "td", "th", "section", "article", "main", "body", "blockquote",
                                               "figure", "ul", "ol", "table", "dd", "details"].map { Array($0.utf8) }

    /// Offset past the `</name>` that closes an element opened before `start` (nested same-name elements
    /// counted; comments, scripts and styles inside skipped whole). `bounded` (a block dropped with its
    /// content): a block its page leaves unclosed ends where its parent does, so that an unclosed
    /// `<div class="promo">` inside an article does not take the rest of the story with it: at the
    /// closing tag of an `article`, `main`, `section` or `body` not opened inside it, and for a `p` at the
    /// next block's start tag or its parent block's end tag (as a browser closes it); the offset returned
    /// is then that tag's.
    static func closingTagEnd(_ buf: UnsafeBufferPointer<UInt8>, name: String, from start: Int, end n: Int, nested: Bool,
                              bounded: Bool = false) -> Int? {
        let target = Array(name.utf8)
        // (Inside a script or style only its own closing tag counts: "<!--" there is script text.)
        let raw = target == Self.scriptBytes || target == Self.styleBytes
        let paragraph = bounded && target == [0x70]
        var opened = bounded ? [Int](repeating: 0, count: Self.parentBytes.count) : []
        var depth = 1
        var i = start
        while i < n {
            guard buf[i] == 0x3C else { i += 1; continue }
            // A comment, script or style is skipped whole: a "<div" written inside one is no tag
            // ("document.write('<div class=\"adunit\">')" in an ad block would hold its `div` open).
            if !raw, i + 3 < n, buf[i + 1] == 0x21, buf[i + 2] == 0x2D, buf[i + 3] == 0x2D {
                i = find(buf, [0x2D, 0x2D, 0x3E], from: i + 4, end: n).map { $0 + 3 } ?? n
                continue
            }
            if !raw, let inner = startsTag(buf, Self.scriptBytes, at: i + 1, end: n) ? "script"
                : startsTag(buf, Self.styleBytes, at: i + 1, end: n) ? "style" : nil {
                i = closingTagEnd(buf, name: inner, from: tagEnd(buf, from: i + 1, end: n), end: n, nested: false) ?? n
                continue
            }
            let closing = i + 1 < n && buf[i + 1] == 0x2F
            let s = closing ? i + 2 : i + 1
            // (Before the same-name test: a `p` start closes the open paragraph, it nests in none; and as no
            // block opens inside it, a block's end tag is its parent's.)
            if paragraph && s < n && (closing ? Self.paragraphParents : Self.paragraphClosers).contains(where: { startsTag(buf, $0, at: s, end: n) }) {
                return i
            }
            if s + target.count <= n {
                var k = 0
                while k < target.count, Normalizer.lowerASCII(buf[s + k]) == target[k] { k += 1 }
                if k == target.count, s + k >= n || !isNameByte(buf[s + k]) {
                    let end = tagEnd(buf, from: s + k, end: n)
                    if closing {
                        depth -= 1
                        if depth == 0 { return end }
                    } else if nested && !isSelfClosing(buf, tag: i, end: end) {
                        depth += 1
                    }
                    i = end
                    continue
                }
            }
            if bounded, s < n {
                if let k = Self.parentBytes.firstIndex(where: { $0 != target && startsTag(buf, $0, at: s, end: n) }) {
                    let end = tagEnd(buf, from: s, end: n)
                    if closing {
                        if opened[k] == 0 { return i }
                        opened[k] -= 1
                    } else if !isSelfClosing(buf, tag: i, end: end) {
                        opened[k] += 1
                    }
                    i = end
                    continue
                }
            }
            i += 1
        }
        return nil
    }
}
