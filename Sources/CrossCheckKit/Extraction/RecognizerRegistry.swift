/// The built-in recognizers rules can call by name.
public enum RecognizerRegistry {
    public static func builtin() -> [any Recognizer] {
        [
            NumberRecognizer(),
            PercentRecognizer(),
            DateRecognizer(),
            TimeRecognizer(),
            DurationRecognizer(),
            PersonRecognizer(),
            OfficialRecognizer(),
            QuoteRecognizer(),
        ]
    }
}
