/// What a token is, decided from its bytes alone.
public enum TokenKind: UInt8, Sendable, Hashable, Codable {
    /// Letters (and digits after a letter: "G7", "COP29"), with inner apostrophes ("don't").
    case word
    /// Digits with separators and decimals: "13,500", "1.5", "2024", "24,965,218".
    case number
    /// Digits with an ordinal suffix: "24th", "1st".
    case ordinal
    /// A quote mark: " “ ” ‘ ’ ' « » (an apostrophe inside a word is part of the word).
    case quote
    /// A hyphen or dash: - ‐ – —.
    case dash
    /// Sentence and clause punctuation: . , ; : ! ? … ( ) [ ] / and the like.
    case punct
    /// Symbols: % $ € £ ¥ & @ # + = and the like.
    case symbol
}
