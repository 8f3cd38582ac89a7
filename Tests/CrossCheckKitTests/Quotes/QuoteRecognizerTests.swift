import Testing
@testable import CrossCheckKit

@Suite struct QuoteRecognizerTests {
    @Test func corpus() {
        let failures = RecognizerExampleHarness.failures(QuoteRecognizer())
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        // The same corpus with the shipped lexicons loaded, as in a real run.
        let shipped = RecognizerContext(lexicons: (try? RuleSet.builtin())?.lexicons ?? Lexicons())
        #expect((try? RuleSet.builtin())?.lexicons["title"] != nil)
        let withLexicons = RecognizerExampleHarness.failures(QuoteRecognizer(), context: shipped)
        #expect(withLexicons.isEmpty, "\(withLexicons.joined(separator: "\n"))")
        #expect(QuoteRecognizer().examples.count >= 20)
    }
}
