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

    /// Whether the start tag whose attributes run from `start` (after its name) to its `>` names
    /// furniture (its attributes read by `HTMLAttributes`).
    static func isFurniture(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, end n: Int) -> Bool {
        var furniture = false
        let (attributes, _) = HTMLAttributes.read(buf, from: start, end: n, maxValue: Int.max, lowercasing: ["class", "id"])
        for (attribute, value) in attributes where attribute == "class" || attribute == "id" {
            for name in value.split(separator: " ") {
                let parts = name.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
                if parts.contains(where: keep.contains) { return false }
                if parts.contains(where: words.contains) { furniture = true }
                for k in parts.indices.dropFirst() where pairs.contains(parts[k - 1] + " " + parts[k]) { furniture = true }
            }
        }
        return furniture
    }
}
