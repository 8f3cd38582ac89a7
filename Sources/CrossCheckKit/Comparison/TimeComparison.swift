/// Times of day: equal at the precision both state (an hour-precision time agrees with any minute of
/// that hour); hedged times ("about 10 a.m.") get 15 minutes either way, a rule tolerance is minutes.
/// Times in different stated zones are not compared (no zone table), and dates must be compatible.
enum TimeComparison {
    static func compatible(_ a: TimeValue, _ b: TimeValue, _ spec: CompareSpec) -> Bool? {
        if let za = a.zone, let zb = b.zone, za.lowercased() != zb.lowercased() { return nil }
        if let da = a.date, let db = b.date, !da.isCompatible(with: db) { return false }
        guard let ma = a.minute, let mb = b.minute else { return a.hour == b.hour }
        var tolerance = spec.tolerance ?? 0
        if a.approximate || b.approximate { tolerance = max(tolerance, 15) }
        let diff = abs((a.hour * 60 + ma) - (b.hour * 60 + mb))
        return Double(min(diff, 1440 - diff)) <= tolerance
    }
}
