/// A canonical string for a claim value: equal strings mean equal values. Used to match values in
/// aligned sentences, to count distinct versions and to form stable finding ids.
enum NormalizedValue {
    static func string(_ v: ClaimValue) -> String {
        switch v {
        case .quantity(let q):
            func f(_ x: Double?) -> String {
                guard let x else { return "*" }
                return x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
            }
            return "q:" + f(q.min) + "," + f(q.max) + "," + (q.unit ?? "") + "," + (q.of ?? "") + (q.approximate ? ",~" : "")
        case .date(let d): return "d:" + d.iso
        case .time(let t): return "t:" + t.iso + (t.zone.map { " " + $0.lowercased() } ?? "") + (t.approximate ? "~" : "") + (t.bound.map { ($0.isBefore ? "<" : ">") + ($0.isNear ? "~" : "") } ?? "")
        case .duration(let d): return "p:" + d.iso + (d.approximate ? "~" : "")
        case .official(let name, let title): return "o:" + PersonKeyMerger.normalize(name) + "|" + title.lowercased()
        case .name(let n): return "n:" + PersonKeyMerger.normalize(n)
        case .quote(let text, _): return "“:" + QuoteWord.chunks(QuoteWord.words(of: text)).joined(separator: " ")
        case .text(let t): return "x:" + t.lowercased()
        }
    }
}
