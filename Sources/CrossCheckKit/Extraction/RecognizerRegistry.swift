/// The built-in recognizers rules can call by name.
public enum RecognizerRegistry {
    public static func builtin() -> [any Recognizer] {
        [
            NumberRecognizer(),
            PercentRecognizer(),
            MeasureRecognizer(),
            DateRecognizer(),
            TimeRecognizer(),
            DurationRecognizer(),
            PersonRecognizer(),
            OfficialRecognizer(),
            QuoteRecognizer(),
        ]
    }
}
