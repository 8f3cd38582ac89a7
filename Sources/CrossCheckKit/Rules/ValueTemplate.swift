/// How a rule forms its claim's value from the match (see `Rules/README.md`, "value").
public enum ValueTemplate: Sendable, Hashable {
    /// No `value`: the first recognition's value in the match, else the normalized match text.
    case automatic
    /// A string: `"$capture"` (the capture's recognition value, lexicon canonical form or text) or a text template.
    case string(String)
    /// `{ quantity?, of?, unit?, dimension? }`: a quantity recognition with what it counts and its unit;
    /// with `dimension` ("length", "currency"), only a quantity whose recognized unit is of that dimension
    /// gives a claim (`dimension` is a name, not a template).
    case quantity(quantity: String?, of: String?, unit: String?, dimension: String? = nil)
    /// `{ name, title? }`: an official (with a title) or a name.
    case official(name: String, title: String?)
    /// `{ quote, speaker? }`.
    case quote(quote: String, speaker: String?)
    /// `{ text }`.
    case text(String)

    /// Every template string the value uses.
    public var templates: [String] {
        switch self {
        case .automatic: return []
        case .string(let s), .text(let s): return [s]
        case .quantity(let q, let o, let u, _): return [q, o, u].compactMap { $0 }
        case .official(let n, let t): return [n] + (t.map { [$0] } ?? [])
        case .quote(let q, let s): return [q] + (s.map { [$0] } ?? [])
        }
    }

    /// `$name` references in a template, with their byte offsets (of the `$`).
    public static func references(in template: String) -> [(name: String, offset: Int)] {
        // Called for every claim a rule makes: read the string's own UTF-8 storage, no copy.
        if let found = template.utf8.withContiguousStorageIfAvailable({ references(bytes: $0) }) { return found }
        return Array(template.utf8).withUnsafeBufferPointer { references(bytes: $0) }
    }

    private static func references(bytes b: UnsafeBufferPointer<UInt8>) -> [(name: String, offset: Int)] {
        var out: [(String, Int)] = []
        var i = 0
        while i < b.count {
            if b[i] == 0x24 {
                var j = i + 1
                while j < b.count, (b[j] | 0x20) >= 0x61 && (b[j] | 0x20) <= 0x7A || (b[j] >= 0x30 && b[j] <= 0x39) || b[j] == 0x5F || (b[j] == 0x2D && j + 1 < b.count && b[j + 1] != 0x20 && j > i + 1) {
                    j += 1
                }
                if j > i + 1 { out.append((String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<j]), as: UTF8.self), i)) }
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether a template is exactly one reference (`"$n"`), and its name.
    public static func soleReference(_ template: String) -> String? {
        let refs = references(in: template)
        guard refs.count == 1, refs[0].offset == 0, refs[0].name.utf8.count + 1 == template.utf8.count else { return nil }
        return refs[0].name
    }
}
