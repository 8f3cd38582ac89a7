import Testing
@testable import CrossCheckKit

/// The byte-level `inline` and `code` must give what the character-by-character rules give.
@Suite struct MarkdownWriterTests {
    let writer = MarkdownWriter(report: ReportFixtures.empty())

    static let alphabet: [Unicode.Scalar] = [
        "a", "Z", "7", " ", "_", "\\", "`", "*", "~", "[", "]", "<", ">", "|", "#", "\n", "\r", "\t", "-", ".",
        "é", "\u{301}", "\u{20E3}", "\u{600}", "\u{200D}", "“", "”", "—", "日", "𝄞", "\u{1F1EB}",
    ]

    static func randomText(_ rng: inout some RandomNumberGenerator) -> String {
        var s = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...12, using: &rng) { s.append(alphabet.randomElement(using: &rng)!) }
        return String(s)
    }

    @Test func inlineAndCodeMatchTheCharacterRules() {
        let samples = ["", "plain words", "000_a59d", "_lead", "trail_", "a_b_c", "x\r\ny", "a|b", "`tick`", "``", "é_x", "x_é",
                       "a\u{301}_b", "a_b\u{301}", "1_\u{600}a", "|\u{301}", "\u{600}|", "`\u{301}x", "say “hi” — now [1]*"]
        for s in samples {
            #expect(writer.inline(s) == writer.inlineByCharacter(s), "\(Array(s.unicodeScalars))")
            #expect(writer.code(s) == writer.codeByCharacter(s), "\(Array(s.unicodeScalars))")
        }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let s = Self.randomText(&rng)
            #expect(writer.inline(s) == writer.inlineByCharacter(s), "\(Array(s.unicodeScalars))")
            #expect(writer.code(s) == writer.codeByCharacter(s), "\(Array(s.unicodeScalars))")
        }
    }
}
