/// `<measure>`: the quantities `<number>` finds whose unit is one of measurement or money ("62 km",
/// "68mph", "12,500 acres", "1,150-kilogram", "£96m"): not bare counts ("62 people") nor percentages.
/// Rules over measures start only where one is, so a catch-all rule for any length or any sum of money
/// (`Rules/measures.json5`) does not run at every number of a text.
public struct MeasureRecognizer: Recognizer, RecognizesInPlace {
    public var name: String { "measure" }
    public init() {}

    public func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        recognizedList(text, context: context)
    }

    /// `recognize(_:context:)`, appended to `out` (`RecognizesInPlace`).
    func recognize(_ text: SegmentedText, context: RecognizerContext, into out: inout [Recognition]) {
        let units = NumberRecognizer.units(context)
        // The number pass the Extractor shares, when it ran one.
        let numbers = context.numbers
            ?? NumberRecognizer().recognize(text, units: units, starts: context.starts, scope: context.scope)
        for r in numbers where MeasureRecognizer.isMeasure(r, units, text) { out.append(r) }
    }

    /// Whether the recognition is a quantity in a unit of some dimension other than a ratio (percent,
    /// percentage points), written in none of the ambiguous forms: "pound(s)" (money or a weight: "2
    /// million pounds for clean-up costs" is no mass), "ton(s)" (a metric, long or short ton: "20 tons"
    /// in one story is "20 tonnes" in another) and a lower-case "m" glued to the number, which is
    /// "million" as often as metres ("12m viewers", "5m tonnes", "a 20m yacht").
    static func isMeasure(_ r: Recognition, _ units: UnitConverter, _ text: SegmentedText) -> Bool {
        guard case .quantity(let q) = r.value, let unit = q.unit, let dimension = units.toBase(1, unit: unit)?.dimension,
              !dimension.hasPrefix("ratio") else { return false }
        for t in r.tokens where ambiguous.contains(text.tokens[t].hash) {
            // (A glued "m" read as metres only: "£45m" is money, "5 m" is not read as metres at all.)
            if text.tokens[t].hash != metre || unit == "m" && !text.tokens[t].flags.contains(.spaceBefore) { return false }
        }
        return true
    }

    private static let metre = Token.hash(literal: "m")
    private static let ambiguous: Set<UInt64> = Set(["pound", "pounds", "ton", "tons", "m"].map { Token.hash(literal: $0) })

    public var examples: [RecognizerExample] {
        [
            RecognizerExample("an altitude of 62 kilometers", match: "62 kilometers", value: "62 km"),
            RecognizerExample("travelling at 68mph", match: "68mph", value: "68 mph"),
            RecognizerExample("the 1,150-kilogram satellite", match: "1,150-kilogram", value: "1150 kg"),
            RecognizerExample("a satellite worth £96m", match: "£96m", value: "96000000 GBP"),
            .none("62 people were hurt", match: "62"),
            .none("turnout was 64%", match: "64%"),
            .none("a fund of 2 million pounds", match: "2 million pounds"),
            .none("The final drew 12m viewers", match: "12m"),
            RecognizerExample("a programme of £45m over five years", match: "£45m", value: "45000000 GBP"),
            .none("carrying 20 tons of steel", match: "20 tons"),
            RecognizerExample("a wall 5 metres high", match: "5 metres", value: "5 m"),
        ]
    }
}
