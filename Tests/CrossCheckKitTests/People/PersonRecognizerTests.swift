import Testing
@testable import CrossCheckKit

@Suite struct PersonRecognizerTests {
    @Test func corpus() {
        let failures = RecognizerExampleHarness.failures(PersonRecognizer())
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        // The same corpus with the shipped lexicons loaded, as in a real run.
        let shipped = RecognizerContext(lexicons: (try? RuleSet.builtin())?.lexicons ?? Lexicons())
        #expect((try? RuleSet.builtin())?.lexicons["title"] != nil)
        let withLexicons = RecognizerExampleHarness.failures(PersonRecognizer(), context: shipped)
        #expect(withLexicons.isEmpty, "\(withLexicons.joined(separator: "\n"))")
        #expect(PersonRecognizer().examples.count >= 25)
    }
}
