import Testing
@testable import CrossCheckKit

@Suite struct QuoteRecognizerTests {
    @Test func corpus() {
        let failures = RecognizerExampleHarness.failures(QuoteRecognizer())
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(QuoteRecognizer().examples.count >= 20)
    }
}
