import Testing
@testable import CrossCheckKit

/// The precomputed literal hashes must equal what the tokenizer gives those words.
@Suite struct LitHashTests {
    @Test func constantsMatchTokenHashes() {
        #expect(LitHash.table.count > 50)
        for (word, h) in LitHash.table {
            #expect(h == Token.hash(literal: word), "LitHash.\(word)")
        }
    }

    @Test func percentFormsStartWithTheirFirstTokens() {
        let starts = UnitConverter.standard.firstHashes(ofUnit: "percent")
        #expect(starts.contains(Token.hash(literal: "%")))
        #expect(starts.contains(Token.hash(literal: "per")))
        #expect(!starts.contains(Token.hash(literal: "km")))
    }
}
