/// The publication date a saved web page states in its own metadata, for a page whose manifest entry
/// and front matter give none. Read, in this order of trust:
/// 1. `<meta property="article:published_time" content="...">` (Open Graph), or `itemprop="datePublished"`
///    on a `meta` or `time` element (schema.org microdata);
/// 2. `"datePublished": "..."` in a JSON-LD block;
/// 3. `<meta name="...">` with a common publication-date name (`metaNames`: `pubdate`, `publishdate`,
///    `date`, `dc.date`, `dc.date.issued`, `dcterms.issued`, `sailthru.date`, `parsely-pub-date`, ...);
/// 4. a `<time datetime="...">` element marked `pubdate`.
/// A plain `<time>` is not read: pages carry them for comments, embedded posts and related stories.
/// Values are ISO 8601 as `PublishedTime(iso:)` reads them; the time of day is kept as written (the
/// outlet's local time), its zone offset dropped. One pass over the bytes, no regular expressions.
enum HTMLPublishedDate {
    static let metaNames: Set<String> = [
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dcterms.issued", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
    ]

    static func read(_ bytes: [UInt8], range: Range<Int>) -> PublishedTime? {
        // The best candidate found so far, by rank (lower is more trusted).
        var best: (rank: Int, time: PublishedTime)?
        func offer(_ rank: Int, _ value: String?) {
            guard let value, best.map({ rank < $0.rank }) ?? true, let t = PublishedTime(iso: value) else { return }
            best = (rank, t)
        }
        bytes.withUnsafeBufferPointer { buf in
            var i = range.lowerBound
            let n = range.upperBound
            while i < n {
                let b = buf[i]
                if b == 0x3C, i + 1 < n, HTMLConverter.isAlpha(buf[i + 1]) { // <name
                    var j = i + 1
                    while j < n, HTMLConverter.isNameByte(buf[j]) { j += 1 }
                    let name = HTMLConverter.lowerName(buf, i + 1..<j)
                    // Only `meta` and `time` tags have their attributes read; the rest are skipped whole.
                    guard name == "meta" || name == "time" else {
                        i = HTMLConverter.tagEnd(buf, from: j, end: n)
                        continue
                    }
                    let (attributes, end) = Self.attributes(buf, from: j, end: n)
                    if name == "meta" {
                        let content = attributes["content"]
                        if attributes["property"] == "article:published_time" || attributes["itemprop"] == "datepublished" {
                            offer(1, content)
                        } else if let key = attributes["name"], metaNames.contains(key) {
                            offer(3, content)
                        }
                    } else if name == "time", let value = attributes["datetime"] {
                        if attributes["itemprop"] == "datepublished" { offer(1, value) } else if attributes["pubdate"] != nil { offer(4, value) }
                    }
                    i = end
                    continue
                }
                if b == 0x22, i + 15 < n, buf[i + 1] == 0x64, matches(buf, i + 1, "datePublished\"") { // "datePublished"
                    offer(2, jsonString(buf, after: i + 15, end: n))
                }
                i += 1
            }
        }
        return best?.time
    }

    /// The attributes of a tag from `start` (after its name) to its `>`, names lower-cased and the
    /// values of the attributes this reader compares (`property`, `name`, `itemprop`) too; and the
    /// offset after the tag.
    private static func attributes(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, end n: Int) -> ([String: String], Int) {
        var out: [String: String] = [:]
        var i = start
        while i < n {
            while i < n, isSpace(buf[i]) || buf[i] == 0x2F { i += 1 }
            guard i < n, buf[i] != 0x3E else { break }
            let nameStart = i
            while i < n, !isSpace(buf[i]), buf[i] != 0x3D, buf[i] != 0x3E, buf[i] != 0x2F { i += 1 }
            let name = HTMLConverter.lowerName(buf, nameStart..<i)
            while i < n, isSpace(buf[i]) { i += 1 }
            var value = ""
            if i < n, buf[i] == 0x3D {
                i += 1
                while i < n, isSpace(buf[i]) { i += 1 }
                if i < n, buf[i] == 0x22 || buf[i] == 0x27 {
                    let q = buf[i]
                    let from = i + 1
                    i = from
                    while i < n, buf[i] != q { i += 1 }
                    value = String(decoding: UnsafeBufferPointer(rebasing: buf[from..<min(i, n)]), as: UTF8.self)
                    if i < n { i += 1 }
                } else {
                    let from = i
                    while i < n, !isSpace(buf[i]), buf[i] != 0x3E { i += 1 }
                    value = String(decoding: UnsafeBufferPointer(rebasing: buf[from..<i]), as: UTF8.self)
                }
            }
            if name == "property" || name == "name" || name == "itemprop" { value = value.lowercased() }
            if !name.isEmpty, out[name] == nil { out[name] = value }
        }
        return (out, min(i + 1, n))
    }

    /// The JSON string after a key's closing quote at `i` (`: "..."`), or nil.
    private static func jsonString(_ buf: UnsafeBufferPointer<UInt8>, after i: Int, end n: Int) -> String? {
        var j = i
        while j < n, isSpace(buf[j]) { j += 1 }
        guard j < n, buf[j] == 0x3A else { return nil }
        j += 1
        while j < n, isSpace(buf[j]) { j += 1 }
        guard j < n, buf[j] == 0x22 else { return nil }
        let from = j + 1
        var k = from
        while k < n, buf[k] != 0x22, k - from < 64 { k += 1 }
        guard k < n, buf[k] == 0x22 else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: buf[from..<k]), as: UTF8.self)
    }

    private static func matches(_ buf: UnsafeBufferPointer<UInt8>, _ at: Int, _ s: StaticString) -> Bool {
        let count = s.utf8CodeUnitCount
        guard at + count <= buf.count else { return false }
        let p = s.utf8Start
        for k in 0..<count where buf[at + k] != p[k] { return false }
        return true
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
}
