/// Units of measurement: which surface forms name which unit, each unit's dimension and its factor to
/// the dimension's base unit, and conversion-aware comparison of quantities ("10 km" agrees with
/// "6 miles" within rounding; "magnitude 6.1" never agrees with "6.1 km": different dimensions).
///
/// Built-in table below; a rule file's `unit` lexicon (entries with `dimension`, `factor` and optionally
/// `offset`, `prefix: "true"`, `caseSensitive: "true"` attributes; the entry's canonical form names the
/// unit) adds units or overrides built-in ones.
public struct UnitConverter: Sendable {
    /// One unit: canonical name ("km"), dimension ("length"), factor and offset to the base unit
    /// (`base = value * factor + offset`).
    public struct UnitInfo: Sendable, Hashable {
        public var canonical: String
        public var dimension: String
        public var factor: Double
        public var offset: Double
        /// Written before the number ("$5", "magnitude 6.1").
        public var prefix: Bool

        public init(canonical: String, dimension: String, factor: Double, offset: Double = 0, prefix: Bool = false) {
            self.canonical = canonical
            self.dimension = dimension
            self.factor = factor
            self.offset = offset
            self.prefix = prefix
        }
    }

    /// A surface form: its token hashes and, when case matters, its exact bytes.
    struct Form: Sendable, Hashable {
        var hashes: [UInt64]
        var exact: [UInt8]?
        var unit: UnitInfo
    }

    /// The tables, built once and never changed: behind one reference, so the converter (which every
    /// source's extraction hands to several recognizers) copies with one retain.
    private final class Tables: Sendable {
        let units: [String: UnitInfo]
        let forms: [UInt64: [Form]]
        /// `forms` for matching in text: the same lists behind an unseeded hash lookup.
        let formTable: WordTable<[Form]>
        let prefixStarts: HashSet64
        let percentStarts: HashSet64
        let startWords: StartWordTable
        /// `UnitConverter.dollarMarks` with their units (those the table holds).
        let dollarMarks: [(mark: [UInt8], unit: UnitInfo)]
        let dollarSign = Token.hash(literal: "$")

        init(units: [String: UnitInfo], forms: [UInt64: [Form]], formTable: WordTable<[Form]>, prefixStarts: HashSet64,
             percentStarts: HashSet64, startWords: StartWordTable) {
            self.units = units
            self.forms = forms
            self.formTable = formTable
            self.prefixStarts = prefixStarts
            self.percentStarts = percentStarts
            self.startWords = startWords
            self.dollarMarks = UnitConverter.dollarMarks.compactMap { m in units[m.unit].map { (Array(m.mark.utf8), $0) } }
        }
    }

    private let tables: Tables

    /// Units by canonical name.
    public var units: [String: UnitInfo] { tables.units }

    /// The names a rule's value may require as its quantity's `dimension`: every unit's dimension
    /// ("length", "currency:GBP"), and "currency" for any currency.
    public var dimensionNames: Set<String> { Set(units.values.map(\.dimension)).union(["currency"]) }

    /// The canonical names of the units of `dimension` (a name of `dimensionNames`; "currency": every
    /// currency's).
    public func unitNames(ofDimension dimension: String) -> Set<String> {
        Set(units.values.filter { $0.dimension == dimension || (dimension == "currency" && $0.dimension.hasPrefix("currency:")) }.map(\.canonical))
    }
    /// Surface forms by the hash of their first token, longest first.
    var forms: [UInt64: [Form]] { tables.forms }
    /// First-token hashes of the forms written before a number ("$", "magnitude"): only these can start a
    /// prefix unit.
    var prefixStarts: HashSet64 { tables.prefixStarts }
    /// Whether `h` is one of `prefixStarts`: false means `match(_:at:prefix: true)` is nil at a token
    /// with that hash (read in place, without a copy of the set).
    @inline(__always)
    func mayStartPrefix(_ h: UInt64) -> Bool { tables.prefixStarts.contains(h) }
    /// Whether some form starts with the token hash `h`: false means `match(_:at:prefix:)` is nil at a
    /// token with that hash (asked without the copy of a form list).
    @inline(__always)
    func mayStartForm(_ h: UInt64) -> Bool { tables.formTable.contains(h) }
    /// First-token hashes of the percent forms (`firstHashes(ofUnit: "percent")`).
    var percentStarts: HashSet64 { tables.percentStarts }
    /// The start bits of every word a number, a qualifier, a prefix unit, a date, a duration or a time can
    /// start at (`TokenStarts.words`), for the one pass over a text's tokens that finds where they can start.
    var startWords: StartWordTable { tables.startWords }

    public static let standard = UnitConverter()

    /// The built-in table, split and hashed once: units by name, forms by first hash in table order
    /// (unsorted, to which lexicon forms are appended) and the same forms sorted longest first.
    private static let builtinTables: (units: [String: UnitInfo], unsorted: [UInt64: [Form]], sorted: [UInt64: [Form]]) = {
        var units: [String: UnitInfo] = [:]
        var forms: [UInt64: [Form]] = [:]
        for (canonical, dimension, factor, offset, prefix, surfaces, cs) in UnitConverter.builtin {
            let info = UnitInfo(canonical: canonical, dimension: dimension, factor: factor, offset: offset, prefix: prefix)
            UnitConverter.add(info, surfaces, caseSensitive: cs, units: &units, forms: &forms)
        }
        var sorted = forms
        for k in sorted.keys { sorted[k]!.sort { $0.hashes.count > $1.hashes.count } }
        return (units, forms, sorted)
    }()

    private static func add(_ info: UnitInfo, _ surfaces: [String], caseSensitive: Bool,
                            units: inout [String: UnitInfo], forms: inout [UInt64: [Form]]) {
        units[info.canonical] = info
        for s in surfaces {
            let toks = UnitConverter.split(s)
            guard let first = toks.first else { continue }
            let form = Form(hashes: toks.map { Token.hash(literal: $0) }, exact: caseSensitive ? Array(s.utf8) : nil, unit: info)
            forms[Token.hash(literal: first), default: []].append(form)
        }
    }

    public init(lexicons: Lexicons = Lexicons()) {
        let base = UnitConverter.builtinTables
        var units = base.units
        var forms = base.sorted
        if let lex = lexicons["unit"] {
            // Lexicon forms go after the built-in ones of the same first token, then that list is sorted
            // longest first exactly as if the whole table had been built here.
            var added: [UInt64: [Form]] = [:]
            for e in lex.entries {
                guard let dim = e.attributes["dimension"], let f = e.attributes["factor"].flatMap(Double.init) else { continue }
                let info = UnitInfo(canonical: e.canonical, dimension: dim, factor: f,
                                    offset: e.attributes["offset"].flatMap(Double.init) ?? 0,
                                    prefix: e.attributes["prefix"] == "true")
                UnitConverter.add(info, [e.tokens.joined(separator: " ")], caseSensitive: e.attributes["caseSensitive"] == "true",
                                  units: &units, forms: &added)
            }
            for (k, extra) in added {
                var list = (base.unsorted[k] ?? []) + extra
                list.sort { $0.hashes.count > $1.hashes.count }
                forms[k] = list
            }
        }
        let keys = forms.keys.sorted()
        let prefixStarts = HashSet64(keys.filter { k in forms[k]!.contains { $0.unit.prefix } })
        tables = Tables(units: units, forms: forms, formTable: WordTable(keys.map { ($0, forms[$0]!) }), prefixStarts: prefixStarts,
                        percentStarts: UnitConverter.firstHashes(ofUnit: "percent", in: forms),
                        startWords: TokenStarts.words(prefixStarts: prefixStarts))
    }

    // MARK: - Conversion and comparison (the API the comparison stage uses)

    /// The unit named by a canonical name or a surface form ("km", "kilometres", "miles").
    public func unit(named name: String) -> UnitInfo? {
        if let u = units[name] { return u }
        let toks = UnitConverter.split(name).map { Token.hash(literal: $0) }
        guard let first = toks.first else { return nil }
        return forms[first]?.first { $0.hashes == toks }?.unit
    }

    /// `value` in the base unit of its dimension (metres, kilograms, litres, m/s, square metres, ...).
    public func toBase(_ value: Double, unit: String) -> (value: Double, dimension: String)? {
        guard let u = self.unit(named: unit) else { return nil }
        return (value * u.factor + u.offset, u.dimension)
    }

    /// `value` converted between two units of one dimension; nil when either is unknown or dimensions differ.
    public func convert(_ value: Double, from: String, to: String) -> Double? {
        guard let a = unit(named: from), let b = unit(named: to), a.dimension == b.dimension else { return nil }
        return (value * a.factor + a.offset - b.offset) / b.factor
    }

    /// Whether two quantities can be compared: same unit, or units of one dimension. Plain counts
    /// (no unit) are comparable with each other only.
    public func comparable(_ a: Quantity, _ b: Quantity) -> Bool {
        if a.unit == b.unit { return true }
        guard let ua = a.unit.flatMap(unit(named:)), let ub = b.unit.flatMap(unit(named:)) else { return false }
        return ua.dimension == ub.dimension
    }

    /// The quantity's interval in base units (ends stay nil when open), or nil when its unit is unknown.
    public func baseInterval(_ q: Quantity) -> (min: Double?, max: Double?, dimension: String)? {
        guard let name = q.unit else { return (q.min, q.max, "count") }
        guard let u = unit(named: name) else { return nil }
        return (q.min.map { $0 * u.factor + u.offset }, q.max.map { $0 * u.factor + u.offset }, u.dimension)
    }

    /// Whether two quantities agree after conversion: their intervals overlap once each end is widened by
    /// `relativeTolerance` (rounding in conversions: "10 km (6 miles)" is 10 000 m against 9 656 m, 3.5% apart).
    /// Nil when they are not comparable (different dimensions, unknown units).
    public func agree(_ a: Quantity, _ b: Quantity, relativeTolerance: Double = 0.05) -> Bool? {
        guard comparable(a, b), let x = baseInterval(a), let y = baseInterval(b), x.dimension == y.dimension else { return nil }
        let tol = relativeTolerance
        func lo(_ v: Double?) -> Double { v.map { $0 - abs($0) * tol } ?? -Double.infinity }
        func hi(_ v: Double?) -> Double { v.map { $0 + abs($0) * tol } ?? Double.infinity }
        return lo(x.min) <= hi(y.max) && lo(y.min) <= hi(x.max)
    }

    // MARK: - Matching in text

    /// Hashes of the first tokens of every surface form of the unit `canonical`: a text without any of them
    /// cannot hold a quantity in that unit.
    func firstHashes(ofUnit canonical: String) -> HashSet64 {
        UnitConverter.firstHashes(ofUnit: canonical, in: forms)
    }

    private static func firstHashes(ofUnit canonical: String, in forms: [UInt64: [Form]]) -> HashSet64 {
        var out: HashSet64 = []
        for (h, list) in forms where list.contains(where: { $0.unit.canonical == canonical }) { out.insert(h) }
        return out
    }

    /// The longest unit form starting at token `i`: the unit and the token after it.
    func match(_ t: SegmentedText, at i: Int, prefix: Bool? = nil) -> (unit: UnitInfo, end: Int)? {
        guard i < t.tokens.count, let candidates = tables.formTable[t.tokens[i].hash] else { return nil }
        outer: for f in candidates {
            if let prefix, f.unit.prefix != prefix { continue }
            guard i + f.hashes.count <= t.tokens.count else { continue }
            for (k, h) in f.hashes.enumerated() where t.tokens[i + k].hash != h { continue outer }
            // Multi-token forms must be contiguous words ("km/h" glued, "square miles" spaced are both fine).
            if let exact = f.exact {
                let s = Int(t.tokens[i].start), e = Int(t.tokens[i + f.hashes.count - 1].end)
                if e - s != exact.count || !t.text[s..<e].elementsEqual(exact) { continue }
            }
            if f.unit.prefix, f.hashes.count == 1, f.hashes[0] == tables.dollarSign, let other = otherDollar(t, before: i) {
                return (other, i + 1)
            }
            return (f.unit, i + f.hashes.count)
        }
        return nil
    }

    /// The dollar that the letters glued before the "$" at `i` name ("A$2 million", "HK$3bn"), or nil
    /// (a bare "$" is the US dollar). Read back from the "$", where a number's reading starts: a form
    /// starting with "A" would make every "a" of a text a place where a number may start.
    private func otherDollar(_ t: SegmentedText, before i: Int) -> UnitInfo? {
        guard t.glued(i), t.kind(i - 1) == .word else { return nil }
        let s = Int(t.tokens[i - 1].start), e = Int(t.tokens[i].start)
        for m in tables.dollarMarks where m.mark.count == e - s && t.text[s..<e].elementsEqual(m.mark) { return m.unit }
        return nil
    }

    /// Splits a surface form the way the tokenizer does for the simple cases units need.
    static func split(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        func flush() { if !cur.isEmpty { out.append(cur); cur = "" } }
        for ch in s {
            if ch == " " { flush(); continue }
            if ch.isLetter || ch.isNumber {
                if let last = cur.last, last.isNumber != ch.isNumber, !(last.isLetter && ch.isNumber) { flush() }
                cur.append(ch)
            } else { flush(); out.append(String(ch)) }
        }
        flush()
        return out
    }

    /// Letters glued before "$" (case-sensitive) and the currency they make of it: "A$2 million" is
    /// Australian, not US dollars, and must not meet "$2 million" as the same sum. ("US$" is a form.)
    static let dollarMarks: [(mark: String, unit: String)] = [
        ("A", "AUD"), ("AU", "AUD"), ("C", "CAD"), ("CA", "CAD"), ("Can", "CAD"), ("NZ", "NZD"), ("HK", "HKD"),
        ("S", "SGD"), ("NT", "TWD"), ("R", "BRL"), ("Mex", "MXN"),
    ]

    /// canonical, dimension, factor to base, offset, prefix, surface forms, case-sensitive.
    static let builtin: [(String, String, Double, Double, Bool, [String], Bool)] = [
        ("km", "length", 1000, 0, false, ["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "klicks"], false),
        ("m", "length", 1, 0, false, ["metre", "metres", "meter", "meters"], false),
        ("m", "length", 1, 0, false, ["m"], true),
        ("cm", "length", 0.01, 0, false, ["cm", "centimetre", "centimetres", "centimeter", "centimeters"], false),
        ("mm", "length", 0.001, 0, false, ["millimetre", "millimetres", "millimeter", "millimeters"], false),
        ("mm", "length", 0.001, 0, false, ["mm"], true),
        ("dm", "length", 0.1, 0, false, ["dm", "decimetre", "decimetres", "decimeter", "decimeters"], false),
        ("pm", "length", 1e-12, 0, false, ["picometre", "picometres", "picometer", "picometers"], false),
        ("mile", "length", 1609.344, 0, false, ["mile", "miles", "mi"], false),
        ("nautical mile", "length", 1852, 0, false, ["nautical mile", "nautical miles", "nmi"], false),
        ("ft", "length", 0.3048, 0, false, ["foot", "feet", "ft"], false),
        ("in", "length", 0.0254, 0, false, ["inch", "inches"], false),
        ("yd", "length", 0.9144, 0, false, ["yard", "yards", "yd", "yds"], false),
        ("km2", "area", 1e6, 0, false, ["km2", "sq km", "square kilometre", "square kilometres", "square kilometer", "square kilometers"], false),
        ("m2", "area", 1, 0, false, ["m2", "sq m", "square metre", "square metres", "square meter", "square meters"], false),
        ("sq mi", "area", 2_589_988.11, 0, false, ["sq mi", "square mile", "square miles"], false),
        ("sq ft", "area", 0.09290304, 0, false, ["sq ft", "square foot", "square feet"], false),
        ("ha", "area", 1e4, 0, false, ["ha", "hectare", "hectares"], false),
        ("acre", "area", 4046.8564224, 0, false, ["acre", "acres"], false),
        ("kg", "mass", 1, 0, false, ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"], false),
        ("g", "mass", 0.001, 0, false, ["gram", "grams", "gramme", "grammes"], false),
        ("mg", "mass", 1e-6, 0, false, ["mg", "milligram", "milligrams", "milligramme", "milligrammes"], false),
        ("µg", "mass", 1e-9, 0, false, ["µg", "μg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes"], false),
        ("t", "mass", 1000, 0, false, ["tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"], false),
        ("short ton", "mass", 907.18474, 0, false, ["ton", "tons"], false),
        ("lb", "mass", 0.45359237, 0, false, ["lb", "lbs", "pound", "pounds"], false),
        ("oz", "mass", 0.028349523125, 0, false, ["oz", "ounce", "ounces"], false),
        ("l", "volume", 1, 0, false, ["litre", "litres", "liter", "liters"], false),
        ("ml", "volume", 0.001, 0, false, ["ml", "millilitre", "millilitres", "milliliter", "milliliters"], false),
        ("gal", "volume", 3.785411784, 0, false, ["gallon", "gallons", "gal"], false),
        ("bbl", "volume", 158.987294928, 0, false, ["barrel", "barrels", "bbl"], false),
        ("cu ft", "volume", 28.316846592, 0, false, ["cubic foot", "cubic feet"], false),
        ("m3", "volume", 1000, 0, false, ["m3", "cubic metre", "cubic metres", "cubic meter", "cubic meters"], false),
        ("km/h", "speed", 1 / 3.6, 0, false, ["km/h", "km/hr", "kph", "kmph", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour"], false),
        ("mph", "speed", 0.44704, 0, false, ["mph", "miles per hour", "miles an hour", "mile per hour"], false),
        ("kn", "speed", 0.514444, 0, false, ["knot", "knots"], false),
        ("°C", "temperature", 1, 273.15, false, ["°C", "° C", "degrees Celsius", "degrees centigrade", "C"], true),
        ("°F", "temperature", 5.0 / 9.0, 255.372222, false, ["°F", "° F", "degrees Fahrenheit", "F"], true),
        ("°C", "temperature", 1, 273.15, false, ["degrees celsius", "celsius", "°c"], false),
        ("°F", "temperature", 5.0 / 9.0, 255.372222, false, ["degrees fahrenheit", "fahrenheit", "°f"], false),
        ("percent", "ratio", 1, 0, false, ["%", "percent", "per cent", "percents", "percentage", "pct"], false),
        ("percentage point", "ratio-difference", 1, 0, false, ["percentage point", "percentage points"], false),
        ("magnitude", "magnitude", 1, 0, true, ["magnitude", "magnitude -"], false),
        ("magnitude", "magnitude", 1, 0, false, ["on the Richter scale", "magnitude"], false),
        ("USD", "currency:USD", 1, 0, true, ["$", "US$", "US $", "USD"], false),
        ("USD", "currency:USD", 1, 0, false, ["dollar", "dollars", "US dollars", "USD"], false),
        ("EUR", "currency:EUR", 1, 0, true, ["€", "EUR"], false),
        ("EUR", "currency:EUR", 1, 0, false, ["euro", "euros", "EUR"], false),
        ("GBP", "currency:GBP", 1, 0, true, ["£", "GBP"], false),
        ("GBP", "currency:GBP", 1, 0, false, ["pounds sterling", "sterling", "GBP"], false),
        ("JPY", "currency:JPY", 1, 0, true, ["¥", "JPY"], false),
        ("JPY", "currency:JPY", 1, 0, false, ["yen", "JPY"], false),
        ("RUB", "currency:RUB", 1, 0, false, ["rouble", "roubles", "ruble", "rubles", "RUB"], false),
        ("KRW", "currency:KRW", 1, 0, false, ["won", "KRW"], false),
        ("CNY", "currency:CNY", 1, 0, false, ["yuan", "renminbi", "CNY"], false),
        ("INR", "currency:INR", 1, 0, false, ["rupee", "rupees", "INR", "Indian rupees"], false),
        // Hundredths of a currency: "150p" agrees with "£1.50". A spaced one-letter unit is never read
        // ("50 p"), and only a lower-case "p" is pence. Cents are US cents, as a bare "$" is the US dollar;
        // "99c" is left unread: British papers write temperatures "30c".
        ("pence", "currency:GBP", 0.01, 0, false, ["pence", "penny"], false),
        ("pence", "currency:GBP", 0.01, 0, false, ["p"], true),
        ("cents", "currency:USD", 0.01, 0, false, ["cent", "cents", "US cents"], false),
        ("euro cents", "currency:EUR", 0.01, 0, false, ["euro cent", "euro cents"], false),
        // Other currencies a wire desk meets, each its own dimension: "A$2 million" (`dollarMarks`) or "2
        // million Australian dollars" never meets "$2 million". The codes read before and after the number
        // ("CHF 200", "200 CHF"). A name several currencies share is read only with its country ("Swiss
        // francs", "Mexican pesos", "Saudi riyals"; not "francs", "pesos", "riyals", "dirhams", "shillings"),
        // except the Scandinavian "kroner"/"krone"/"kr", one currency of their own that meets only itself
        // ("kronor" and "krona" are Swedish). Not "real" alone ("five real problems"), nor "TRY" or "PHP"
        // (words in their own right).
        ("AUD", "currency:AUD", 1, 0, true, ["AUD"], false),
        ("AUD", "currency:AUD", 1, 0, false, ["Australian dollar", "Australian dollars"], false),
        ("CAD", "currency:CAD", 1, 0, true, ["CAD"], false),
        ("CAD", "currency:CAD", 1, 0, false, ["Canadian dollar", "Canadian dollars"], false),
        ("NZD", "currency:NZD", 1, 0, true, ["NZD"], false),
        ("NZD", "currency:NZD", 1, 0, false, ["New Zealand dollar", "New Zealand dollars"], false),
        ("HKD", "currency:HKD", 1, 0, true, ["HKD"], false),
        ("HKD", "currency:HKD", 1, 0, false, ["Hong Kong dollar", "Hong Kong dollars"], false),
        ("SGD", "currency:SGD", 1, 0, true, ["SGD"], false),
        ("SGD", "currency:SGD", 1, 0, false, ["Singapore dollar", "Singapore dollars"], false),
        ("TWD", "currency:TWD", 1, 0, true, ["TWD"], false),
        ("TWD", "currency:TWD", 1, 0, false, ["Taiwan dollar", "Taiwan dollars", "New Taiwan dollars"], false),
        ("CHF", "currency:CHF", 1, 0, true, ["CHF"], false),
        ("CHF", "currency:CHF", 1, 0, false, ["Swiss franc", "Swiss francs"], false),
        ("SEK", "currency:SEK", 1, 0, true, ["SEK"], false),
        ("SEK", "currency:SEK", 1, 0, false, ["krona", "kronor", "Swedish krona", "Swedish kronor", "Swedish crowns"], false),
        ("NOK", "currency:NOK", 1, 0, true, ["NOK"], false),
        ("NOK", "currency:NOK", 1, 0, false, ["Norwegian krone", "Norwegian kroner", "Norwegian crowns"], false),
        ("DKK", "currency:DKK", 1, 0, true, ["DKK"], false),
        ("DKK", "currency:DKK", 1, 0, false, ["Danish krone", "Danish kroner", "Danish crowns"], false),
        ("kr", "currency:kr", 1, 0, false, ["kr", "krone", "kroner"], false),
        ("ZAR", "currency:ZAR", 1, 0, true, ["ZAR"], false),
        ("ZAR", "currency:ZAR", 1, 0, false, ["rand", "South African rand"], false),
        ("TRY", "currency:TRY", 1, 0, false, ["lira", "liras", "Turkish lira", "Turkish liras"], false),
        ("LBP", "currency:LBP", 1, 0, false, ["Lebanese pound", "Lebanese pounds", "Lebanese lira"], false),
        ("EGP", "currency:EGP", 1, 0, false, ["Egyptian pound", "Egyptian pounds"], false),
        ("PLN", "currency:PLN", 1, 0, true, ["PLN"], false),
        ("PLN", "currency:PLN", 1, 0, false, ["zloty", "zlotys", "zlotych", "Polish zloty", "Polish zlotys"], false),
        ("BRL", "currency:BRL", 1, 0, true, ["BRL"], false),
        ("BRL", "currency:BRL", 1, 0, false, ["reais", "Brazilian real", "Brazilian reais"], false),
        ("MXN", "currency:MXN", 1, 0, true, ["MXN"], false),
        ("MXN", "currency:MXN", 1, 0, false, ["Mexican peso", "Mexican pesos"], false),
        ("ARS", "currency:ARS", 1, 0, false, ["Argentine peso", "Argentine pesos"], false),
        ("ILS", "currency:ILS", 1, 0, true, ["ILS", "NIS"], false),
        ("ILS", "currency:ILS", 1, 0, false, ["shekel", "shekels", "new shekels"], false),
        ("AED", "currency:AED", 1, 0, true, ["AED"], false),
        ("AED", "currency:AED", 1, 0, false, ["UAE dirhams", "Emirati dirhams"], false),
        ("SAR", "currency:SAR", 1, 0, false, ["Saudi riyal", "Saudi riyals"], false),
        ("QAR", "currency:QAR", 1, 0, false, ["Qatari riyal", "Qatari riyals"], false),
        ("NGN", "currency:NGN", 1, 0, false, ["naira", "NGN"], false),
        ("KES", "currency:KES", 1, 0, false, ["Kenyan shilling", "Kenyan shillings", "KES"], false),
        ("UAH", "currency:UAH", 1, 0, false, ["hryvnia", "hryvnias", "UAH"], false),
        ("HUF", "currency:HUF", 1, 0, false, ["forint", "forints", "HUF"], false),
        ("CZK", "currency:CZK", 1, 0, false, ["koruna", "korunas", "Czech crowns", "CZK"], false),
        ("THB", "currency:THB", 1, 0, false, ["baht", "THB"], false),
        ("MYR", "currency:MYR", 1, 0, false, ["ringgit", "MYR"], false),
        ("IDR", "currency:IDR", 1, 0, false, ["rupiah", "IDR"], false),
        ("PKR", "currency:PKR", 1, 0, false, ["Pakistani rupee", "Pakistani rupees", "PKR"], false),
        ("bit", "information", 1, 0, false, ["bit", "bits"], false),
        ("B", "information", 8, 0, false, ["byte", "bytes"], false),
        ("MB", "information", 8e6, 0, false, ["MB", "megabyte", "megabytes"], true),
        ("Mb", "information", 1e6, 0, false, ["mb", "Mb", "megabit", "megabits"], true),
        ("GB", "information", 8e9, 0, false, ["GB", "gigabyte", "gigabytes"], true),
        ("MW", "power", 1e6, 0, false, ["MW", "megawatt", "megawatts"], false),
        ("kW", "power", 1e3, 0, false, ["kW", "kilowatt", "kilowatts"], false),
        ("GW", "power", 1e9, 0, false, ["GW", "gigawatt", "gigawatts"], false),
    ]
}
