import Testing
@testable import CrossCheckKit

@Suite struct TokenLayoutTests {
    @Test func tokenIsSixteenBytesAndKeepsItsFields() {
        #expect(MemoryLayout<Token>.stride == 16)
        let kinds: [TokenKind] = [.word, .number, .ordinal, .quote, .dash, .punct, .symbol]
        for kind in kinds {
            var t = Token(start: 1_000_000, end: 1_000_000 + Int32(Token.maxLength), kind: kind, flags: [.spaceBefore, .apostrophe], hash: 0xDEAD_BEEF_0123_4567)
            #expect(t.kind == kind && t.start == 1_000_000 && t.end == 1_000_000 + Int32(Token.maxLength))
            #expect(t.flags == [.spaceBefore, .apostrophe] && t.hash == 0xDEAD_BEEF_0123_4567)
            #expect(t.length == Token.maxLength && t.rawKind == kind.rawValue)
            t.end = 1_000_003
            #expect(t.end == 1_000_003 && t.kind == kind)
            t.kind = .dash
            #expect(t.end == 1_000_003 && t.kind == .dash)
        }
    }

    @Test func runsLongerThanAnyTokenAreCutAtCharacterBoundaries() {
        for unit in ["a", "é", "中"] {
            let blob = String(repeating: unit, count: 9_000)
            let text = Array(("see " + blob + " here").utf8)
            let tokens = Tokenizer().tokenize(text)
            #expect(tokens.first.map { String(decoding: text[Int($0.start)..<Int($0.end)], as: UTF8.self) } == "see")
            #expect(tokens.last.map { String(decoding: text[Int($0.start)..<Int($0.end)], as: UTF8.self) } == "here")
            let pieces = tokens.dropFirst().dropLast()
            #expect(pieces.count >= 2)
            var at = 4
            for (k, p) in pieces.enumerated() {
                #expect(Int(p.start) == at && p.end - p.start <= Int32(Token.maxLength))
                #expect(text[Int(p.start)] & 0xC0 != 0x80, "piece starts inside a character")
                #expect(p.kind == .word && p.flags.contains(.spaceBefore) == (k == 0))
                #expect(p.hash == Token.hash(normalized: Normalizer.normalize(bytes: Array(text[Int(p.start)..<Int(p.end)]))))
                at = Int(p.end)
            }
            #expect(at == 4 + blob.utf8.count)
        }
    }
}
