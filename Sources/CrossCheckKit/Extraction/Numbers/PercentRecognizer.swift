/// `<percent>`: the quantities `<number>` finds whose unit is percent ("80%-90%", "twenty per cent",
/// "nearly 40 percent").
public struct PercentRecognizer: Recognizer, RecognizesInPlace {
    public var name: String { "percent" }
    public init() {}

    public func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        recognizedList(text, context: context)
    }

    /// `recognize(_:context:)`, appended to `out` (`RecognizesInPlace`).
    func recognize(_ text: SegmentedText, context: RecognizerContext, into out: inout [Recognition]) {
        // The number pass the Extractor shares, when it ran one.
        if let shared = context.numbers {
            for r in shared where PercentRecognizer.isPercent(r) { out.append(r) }
            return
        }
        // A percent quantity takes its unit from a percent form ("%", "per cent", ...): without one in the
        // text there is nothing to find, and the number pass is skipped.
        let units = NumberRecognizer.units(context)
        let starts = units.percentStarts
        guard text.tokens.contains(where: { starts.contains($0.hash) }) else { return }
        for r in NumberRecognizer().recognize(text, units: units, starts: context.starts, scope: context.scope) where PercentRecognizer.isPercent(r) {
            out.append(r)
        }
    }

    static func isPercent(_ r: Recognition) -> Bool {
        if case .quantity(let q) = r.value { return q.unit == "percent" }
        return false
    }

    public var examples: [RecognizerExample] {
        [
            RecognizerExample("turnout was 64% this year", match: "64%", value: "64 percent"),
            RecognizerExample("turnout was 64 per cent this year", match: "64 per cent", value: "64 percent"),
            RecognizerExample("turnout was sixty-four percent this year", match: "sixty-four percent", value: "64 percent"),
            RecognizerExample("support was 80%-90% in the poll", match: "80%-90%", value: "80–90 percent"),
            RecognizerExample("turnout was nearly 40 percent", match: "nearly 40 percent", value: "~≤40 percent"),
            .none("turnout was 64 people", match: "64"),
        ]
    }
}
