import Testing
@testable import CrossCheckKit

@Suite struct PersonRecognizerTests {
    @Test func corpus() {
        let failures = RecognizerExampleHarness.failures(PersonRecognizer())
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(PersonRecognizer().examples.count >= 25)
    }
}
