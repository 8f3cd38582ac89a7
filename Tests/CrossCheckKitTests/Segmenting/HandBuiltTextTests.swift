import Testing
@testable import CrossCheckKit

/// Segmented texts built by hand through the public init, as a library user may: sentence lists with
/// gaps, out of order or overlapping, tokens outside the text. Extraction repairs them (`TiledText`)
/// instead of crashing, and its claims name the caller's sentences.
@Suite struct HandBuiltTextTests {
    static let text = "Mayor Ana Lind said on Monday that 24 people died. \"We grieve,\" she said.\n\nThe ferry sank at 6 a.m. in the lake, Lind said."
    static let source = Source(id: "s", file: "s.txt", text: text)
    static let segmented = Segmenter().segment(source)

    static func extract(_ sentences: [Sentence], tokens: [Token]? = nil) throws -> [Claim] {
        let seg = segmented
        let t = SegmentedText(text: seg.text, tokens: tokens ?? seg.tokens, sentences: sentences, paragraphs: [0..<sentences.count])
        return Extractor(rules: try RuleSet.builtin()).extract(source, index: 0, text: t)
    }

    static func normal() throws -> [Claim] {
        Extractor(rules: try RuleSet.builtin()).extract(source, index: 0, text: segmented)
    }

    /// (rule, span, value) of each claim: what must not depend on how the sentences were listed.
    static func facts(_ claims: [Claim]) -> [String] {
        claims.map { "\($0.rule) \($0.span.start)-\($0.span.end) \($0.value.display)" }
    }

    /// Every claim lies inside the caller's sentence it names.
    static func checkSentences(_ claims: [Claim], _ sentences: [Sentence]) {
        for c in claims {
            #expect(sentences.indices.contains(c.sentence))
            guard sentences.indices.contains(c.sentence) else { continue }
            let s = sentences[c.sentence].span
            #expect(s.start <= c.span.start && c.span.end <= s.end, "\(c.rule) \(c.span) outside sentence \(c.sentence) \(s)")
        }
    }

    @Test func segmenterOutputTilesItsTokens() {
        #expect(Self.segmented.sentences.count == 3)
        #expect(TiledText.isTiled(Self.segmented))
        let excluded = Segmenter().segment(Array(Self.text.utf8), excluding: [TextSpan(start: 52, end: 72)])
        #expect(TiledText.isTiled(excluded))
    }

    @Test func gappedSentencesKeepTheClaimsOfTheListedOnes() throws {
        let s = Self.segmented.sentences
        let all = try Self.normal()
        let claims = try Self.extract([s[0], s[2]])
        Self.checkSentences(claims, [s[0], s[2]])
        // The quote of the left-out sentence is gone; the date, count and time of the others stay.
        #expect(!all.filter { $0.sentence == 1 }.isEmpty)
        let kept = all.filter { $0.sentence != 1 && $0.kind != "quote" }
        #expect(Set(Self.facts(kept)).isSubset(of: Set(Self.facts(claims))))
        #expect(claims.allSatisfy { $0.kind != "quote" || $0.span.start >= s[2].span.start })
    }

    @Test func sentencesOutOfOrderGiveTheSameClaimsUnderTheirListedIndices() throws {
        let s = Self.segmented.sentences
        let all = try Self.normal()
        let listed = [s[2], s[0], s[1]]
        let claims = try Self.extract(listed)
        #expect(Self.facts(claims) == Self.facts(all))
        // Sentence k of the segmenter is listed at position (k + 1) % 3.
        #expect(claims.map(\.sentence) == all.map { ($0.sentence + 1) % 3 })
        Self.checkSentences(claims, listed)
    }

    @Test func overlappingSentencesAreCutWhereThePreviousEnds() throws {
        let s = Self.segmented.sentences
        var wide = s[0]
        wide.tokens = s[0].tokens.lowerBound..<s[1].tokens.upperBound
        wide.span = TextSpan(start: s[0].span.start, end: s[1].span.end)
        let claims = try Self.extract([wide, s[1], s[2]])
        #expect(Self.facts(claims) == Self.facts(try Self.normal()))
        Self.checkSentences(claims, [wide, s[1], s[2]])
        // Sentence 1 lies inside the wide one: its claims are named by the wide one.
        #expect(!claims.contains { $0.sentence == 1 })
    }

    @Test func tokensOutsideTheTextAndSentencesPastTheTokensAreDropped() throws {
        let seg = Self.segmented
        var tokens = seg.tokens
        var stray = tokens[tokens.count - 1]
        stray.start = Int32(seg.text.count) + 10  // past the end of the text
        tokens.append(stray)
        let s = seg.sentences
        var last = s[2]
        last.tokens = s[2].tokens.lowerBound..<(tokens.count + 5)
        let claims = try Self.extract([s[0], s[1], last], tokens: tokens)
        #expect(Self.facts(claims) == Self.facts(try Self.normal()))
        #expect(try Self.extract([], tokens: tokens).isEmpty)
    }

    @Test func repairRenumbersParagraphs() {
        let s = Self.segmented.sentences
        let t = SegmentedText(text: Self.segmented.text, tokens: Self.segmented.tokens, sentences: [s[2], s[0], s[1]], paragraphs: [])
        let tiled = TiledText(repairing: t)
        #expect(TiledText.isTiled(tiled.text))
        #expect(tiled.original == [1, 2, 0])
        #expect(tiled.text.paragraphs == [0..<2, 2..<3])
        #expect(tiled.text.sentences.map(\.paragraph) == [0, 0, 1])
    }
}
