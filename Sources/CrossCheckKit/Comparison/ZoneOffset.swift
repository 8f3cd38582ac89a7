/// Offsets from UTC, in minutes, of the zones `<time>` writes (`TimeRecognizer.zones`, optionally with a
/// whole-hour offset: "GMT+9", "UTC-5"), so times stated in different zones can be compared.
///
/// Only abbreviations with one meaning are here: "CST" (US Central or China Standard) and "IST" (India,
/// Ireland or Israel) have several, and "local" depends on a place; times in those zones are compared
/// only with times in the same zone.
enum ZoneOffset {
    static let table: [String: Int] = [
        "GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
        "PKT": 300, "WIB": 420, "HKT": 480, "SGT": 480, "KST": 540, "JST": 540, "AEST": 600,
        "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    ]

    /// Minutes east of UTC for a zone as `TimeValue.zone` holds it, or nil when it is not known or not
    /// unique.
    static func minutes(_ zone: String) -> Int? {
        let z = zone.uppercased()
        if let base = table[z] { return base }
        // "GMT+9", "UTC-5": a base zone and a signed whole-hour offset.
        guard let sign = z.firstIndex(where: { $0 == "+" || $0 == "-" }), let base = table[String(z[..<sign])],
              let hours = Int(z[z.index(after: sign)...]), (0...14).contains(hours) else { return nil }
        return base + (z[sign] == "+" ? hours : -hours) * 60
    }
}
