import Testing
@testable import CrossCheckKit

@Suite struct OfficialRecognizerTests {
    @Test func corpus() {
        // With the shipped lexicons (the harness default).
        let failures = RecognizerExampleHarness.failures(OfficialRecognizer())
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        // The corpus runs with the shipped lexicons (the recognizers' only word lists), as in a real run.
        #expect(RecognizerExampleHarness.shipped.lexicons["title"] != nil)
        #expect(OfficialRecognizer().examples.count >= 15)
    }

    @Test func aTitleWrappedAfterALongProseLineIsFound() {
        // The line ends in "Prime": the break inside the title does not end the sentence, so the title
        // precedes its name, and the short rest ("Minister Ana Lind on Monday.") is not read as a headline.
        let text = Segmenter().segment(Array("The ferry sank near the pier late on Sunday night, said Prime\nMinister Ana Lind on Monday. Lind said more would follow.\n".utf8))
        let found = OfficialRecognizer().recognize(text, context: RecognizerExampleHarness.shipped)
        #expect(found.map(\.value) == [.official(name: "Ana Lind", title: "prime minister")])
    }
}
