import Testing
@testable import CrossCheckKit

/// Quote marks: which open, which close, and which are apostrophes.
@Suite struct QuoteFlagTests {
    /// The quote tokens of `text`, each as "O" (opening), "C" (closing) or "A" (apostrophe), with "s" when single.
    func marks(_ text: String) -> [String] {
        let seg = Segmenter().segment(Array(text.utf8))
        return seg.tokens.filter { $0.kind == .quote }.map { t in
            var s = t.flags.contains(.opening) ? "O" : t.flags.contains(.closing) ? "C" : t.flags.contains(.apostrophe) ? "A" : "?"
            if t.flags.contains(.single) { s += "s" }
            return s
        }
    }

    static let corpus: [(String, [String])] = [
        ("Kim expressed “unconditional support” for it.", ["O", "C"]),
        ("Kim expressed \"unconditional support\" for \"all of Russia's policies\".", ["O", "C", "O", "C"]),
        ("The countries’ ties grew.", ["As"]),
        ("The countries' ties grew and Jones' car left.", ["As", "As"]),
        ("Some 20 troops 'accidentally' entered.", ["Os", "Cs"]),
        ("\"'Multipolar world' is code,\" he said.", ["O", "Os", "Cs", "C"]),
        ("They raise ties to 'alliance' level'\" now", ["Os", "Cs", "Cs", "C"]),
        ("Back in the ’90s it was different.", ["As"]),
        ("He said, \"we go.\"", ["O", "C"]),
        ("(\"quoted\") and — \"dashed\"", ["O", "C", "O", "C"]),
        ("“We’re not concerned about the trip” - but", ["O", "C"]),
        ("the ‘Hermit Kingdom’s’ leader", ["Os", "Cs"]),
        ("She said: “Go”.", ["O", "C"]),
        ("\" spaced quote \"", ["O", "C"]),
    ]

    @Test(arguments: 0..<QuoteFlagTests.corpus.count)
    func flags(_ k: Int) {
        let (text, expected) = Self.corpus[k]
        #expect(marks(text) == expected, "\(text)")
    }

    @Test func apostrophesInsideWordsStayInTheWord() {
        let seg = Segmenter().segment(Array("don’t O'Brien Russia’s".utf8))
        #expect(seg.tokens.indices.map { seg.string($0) } == ["don’t", "O'Brien", "Russia", "’s"])
    }
}

@Suite struct TokenHashTests {
    @Test func everyTokenHashIsTheHashOfItsNormalizedText() {
        let text = "Kim Jong-un’s ÉLAN, O'Brien’s “don’t” — 13,500 19th Zürich ŁÓDŹ 80%-90% U.S.-led ’90s"
        let seg = Segmenter().segment(Array(text.utf8))
        for t in seg.tokens.indices {
            #expect(seg.tokens[t].hash == Token.hash(literal: seg.string(t)), "\(seg.string(t))")
        }
        let caps = seg.tokens.indices.filter { seg.tokens[$0].flags.contains(.allCaps) }.map { seg.string($0) }
        // All-caps counts ASCII capitals (two or more, no ASCII lower case).
        #expect(caps == ["ÉLAN"])
        let capitalized = seg.tokens.indices.filter { seg.tokens[$0].flags.contains(.capitalized) }.map { seg.string($0) }
        #expect(capitalized.contains("Zürich") && capitalized.contains("ŁÓDŹ") && !capitalized.contains("un"))
    }
}
