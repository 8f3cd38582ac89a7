/// A built-in recognizer: Swift code that finds one hard thing (numbers, dates, durations, person
/// names, quotations) in segmented text. Rule patterns call recognizers by name: `<number>`, `<date>`.
///
/// Each recognizer carries its examples (`examples`): surface forms with the value they must produce,
/// and forms that must not match. The test suite runs them, as Duckling corpora do.
public protocol Recognizer: Sendable {
    /// The class name rules use: "number", "date", "person", "quote", ...
    var name: String { get }
    /// Every match in the text, in token order. Matches may overlap; rules choose among them.
    func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition]
    /// The recognizer's corpus.
    var examples: [RecognizerExample] { get }
}

/// One corpus entry: `text` must yield a recognition covering `match` (the exact surface text)
/// whose value renders as `value` (`ClaimValue.display`), or, with `value == nil`, must yield none
/// covering `match` (a must-not-match case).
public struct RecognizerExample: Sendable, Hashable {
    public var text: String
    public var match: String
    public var value: String?
    /// Publication date the example is resolved against (ISO), when it matters.
    public var published: String?

    public init(_ text: String, match: String, value: String?, published: String? = nil) {
        self.text = text
        self.match = match
        self.value = value
        self.published = published
    }

    public static func none(_ text: String, match: String) -> RecognizerExample {
        RecognizerExample(text, match: match, value: nil)
    }
}
