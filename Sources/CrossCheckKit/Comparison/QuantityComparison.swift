/// Counts and quantities as intervals: "more than 380" is [380, ∞) and agrees with 398; a hedged
/// value ("about", "nearly") widens by a relative tolerance and, when it has one open end ("nearly
/// 900" = up to 900), is closed at that tolerance below (or above); rule tolerances widen both.
/// Different units are converted with the numbers stage's `UnitConverter` (built-in table plus the
/// rule files' `unit` lexicon) when it knows both and they share a dimension, otherwise not compared.
/// Two hedged values that agree only by their hedges are told apart (`estimatesDiffer`).
enum QuantityComparison {
    /// Tolerance for hedged values when the rule gives none.
    static let hedge = 0.1

    /// `true` compatible, `false` incompatible, `nil` not comparable (different units or counted
    /// things, suspect values).
    static func compatible(_ a: Quantity, _ b: Quantity, _ spec: CompareSpec, units: UnitConverter = .standard) -> Bool? {
        compatible(a, b, spec, share: 1, units: units)
    }

    /// Whether two hedged values agree only by their hedges: compatible, but not when each widens by
    /// half its tolerance ("about 400" and "about 450" jobs; not "some 340" and "about 350" homes).
    /// Writers may round one figure two ways ("about 90", "about 100"), so this is a divergence to look
    /// at, not a conflict.
    static func estimatesDiffer(_ a: Quantity, _ b: Quantity, _ spec: CompareSpec, units: UnitConverter = .standard) -> Bool {
        a.approximate && b.approximate && compatible(a, b, spec, share: 0.5, units: units) == false
    }

    /// `compatible` with hedges widened by `share` of their tolerance.
    private static func compatible(_ a: Quantity, _ b: Quantity, _ spec: CompareSpec, share: Double, units: UnitConverter) -> Bool? {
        guard a.suspect == nil, b.suspect == nil else { return nil }
        if let oa = a.of, let ob = b.of, singular(oa) != singular(ob) { return nil }
        guard let ia = interval(a, spec, share: share), var ib = interval(b, spec, share: share) else { return nil }
        var slack = spec.tolerance ?? 0
        let scale = [ia.lo, ia.hi, ib.lo, ib.hi].filter(\.isFinite).map(abs).max() ?? 0
        slack = max(slack, (spec.relativeTolerance ?? 0) * scale)
        if a.unit?.lowercased() != b.unit?.lowercased() {
            guard let ua = a.unit, let ub = b.unit, let lo = convert(ib.lo, ub, ua, units), let hi = convert(ib.hi, ub, ua, units) else { return nil }
            ib = (lo, hi)
            // Converted figures are rounded in copy ("10 km (6 miles)"): allow 5%.
            slack = max(slack, 0.05 * ([ia.lo, ia.hi, ib.lo, ib.hi].filter(\.isFinite).map(abs).max() ?? 0))
        }
        let gap = max(0, ia.lo - ib.hi, ib.lo - ia.hi)
        guard gap <= slack else { return false }
        // Touching at an excluded end: "more than 380" and exactly 380 do not agree.
        if slack == 0 && !a.approximate && !b.approximate {
            if ia.lo == ib.hi && ia.lo < ia.hi && (a.lowerOpen || b.upperOpen) { return false }
            if ib.lo == ia.hi && ib.lo < ib.hi && (b.lowerOpen || a.upperOpen) { return false }
            if ia.lo == ib.hi && ib.lo == ia.hi && (a.lowerOpen || a.upperOpen || b.lowerOpen || b.upperOpen) { return false }
        }
        return true
    }

    /// A value in `from` units expressed in `to` units; infinite ends stay infinite.
    static func convert(_ v: Double, _ from: String, _ to: String, _ units: UnitConverter) -> Double? {
        guard v.isFinite else { return v }
        return units.convert(v, from: from, to: to)
    }

    /// The interval a quantity stands for; hedged values widen by the rule's relative tolerance
    /// (10% when none) times `share`, and a hedged open end ("nearly 900") is closed at one and a half
    /// times that.
    static func interval(_ q: Quantity, _ spec: CompareSpec, share: Double = 1) -> (lo: Double, hi: Double)? {
        guard q.min != nil || q.max != nil else { return nil }
        var lo = q.min ?? -Double.infinity
        var hi = q.max ?? Double.infinity
        if q.approximate {
            let h = (spec.relativeTolerance ?? hedge) * share
            if let m = q.min { lo = m - abs(m) * h } else if let m = q.max { lo = m - abs(m) * h * 1.5 }
            if let m = q.max { hi = m + abs(m) * h } else if let m = q.min { hi = m + abs(m) * h * 1.5 }
        }
        return (lo, hi)
    }

    /// "troops" and "troop" count the same thing.
    static func singular(_ s: String) -> String {
        let l = s.lowercased()
        if l.hasSuffix("ies") && l.count > 4 { return String(l.dropLast(3)) + "y" }
        if l.hasSuffix("s") && !l.hasSuffix("ss") && l.count > 3 { return String(l.dropLast()) }
        return l
    }

    /// The value used to order two quantities (rising counts): the midpoint of the finite ends.
    static func magnitude(_ q: Quantity) -> Double? {
        switch (q.min, q.max) {
        case let (a?, b?): return (a + b) / 2
        case let (a?, nil): return a
        case let (nil, b?): return b
        default: return nil
        }
    }
}
