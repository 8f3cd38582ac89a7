/// Offsets from UTC, in minutes, of the zones `<time>` writes (`TimeRecognizer.zones`, optionally with
/// an offset: "GMT+9", "UTC-5", "UTC+5:30"), so times stated in different zones can be compared.
///
/// Only abbreviations with one meaning are here: "CST" (US Central or China Standard), "IST" (India,
/// Ireland or Israel) and "BST" (British Summer or Bangladesh Standard) have several, and "local"
/// depends on a place; times in those zones are compared only with times in the same zone.
enum ZoneOffset {
    static let table: [String: Int] = [
        "GMT": 0, "UTC": 0, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
        "PKT": 300, "WIB": 420, "HKT": 480, "SGT": 480, "KST": 540, "JST": 540, "AEST": 600,
        "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    ]

    /// Minutes east of UTC for a zone as `TimeValue.zone` holds it, or nil when it is not known or not
    /// unique.
    static func minutes(_ zone: String) -> Int? {
        let z = zone.uppercased()
        if let base = table[z] { return base }
        // "GMT+9", "UTC-5", "UTC+5:30": a base zone and a signed offset in hours and minutes.
        guard let sign = z.firstIndex(where: { $0 == "+" || $0 == "-" }), let base = table[String(z[..<sign])] else { return nil }
        let parts = z[z.index(after: sign)...].split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let hours = Int(parts[0]), (0...14).contains(hours) else { return nil }
        var minutes = hours * 60
        if parts.count == 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (0..<60).contains(m) else { return nil }
            minutes += m
        }
        return base + (z[sign] == "+" ? minutes : -minutes)
    }
}
