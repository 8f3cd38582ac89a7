import Foundation

/// Runs the peer's own test cases (Recognizers-Text English specs) through our recognizers and reports,
/// per file, how many cases are in scope for news claims, how many pass, and the failures.
///
/// Scope (decided per case by a general criterion, never by a list of inputs):
/// - Every file: cases the peer's own reference implementation marks unsupported (`NotSupported`
///   lists "dotnet") are out ("peer does not support it").
/// - NumberModel: results of subtype `power` (scientific notation: "1e10", "1.1^23") are out (not news
///   style); results embedded in a digit chain ("192.168.1.2", "5/17/2018", "+1-222-2222",
///   "22,24,26,31": a digit reached through `.` `,` `/` `-` without a space just outside the result) are
///   out: news claims must not read numbers out of addresses, dates and phone numbers.
/// - NumberRangeModel: all other cases.
/// - PercentModel: results without a value (the bare word "percent") are out.
/// - OrdinalModel: `ordinal.relative` results ("next", "last", "the one before the last") are out:
///   positions in a list, not quantities.
/// - DimensionModel: results in subtypes news claims compare (Length, Weight, Area, Volume, Speed,
///   Temperature) are in; others (Information, Angle, ...) are out.
/// - DateParser: results whose timex is a bare day of the month ("XXXX-XX-15": no month, nothing to
///   compare across sources) or not a calendar date ("2016-11-31", "2019-02-29") are out.
/// - DateExtractor, DurationExtractor: all other cases (span only).
///
/// Matching: a case passes when our results and the expected ones pair up one to one with the same text
/// (case-insensitive, white space collapsed; for dates a leading "on"/"the" and a trailing abbreviation
/// period are ignored) and the same
/// value: numbers within a relative 1e-9; ranges by their bounds (openness compared for one-sided
/// ranges only: the peer writes "between 20 and 30" as [20,30), news means [20,30]); dates by the
/// fields the timex states (XXXX-10-02 compares month and day; XXXX-WXX-5 the weekday; #n the nth
/// weekday of the month); extractors by text alone. For ranges, dimensions and percentages a leading
/// hedge ("about", "nearly") we include in the span (it makes the value approximate) is ignored. Cases with no expected results pass when we find
/// nothing.
public struct RecognizerEvaluation: Sendable {
    public static let files = ["NumberModel", "NumberRangeModel", "PercentModel", "OrdinalModel", "DimensionModel",
                               "DateParser", "DateExtractor", "DurationExtractor"]

    public init() {}

    /// Evaluates every known spec file present in `directory`.
    public func run(directory: String) throws -> [EvaluationReport] {
        var reports: [EvaluationReport] = []
        var found = false
        for name in RecognizerEvaluation.files {
            let path = (directory as NSString).appendingPathComponent(name + ".json")
            guard FileManager.default.fileExists(atPath: path) else { continue }
            found = true
            guard let data = FileManager.default.contents(atPath: path) else { throw InputError(file: path, "cannot read file") }
            reports.append(evaluate(name: name, cases: try ReferenceCase.parse(data, file: path)))
        }
        if !found { throw InputError(file: directory, "no peer spec files (\(RecognizerEvaluation.files.joined(separator: ", ")).json) found") }
        return reports
    }

    /// Evaluates one spec file's cases; `name` chooses the model ("NumberModel", "DateParser", ...).
    public func evaluate(name: String, cases: [ReferenceCase]) -> EvaluationReport {
        var excluded: [String: Int] = [:]
        var inScope = 0, passed = 0
        var failures: [EvaluationReport.Failure] = []
        for c in cases {
            if c.notSupported.contains("dotnet") { excluded["peer does not support it", default: 0] += 1; continue }
            if let why = outOfScope(name, c) { excluded[why, default: 0] += 1; continue }
            inScope += 1
            let got = results(name, c)
            let expected = c.results.map { render(name, $0) }
            if matches(name, c, got) { passed += 1 } else {
                failures.append(.init(input: c.input, expected: expected, got: got.map(\.display)))
            }
        }
        return EvaluationReport(file: name, total: cases.count, inScope: inScope, passed: passed,
                                excluded: excluded.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, failures: failures)
    }

    // MARK: - Scope

    func outOfScope(_ name: String, _ c: ReferenceCase) -> String? {
        switch name {
        case "NumberModel":
            if c.results.contains(where: { $0.subtype == "power" }) { return "scientific notation" }
            if c.results.contains(where: { embeddedInDigitChain(c.input, $0) }) { return "number inside a digit chain (address, date, phone)" }
        case "PercentModel":
            if c.results.contains(where: { $0.value == nil || $0.value == "null" }) { return "percent word without a value" }
        case "OrdinalModel":
            if c.results.contains(where: { $0.typeName == "ordinal.relative" }) { return "relative ordinal (next, last)" }
        case "DimensionModel":
            let kept: Set<String> = ["Length", "Weight", "Area", "Volume", "Speed", "Temperature"]
            if c.results.contains(where: { !kept.contains($0.subtype ?? "") }) { return "dimension not compared in news claims" }
        case "DateParser":
            for r in c.results {
                guard let tx = r.timex else { continue }
                if tx.hasPrefix("XXXX-XX-") { return "day of month without a month" }
                if let d = Timex(tx), !d.isValidCalendarDate { return "not a calendar date" }
            }
        default: break
        }
        return nil
    }

    func embeddedInDigitChain(_ input: String, _ r: ReferenceCase.Expected) -> Bool {
        let chars = Array(input)
        guard let s = r.start, s >= 0, s + r.text.count <= chars.count else { return false }
        let e = s + r.text.count
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < chars.count && chars[i].isNumber }
        let seps: Set<Character> = [".", ",", "/", "-"]
        if s >= 2, seps.contains(chars[s - 1]), isDigit(s - 2) { return true }
        if e + 1 < chars.count, seps.contains(chars[e]), isDigit(e + 1) { return true }
        return false
    }

    // MARK: - Running our recognizers

    struct Got: Sendable { var text: String; var display: String; var number: Double?; var quantity: Quantity?; var date: CalendarDate? }

    func results(_ name: String, _ c: ReferenceCase) -> [Got] {
        let text = Segmenter().segment(Array(c.input.utf8))
        let pub = c.reference.flatMap(PublishedTime.init(iso:)) ?? PublishedTime(iso: "2016-11-07")
        let ctx = RecognizerContext(published: pub)
        func str(_ r: Range<Int>) -> String { text.string(tokens: r) }
        switch name {
        case "NumberModel":
            return NumberRecognizer().numbers(text).map { Got(text: str($0.tokens), display: "\(str($0.tokens))=\(fmt($0.value))", number: $0.value) }
        case "OrdinalModel":
            return NumberRecognizer().ordinals(text).map { Got(text: str($0.tokens), display: "\(str($0.tokens))=\($0.value)", number: Double($0.value)) }
        case "NumberRangeModel", "PercentModel", "DimensionModel":
            let units = UnitConverter.standard
            var out: [Got] = []
            var i = 0
            let r = NumberRecognizer()
            while i < text.tokens.count {
                if let m = r.match(text, at: i, units: units, claims: false) {
                    if case .quantity(let q) = m.value { out.append(Got(text: str(m.tokens), display: "\(str(m.tokens))=\(ClaimValue.quantity(q).display)", quantity: q)) }
                    i = m.tokens.upperBound
                } else { i += 1 }
            }
            switch name {
            case "NumberRangeModel": return out.filter { $0.quantity.map { q in q.min != q.max || q.min == nil || q.max == nil } ?? false || $0.text.lowercased().hasPrefix("equal") }
            case "PercentModel": return out.filter { $0.quantity?.unit == "percent" }
            default:
                // Dimensions only: no currencies, percentages or magnitudes.
                let dims: Set<String> = ["length", "mass", "area", "volume", "speed", "temperature"]
                return out.filter { g in g.quantity?.unit.flatMap { units.unit(named: $0)?.dimension }.map(dims.contains) ?? false }
            }
        case "DateParser", "DateExtractor":
            return DateRecognizer().recognize(text, context: ctx).map { r in
                var d: CalendarDate? = nil
                if case .date(let x) = r.value { d = x }
                return Got(text: str(r.tokens), display: "\(str(r.tokens))=\(r.value.display)", date: d)
            }
        case "DurationExtractor":
            return DurationRecognizer().recognize(text, context: ctx).map { Got(text: str($0.tokens), display: "\(str($0.tokens))=\($0.value.display)") }
        default:
            return []
        }
    }

    // MARK: - Comparing

    func norm(_ s: String, date: Bool = false) -> String {
        var w = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{202F}" || $0 == "\u{A0}" }).joined(separator: " ")
        if date {
            for p in ["on ", "the "] where w.hasPrefix(p) { w.removeFirst(p.count) }
            if w.hasSuffix(".") { w.removeLast() }
        }
        return w
    }

    func render(_ name: String, _ e: ReferenceCase.Expected) -> String {
        e.text + "=" + (e.timex ?? e.value ?? "") + (e.unit.map { " " + $0 } ?? "")
    }

    func fmt(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }

    func matches(_ name: String, _ c: ReferenceCase, _ got: [Got]) -> Bool {
        guard got.count == c.results.count else { return false }
        var used = Set<Int>()
        for e in c.results {
            guard let k = got.indices.first(where: { !used.contains($0) && same(name, e, got[$0]) }) else { return false }
            used.insert(k)
        }
        return true
    }

    func same(_ name: String, _ e: ReferenceCase.Expected, _ g: Got) -> Bool {
        let isDate = name.hasPrefix("Date")
        var ours = norm(g.text, date: isDate)
        // A leading hedge is ours to keep (it sets `approximate`); the peer leaves it out of the span.
        if name == "NumberRangeModel" || name == "DimensionModel" || name == "PercentModel" {
            for h in ["about ", "around ", "approximately ", "roughly ", "some ", "nearly ", "almost ", "over "] where ours.hasPrefix(h) && !norm(e.text).hasPrefix(h) {
                ours.removeFirst(h.count)
            }
        }
        guard norm(e.text, date: isDate) == ours else { return false }
        switch name {
        case "NumberModel", "OrdinalModel":
            guard let v = e.value.flatMap(Double.init), let n = g.number else { return false }
            return close(v, n)
        case "PercentModel":
            guard let s = e.value, let v = Double(s.replacingOccurrences(of: "%", with: "")), let q = g.quantity, let m = q.min else { return false }
            return q.min == q.max && close(v, m)
        case "DimensionModel":
            guard let v = e.value.flatMap(Double.init), let q = g.quantity, let m = q.min, q.min == q.max, let u = q.unit else { return false }
            guard close(v, m) else { return false }
            return RecognizerEvaluation.unitNames[e.unit ?? ""].map { $0 == u } ?? false
        case "NumberRangeModel":
            guard let s = e.value, let q = g.quantity else { return false }
            return sameRange(s, q)
        case "DateParser":
            guard let tx = e.timex.flatMap(Timex.init), let d = g.date else { return false }
            return tx.matches(d)
        default:
            return true
        }
    }

    func close(_ a: Double, _ b: Double) -> Bool { a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b)) }

    /// "(20,35]", "[20,30)", "(,100]", "[500,)".
    func sameRange(_ s: String, _ q: Quantity) -> Bool {
        guard s.count >= 3, let f = s.first, let l = s.last else { return false }
        let body = s.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
        guard body.count == 2 else { return false }
        let lo = Double(body[0]), hi = Double(body[1])
        func eq(_ a: Double?, _ b: Double?) -> Bool { a == nil && b == nil || (a != nil && b != nil && close(a!, b!)) }
        guard eq(lo, q.min), eq(hi, q.max) else { return false }
        if lo == nil || hi == nil {
            if let _ = lo, (f == "(") != q.lowerOpen { return false }
            if let _ = hi, (l == ")") != q.upperOpen { return false }
        }
        return true
    }

    /// Peer unit names → our canonical units.
    static let unitNames: [String: String] = [
        "Kilometer": "km", "Meter": "m", "Centimeter": "cm", "Millimeter": "mm", "Decimeter": "dm", "Picometer": "pm", "Mile": "mile",
        "Foot": "ft", "Inch": "in", "Yard": "yd", "Square kilometer": "km2", "Square meter": "m2", "Acre": "acre", "Hectare": "ha",
        "Square mile": "sq mi", "Square foot": "sq ft", "Kilogram": "kg", "Gram": "g", "Milligram": "mg", "Microgram": "µg", "Metric ton": "t", "Ton": "short ton",
        "Pound": "lb", "Ounce": "oz", "Liter": "l", "Milliliter": "ml", "Gallon": "gal", "Barrel": "bbl", "Cubic foot": "cu ft",
        "Cubic meter": "m3", "Kilometer per hour": "km/h", "Mile per hour": "mph", "Knot": "kn", "C": "°C", "F": "°F",
    ]
}
