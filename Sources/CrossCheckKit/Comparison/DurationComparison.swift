/// Durations compare in seconds: ranges ("two to three hours") as intervals, hedged durations
/// ("about two hours", "a quarter century") with a 10% tolerance (or the rule's), exact ones with
/// the rule's tolerance (seconds) only.
enum DurationComparison {
    static func compatible(_ a: DurationValue, _ b: DurationValue, _ spec: CompareSpec) -> Bool {
        let ia = interval(a, spec), ib = interval(b, spec)
        return ia.lo <= ib.hi && ib.lo <= ia.hi
    }

    static func interval(_ d: DurationValue, _ spec: CompareSpec) -> (lo: Double, hi: Double) {
        let lo = d.totalSeconds
        var hi = lo
        if let m = d.maxAmounts { hi = max(lo, DurationValue.seconds(m)) }
        let rel = spec.relativeTolerance ?? (d.approximate ? QuantityComparison.hedge : 0)
        let abs = spec.tolerance ?? 0
        return (lo - lo * rel - abs, hi + hi * rel + abs)
    }
}
