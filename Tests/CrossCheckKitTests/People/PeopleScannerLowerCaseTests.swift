import Testing
@testable import CrossCheckKit

/// The people scan's questions about words the source writes in lower case (`LowerWords`): a run's
/// first word that opens a clause is dropped when the source also writes it in lower case (before or
/// after, in any sentence), and a hyphenated word whose lower-case second half the source writes on its
/// own is no name part.
@Suite struct PeopleScannerLowerCaseTests {
    private func mentions(_ text: String) -> [String] {
        scannedMentions(text).map(\.words)
    }

    @Test func aClauseOpeningWordWrittenInLowerCaseIsDropped() {
        #expect(mentions("Berg Ana Lind spoke on Monday. The berg melted.") == ["Ana Lind"])
        #expect(mentions("The berg melted. Berg Ana Lind spoke on Monday.") == ["Ana Lind"])
        #expect(mentions("The ice melted. \u{201C}Berg Ana Lind spoke,\u{201D} he said. The berg broke.") == ["Ana Lind"])
        #expect(mentions("Berg Ana Lind spoke on Monday. The ice melted.") == ["Berg Ana Lind"])
    }

    @Test func aHyphenatedWordWithALowerCaseHalfWrittenAloneIsNoNamePart() {
        let alone = mentions("Kim Min-jun spoke on Monday, said Kim Min-jun.")
        let written = mentions("Kim Min-jun spoke on Monday, said Kim Min-jun. The jun was late.")
        #expect(alone != written, "\(alone) \(written)")
    }
}
