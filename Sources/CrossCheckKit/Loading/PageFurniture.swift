/// Whether an HTML element is page furniture by its `class` or `id` (a newsletter box, a promotion, a
/// top bar, a share bar, related links): `HTMLConverter` drops such a block with its content, as it drops
/// `nav` and `footer`, so "6 issues for £6" in a newsletter box or "Weather: 31C, wind NE 40 km/h" in a
/// top bar never become claims. Class and id names are split at "-" and "_" ("newsletter-box", "top_bar"),
/// and a part of one must be a furniture word. But the element is kept when any part of any of its names
/// says it is the story ("story-body share-tools", "article__body ad-free", "headline-banner"), or is a
/// layout state ("layout--with-sidebar", "has-sidebar", "no-ads"): a page wrapper with such a class holds
/// the whole article, and losing it would lose every claim of the source.
struct PageFurniture: Sendable {
    /// Parts of class and id names that mark furniture.
    static let words: Set<String> = [
        "newsletter", "newsletters", "promo", "promotion", "subscribe", "subscription", "signup", "paywall",
        "advert", "advertisement", "ads", "adslot", "sponsor", "sponsored", "sidebar", "related", "share", "sharing",
        "social", "cookie", "cookies", "consent", "popup", "modal", "topbar", "breadcrumb", "breadcrumbs",
        "outbrain", "taboola", "recirculation", "trending", "mostread",
    ]
    /// Two parts that make one furniture word when written apart ("top-bar", "sign-up", "ad-slot").
    static let pairs: Set<String> = ["top bar", "sign up", "most read", "read more", "ad slot", "ad unit", "ad container", "ad wrapper", "ad banner"]
    /// Parts that keep an element whatever else its names say: the story's own blocks, and layout states.
    static let keep: Set<String> = [
        "article", "story", "content", "body", "main", "post", "entry", "text", "headline", "title", "lede", "lead",
        "byline", "dateline", "summary", "intro", "has", "with", "without", "no", "is", "free",
    ]

    /// Whether the attributes of a start tag (the bytes after its name, up to its `>`) name furniture.
    static func isFurniture(_ attributes: UnsafeBufferPointer<UInt8>) -> Bool {
        var furniture = false
        for value in values(of: ["class", "id"], in: attributes) {
            for name in value.split(separator: " ") {
                let parts = name.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
                if parts.contains(where: keep.contains) { return false }
                if parts.contains(where: words.contains) { furniture = true }
                for k in parts.indices.dropFirst() where pairs.contains(parts[k - 1] + " " + parts[k]) { furniture = true }
            }
        }
        return furniture
    }

    /// The values of the attributes named `names` (lower case, ASCII letters folded), in order.
    static func values(of names: Set<String>, in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var out: [String] = []
        var i = 0
        let n = bytes.count
        while i < n {
            // An attribute name.
            while i < n, !HTMLConverter.isNameByte(bytes[i]) { i += 1 }
            let start = i
            while i < n, HTMLConverter.isNameByte(bytes[i]) { i += 1 }
            guard i > start else { break }
            let name = String(decoding: bytes[start..<i].map(Normalizer.lowerASCII), as: UTF8.self)
            while i < n, HTMLConverter.isSpace(bytes[i]) { i += 1 }
            guard i < n, bytes[i] == 0x3D else { continue }  // no "=": a bare attribute
            i += 1
            while i < n, HTMLConverter.isSpace(bytes[i]) { i += 1 }
            var valueStart = i, valueEnd = i
            if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 {
                let q = bytes[i]
                valueStart = i + 1
                i += 1
                while i < n, bytes[i] != q { i += 1 }
                valueEnd = i
                i += 1
            } else {
                while i < n, !HTMLConverter.isSpace(bytes[i]), bytes[i] != 0x3E { i += 1 }
                valueEnd = i
            }
            if names.contains(name) {
                out.append(String(decoding: bytes[valueStart..<min(valueEnd, n)].map(Normalizer.lowerASCII), as: UTF8.self))
            }
        }
        return out
    }
}
