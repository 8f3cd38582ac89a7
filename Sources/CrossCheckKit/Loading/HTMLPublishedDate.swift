/// The publication date a saved web page states in its own metadata, for a page whose manifest entry
/// and front matter give none. Read, in this order of trust:
/// 1. `<meta property="article:published_time" content="...">` (Open Graph), or `itemprop="datePublished"`
///    on a `meta` or `time` element (schema.org microdata);
/// 2. `"datePublished": "..."` in a JSON-LD block (`<script type="application/ld+json">`);
/// 3. `<meta name="...">` with a common publication-date name (`metaNames`: `pubdate`, `publishdate`,
///    `date`, `dc.date`, `dc.date.issued`, `dcterms.issued`, `sailthru.date`, `parsely-pub-date`, ...).
/// A kind of evidence counts only when all its values on the page agree: pages list related stories
/// with their own dates (a JSON-LD `ItemList`, microdata in a "Most read" box), and a page that gives
/// several dates one way gives none that way. Not read: a plain `<time>` or one marked `pubdate` (pages
/// carry them for comments, embedded posts and sidebars), comments, other scripts (analytics objects
/// hold `datePublished` keys of their own), and a year before 1990 (a CMS's empty date is 1970).
/// Values are ISO 8601 as `PublishedTime(iso:)` reads them; the time of day is kept as written (the
/// outlet's local time), its zone offset dropped. One pass over the bytes, no regular expressions.
enum HTMLPublishedDate {
    static let metaNames: Set<String> = [
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dcterms.issued", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
    ]

    static let commentEnd = Array("-->".utf8)
    static let key = Array("\"datePublished\"".utf8)

    /// Longest attribute value read: a date is short, and a page may carry megabytes in one attribute.
    static let maxValue = 100

    static func read(_ bytes: [UInt8], range: Range<Int>) -> PublishedTime? {
        // Per rank (1 to 3): the value found, and whether the page gave that rank two different ones.
        var found: [Int: (time: PublishedTime, conflicting: Bool)] = [:]
        func offer(_ rank: Int, _ value: String?) {
            guard let value, let t = PublishedTime(iso: value), t.date.year >= 1990 else { return }
            if let f = found[rank] { if f.time != t { found[rank]!.conflicting = true } } else { found[rank] = (t, false) }
        }
        bytes.withUnsafeBufferPointer { buf in
            var i = range.lowerBound
            let n = range.upperBound
            while i < n {
                guard buf[i] == 0x3C, i + 1 < n else { i += 1; continue }
                if buf[i + 1] == 0x21 { // <!-- ... --> or <!DOCTYPE ...>
                    if i + 3 < n, buf[i + 2] == 0x2D, buf[i + 3] == 0x2D {
                        i = HTMLConverter.find(buf, commentEnd, from: i + 4, end: n).map { $0 + 3 } ?? n
                    } else {
                        i = HTMLConverter.tagEnd(buf, from: i + 2, end: n)
                    }
                    continue
                }
                guard HTMLConverter.isAlpha(buf[i + 1]) else { i += 1; continue }
                var j = i + 1
                while j < n, HTMLConverter.isNameByte(buf[j]) { j += 1 }
                let name = HTMLConverter.lowerName(buf, i + 1..<j)
                // Only `meta`, `time` and `script` tags have their attributes read; the rest are skipped whole.
                guard name == "meta" || name == "time" || name == "script" else {
                    i = HTMLConverter.tagEnd(buf, from: j, end: n)
                    continue
                }
                let (attributes, end) = Self.attributes(buf, from: j, end: n)
                i = end
                switch name {
                case "meta":
                    let content = attributes["content"]
                    if attributes["property"] == "article:published_time" || attributes["itemprop"] == "datepublished" {
                        offer(1, content)
                    } else if let key = attributes["name"], metaNames.contains(key) {
                        offer(3, content)
                    }
                case "time":
                    if attributes["itemprop"] == "datepublished" { offer(1, attributes["datetime"]) }
                default:
                    // A script's content is skipped; a JSON-LD block's `datePublished` keys are read.
                    let close = HTMLConverter.closingTagEnd(buf, name: "script", from: end, end: n, nested: false) ?? n
                    if attributes["type"]?.lowercased() == "application/ld+json" {
                        var k = end
                        while let at = HTMLConverter.find(buf, key, from: k, end: close) {
                            k = at + key.count
                            offer(2, jsonString(buf, after: k, end: close))
                        }
                    }
                    i = close
                }
            }
        }
        return (1...3).lazy.compactMap { found[$0] }.first { !$0.conflicting }?.time
    }

    /// The attributes of a tag from `start` (after its name) to its `>` (`HTMLAttributes`: names
    /// lower-cased, and the values of the attributes this reader compares, `property`, `name`,
    /// `itemprop`, too; the first of a repeated name), and the offset after the tag.
    private static func attributes(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, end n: Int) -> ([String: String], Int) {
        let (pairs, end) = HTMLAttributes.read(buf, from: start, end: n, maxValue: maxValue, lowercasing: ["property", "name", "itemprop"])
        var out: [String: String] = [:]
        for (name, value) in pairs where !name.isEmpty && out[name] == nil { out[name] = value }
        return (out, end)
    }

    /// The JSON string after a key's closing quote at `i` (`: "..."`), or nil.
    private static func jsonString(_ buf: UnsafeBufferPointer<UInt8>, after i: Int, end n: Int) -> String? {
        var j = i
        while j < n, HTMLConverter.isSpace(buf[j]) { j += 1 }
        guard j < n, buf[j] == 0x3A else { return nil }
        j += 1
        while j < n, HTMLConverter.isSpace(buf[j]) { j += 1 }
        guard j < n, buf[j] == 0x22 else { return nil }
        let from = j + 1
        var k = from
        while k < n, buf[k] != 0x22, k - from < 64 { k += 1 }
        guard k < n, buf[k] == 0x22 else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: buf[from..<k]), as: UTF8.self)
    }
}
