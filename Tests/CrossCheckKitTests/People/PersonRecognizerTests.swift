import Testing
@testable import CrossCheckKit

@Suite struct PersonRecognizerTests {
    @Test func corpus() {
        // With the shipped lexicons (the harness default).
        let failures = RecognizerExampleHarness.failures(PersonRecognizer())
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        // The corpus runs with the shipped lexicons (the recognizers' only word lists), as in a real run.
        #expect(RecognizerExampleHarness.shipped.lexicons["title"] != nil)
        #expect(PersonRecognizer().examples.count >= 25)
    }
}
