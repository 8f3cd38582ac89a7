/// Small, allocation-free token helpers the number, date and time recognizers share: the ones that
/// need only the bytes and tokens live in `TokenReading`, which `SegmentedText` and `TokenView` share.
extension SegmentedText: TokenReading {
    /// The end of the sentence holding token `i`.
    func sentenceEnd(_ i: Int) -> Int { sentences.isEmpty ? tokens.count : sentences[sentenceIndex(ofToken: i)].tokens.upperBound }

    func sentenceStartIndex(_ i: Int) -> Int { sentences.isEmpty ? 0 : sentences[sentenceIndex(ofToken: i)].tokens.lowerBound }

    /// Whether the token's first letter is upper case.
    @inline(__always) func isCapitalized(_ i: Int) -> Bool { i >= 0 && i < tokenCount && tokens[i].flags.contains(.capitalized) }
}
