import Testing
@testable import CrossCheckKit

/// The people scan's runs, mention by mention: a run that spells a full name takes it whole (pass A
/// notes the name on the run; pass B reads it instead of searching the run's spans again), shorter
/// mentions resolve to it, and a title phrase broken across a wrapped line is still a title before its name.
@Suite struct PeopleScannerRunTests {
    private struct Seen: Equatable, CustomStringConvertible {
        var words: String, canonical: String, resolved: Bool
        var description: String { "\(words) -> \(canonical)\(resolved ? " (resolved)" : "")" }
    }

    private func mentions(_ text: String) -> [Seen] {
        scannedMentions(text).map { Seen(words: $0.words, canonical: $0.mention.canonical, resolved: $0.mention.resolved) }
    }

    @Test func runsThatSpellAFullNameTakeItWhole() {
        let got = mentions("Ana Lind met Piet Berg on Monday. Later Ana Lind said Berg had left, and Lind agreed.")
        #expect(got == [
            Seen(words: "Ana Lind", canonical: "Ana Lind", resolved: false),
            Seen(words: "Piet Berg", canonical: "Piet Berg", resolved: false),
            Seen(words: "Ana Lind", canonical: "Ana Lind", resolved: false),
            Seen(words: "Berg", canonical: "Piet Berg", resolved: true),
            Seen(words: "Lind", canonical: "Ana Lind", resolved: true),
        ], "\(got)")
    }

    @Test func aTitleBrokenAcrossALineStillPrecedesItsName() {
        // A hard-wrapped paragraph (a line of ordinary length, not a heading) breaking "Prime Minister".
        let got = mentions("The ferry sank near the harbour on Sunday night with forty people aboard, said Prime\n"
                           + "Minister Ana Lind on Monday, and the rescue went on for hours. Lind said more.")
        #expect(got == [
            Seen(words: "Ana Lind", canonical: "Ana Lind", resolved: false),
            Seen(words: "Lind", canonical: "Ana Lind", resolved: true),
        ], "\(got)")
    }
}
