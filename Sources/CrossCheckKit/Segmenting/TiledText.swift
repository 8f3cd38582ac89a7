/// A segmented text whose sentences tile its tokens: the first sentence starts at token 0, each next one
/// where the previous ends, the last ends at the last token; and whose tokens lie in order, without
/// overlap, inside the text. The `Segmenter` always makes such texts, and the recognizers rely on it
/// (every token belongs to exactly one sentence).
///
/// A `SegmentedText` built by hand through its public init may break that: sentences with gaps
/// between them, out of order or overlapping, tokens outside the text. `TiledText` repairs such a
/// text, so extraction reads it instead of crashing:
/// - tokens outside the text, or starting before the previous kept token ends, are dropped;
/// - sentences are put in token order (ties in their given order) and cut to start where the previous
///   one ends (one covered entirely by an earlier one is dropped);
/// - tokens in no sentence are dropped, and each sentence's span is recomputed from its tokens.
/// `original` maps each repaired sentence back to its index in the given text, so claims can name the
/// caller's sentences.
struct TiledText: Sendable {
    var text: SegmentedText
    /// Per sentence of `text`: its index among the sentences of the text it was repaired from.
    var original: [Int]

    /// Whether `t` already tiles (no repair needed): O(tokens + sentences), no allocation.
    static func isTiled(_ t: SegmentedText) -> Bool {
        let limit = t.text.count
        var end = 0
        for tok in t.tokens {
            guard let e = fits(tok, after: end, limit: limit) else { return false }
            end = e
        }
        var next = 0
        for s in t.sentences {
            guard s.tokens.lowerBound == next else { return false }
            next = s.tokens.upperBound
        }
        return next == t.tokens.count
    }

    /// The end of `tok` when it lies inside a text of `limit` bytes, starting at or after `end` (the
    /// previous kept token's end); nil otherwise. In Int: a hand-set start near Int32.max would overflow
    /// `Token.end`.
    @inline(__always)
    private static func fits(_ tok: Token, after end: Int, limit: Int) -> Int? {
        let start = Int(tok.start)
        return start >= end && start + tok.length <= limit ? start + tok.length : nil
    }

    init(repairing t: SegmentedText) {
        // 1. Tokens inside the text and in order; kept[i] = tokens kept before token i.
        let limit = t.text.count
        var tokens: [Token] = []
        tokens.reserveCapacity(t.tokens.count)
        var kept = [Int](repeating: 0, count: t.tokens.count + 1)
        var end = 0
        for (i, tok) in t.tokens.enumerated() {
            if let e = Self.fits(tok, after: end, limit: limit) {
                tokens.append(tok)
                end = e
            }
            kept[i + 1] = tokens.count
        }
        // 2. Sentences over the kept tokens, in token order, without overlap.
        let n = t.tokens.count
        var ranges: [(tokens: Range<Int>, index: Int)] = []
        for (i, s) in t.sentences.enumerated() {
            let lo = min(max(s.tokens.lowerBound, 0), n), hi = min(max(s.tokens.upperBound, 0), n)
            guard lo < hi else { continue }
            ranges.append((kept[lo]..<kept[hi], i))
        }
        ranges.sort { $0.tokens.lowerBound != $1.tokens.lowerBound ? $0.tokens.lowerBound < $1.tokens.lowerBound : $0.index < $1.index }
        // 3. Only the tokens of some sentence, each sentence's range renumbered over them.
        var tiled: [Token] = []
        tiled.reserveCapacity(tokens.count)
        var sentences: [Sentence] = []
        var original: [Int] = []
        var paragraphs: [Range<Int>] = []
        var covered = 0
        for r in ranges {
            let lo = max(r.tokens.lowerBound, covered)
            guard lo < r.tokens.upperBound else { continue }
            covered = r.tokens.upperBound
            let first = tiled.count
            tiled.append(contentsOf: tokens[lo..<r.tokens.upperBound])
            let span = TextSpan(start: Int(tiled[first].start), end: Int(tiled[tiled.count - 1].end))
            // Paragraphs: runs of consecutive sentences with the same given paragraph number.
            let given = t.sentences[r.index].paragraph
            if let previous = original.last, t.sentences[previous].paragraph == given {
                paragraphs[paragraphs.count - 1] = paragraphs[paragraphs.count - 1].lowerBound..<(sentences.count + 1)
            } else {
                paragraphs.append(sentences.count..<(sentences.count + 1))
            }
            sentences.append(Sentence(tokens: first..<tiled.count, span: span, paragraph: paragraphs.count - 1))
            original.append(r.index)
        }
        self.text = SegmentedText(text: t.text, tokens: tiled, sentences: sentences, paragraphs: paragraphs)
        self.original = original
    }
}
