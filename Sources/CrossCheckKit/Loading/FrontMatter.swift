/// Metadata at the very start of a file: a `---` line, `key: value` lines, a `---` line.
///
/// Recognized keys (case-insensitive): `outlet` (or `publisher`, `source`), `published` (or `date`),
/// `url` (or `link`). Other keys are allowed and ignored; blank lines and `#` comments are skipped.
/// Values may be quoted with `"` or `'`.
struct FrontMatter: Sendable, Hashable {
    var outlet: String?
    var published: PublishedTime?
    var url: String?
    /// Byte length of the block, closing `---` line and its line break included.
    var length: Int

    /// A malformed block: a message and the 1-based line it is about.
    struct Problem: Error, Sendable, Hashable {
        var line: Int
        var message: String
    }

    /// Parses front matter at the start of `bytes` (after an optional BOM). Returns nil when the file
    /// does not start with `---`; throws `Problem` when it starts a block that is malformed.
    static func parse(_ bytes: [UInt8]) throws -> FrontMatter? {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        guard bytes.count >= i + 3, bytes[i] == 0x2D, bytes[i + 1] == 0x2D, bytes[i + 2] == 0x2D,
              let first = nextLine(bytes, from: i), trimmed(bytes, first.content) == "---" else { return nil }
        var fm = FrontMatter(length: 0)
        var lineNumber = 1
        var pos = first.next
        while let line = nextLine(bytes, from: pos) {
            lineNumber += 1
            pos = line.next
            let text = trimmed(bytes, line.content)
            if text == "---" || text == "..." {
                fm.length = line.next
                return fm
            }
            if text.isEmpty || text.hasPrefix("#") { continue }
            guard let colon = text.firstIndex(of: ":") else {
                throw Problem(line: lineNumber, message: "front matter line is not `key: value` (the block opened at line 1 needs a closing `---`)")
            }
            let key = String(text[..<colon]).trimmingSpaces.lowercased()
            var value = String(text[text.index(after: colon)...]).trimmingSpaces
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            guard !key.isEmpty, !key.contains(" ") else {
                throw Problem(line: lineNumber, message: "front matter line has no key before `:`")
            }
            switch key {
            case "outlet", "publisher", "source":
                fm.outlet = value.isEmpty ? nil : value
            case "published", "date":
                guard !value.isEmpty else { continue }
                guard let t = PublishedTime(iso: value) else {
                    throw Problem(line: lineNumber, message: "cannot read `\(value)` as a publication date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
                }
                fm.published = t
            case "url", "link":
                fm.url = value.isEmpty ? nil : value
            default:
                continue
            }
        }
        throw Problem(line: 1, message: "front matter opened with `---` at line 1 is never closed by a `---` line")
    }

    private static func nextLine(_ bytes: [UInt8], from start: Int) -> (content: Range<Int>, next: Int)? {
        guard start < bytes.count else { return nil }
        var j = start
        while j < bytes.count, bytes[j] != 0x0A { j += 1 }
        var end = j
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return (start..<end, j < bytes.count ? j + 1 : j)
    }

    private static func trimmed(_ bytes: [UInt8], _ r: Range<Int>) -> String {
        String(decoding: bytes[r], as: UTF8.self).trimmingSpaces
    }
}
