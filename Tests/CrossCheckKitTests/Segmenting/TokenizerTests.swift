import Testing
@testable import CrossCheckKit

@Suite struct TokenizerTests {
    func tokens(_ s: String) -> [String] {
        let text = Segmenter().segment(Array(s.utf8))
        return text.tokens.indices.map { text.string($0) }
    }

    @Test func splitsHyphensPossessivesAndKeepsNumbers() {
        #expect(tokens("the 101-story hotel") == ["the", "101", "-", "story", "hotel"])
        #expect(tokens("Russia’s policies") == ["Russia", "’s", "policies"])
        #expect(tokens("13,500 and 1.5 and 80%-90%") == ["13,500", "and", "1.5", "and", "80", "%", "-", "90", "%"])
        #expect(tokens("June 19th, 2024") == ["June", "19th", ",", "2024"])
    }

    @Test func wordsGetCaseFlagsAndNormalizedHashesWhateverTheirBytes() {
        // ASCII-only words take the fast path; the others (apostrophes, non-ASCII letters) the general one.
        let s = "NATO Nato nATO G7 COP29 A B. ÉCOLE naïve don't O'Brien rock’n’roll USA's"
        let text = Tokenizer().tokenize(Array(s.utf8))
        let seg = SegmentedText(text: Array(s.utf8), tokens: text, sentences: [], paragraphs: [])
        #expect(text.indices.map { seg.string($0) } == ["NATO", "Nato", "nATO", "G7", "COP29", "A", "B", ".", "ÉCOLE", "naïve",
                                                         "don't", "O'Brien", "rock’n’roll", "USA", "'s"])
        for (k, t) in text.enumerated() where t.kind == .word {
            #expect(t.hash == Token.hash(literal: seg.string(k)), "\(seg.string(k))")
        }
        let caps = text.map { ($0.flags.contains(.capitalized), $0.flags.contains(.allCaps)) }
        #expect(caps.map(\.0) == [true, true, false, true, true, true, true, false, true, false, false, true, false, true, false])
        // "ÉCOLE": its ASCII letters are all capitals; "USA's": the "s" scanned with the word counts as lower case.
        #expect(caps.map(\.1) == [true, false, false, false, true, false, false, false, true, false, false, false, false, false, false])
        #expect(text[0].flags.contains(.spaceBefore) && text[1].flags.contains(.spaceBefore) && !text[7].flags.contains(.spaceBefore))
    }

    @Test func oneByteMarksGetTheirKindHashAndLayoutFlags() {
        // Every printable ASCII mark but quotes, after a space, a line feed or nothing.
        let marks: [UInt8] = Array(0x21...0x2F) + Array(0x3A...0x40) + Array(0x5B...0x5F) + Array(0x7B...0x7E)
        let picked = marks.filter { $0 != 0x22 && $0 != 0x27 }
        var bytes: [UInt8] = []
        for (k, m) in picked.enumerated() { bytes.append(m); bytes.append(k % 3 == 0 ? 0x20 : k % 3 == 1 ? 0x0A : m) }
        let text = Tokenizer().tokenize(bytes)
        let symbols: Set<UInt8> = [0x25, 0x24, 0x26, 0x40, 0x23, 0x2B, 0x3D, 0x3C, 0x3E, 0x2A, 0x5E, 0x7E, 0x7C, 0x5C]
        var expected: [(UInt8, Token.Flags)] = []
        var pending: Token.Flags = [.spaceBefore, .newlineBefore, .paragraphStart]
        for (k, m) in picked.enumerated() {
            expected.append((m, pending))
            if k % 3 == 2 { expected.append((m, [])) }
            pending = k % 3 == 0 ? .spaceBefore : k % 3 == 1 ? [.spaceBefore, .newlineBefore] : []
        }
        #expect(text.count == expected.count)
        for (t, (m, flags)) in zip(text, expected) {
            #expect(bytes[Int(t.start)] == m && t.end == t.start + 1)
            #expect(t.kind == (m == 0x2D ? .dash : symbols.contains(m) ? .symbol : .punct), "\(m)")
            #expect(t.hash == Token.hash(literal: String(decoding: [m], as: UTF8.self)), "\(m)")
            #expect(t.flags == flags, "\(m)")
        }
    }

    @Test func sentencesRespectAbbreviations() {
        let text = Segmenter().segment(Array("Mr. Kim met U.S. officials on Jan. 27. He left.".utf8))
        #expect(text.sentences.count == 2)
    }
}
