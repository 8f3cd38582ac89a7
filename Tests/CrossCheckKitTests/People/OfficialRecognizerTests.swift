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
}
