import Testing
@testable import CrossCheckKit

@Suite struct OfficialRecognizerTests {
    @Test func corpus() {
        let failures = RecognizerExampleHarness.failures(OfficialRecognizer())
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(OfficialRecognizer().examples.count >= 15)
    }
}
