/// The bytes and tokens of a `SegmentedText`, with the token helpers of `TokenReading`: what
/// `NumberParser` reads. A parser holds this instead of the whole text, so making one (each recognizer
/// makes its own per text) copies two array references instead of the text's four.
struct TokenView: Sendable, TokenReading {
    let text: [UInt8]
    let tokens: [Token]

    init(_ t: SegmentedText) {
        text = t.text
        tokens = t.tokens
    }
}
