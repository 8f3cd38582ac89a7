/// What alignment reads from one source's tokens, computed right after the source is extracted so
/// the tokens (16 bytes each, about three times the text) can be dropped at once instead of living
/// until alignment: the word hashes of the sentences holding keyed claims (for `SentenceAligner`)
/// and the context words of each keyed claim (for the context links of `Aligner`).
///
/// Keyed claims are those `Aligner` groups by kind and key: every value but quotations, names and
/// officials.
struct AlignmentFeatures: Sendable, Equatable {
    /// Context words are taken this many tokens either side of a claim at most.
    static let contextWindow = 15

    /// Word, number and ordinal hashes of the sentences holding keyed claims, one run per sentence.
    private var words: [UInt64] = []
    /// Sentence `s` has `words[wordBounds[s]..<wordBounds[s + 1]]` (empty for the other sentences).
    private var wordBounds: [Int32]
    /// Context words of the source's claims, one run per claim (empty for claims that are not keyed).
    private var contexts: [UInt64] = []
    /// The `k`-th claim of the source (in cluster order) has `contexts[contextBounds[k]..<contextBounds[k + 1]]`.
    private var contextBounds: [Int32]

    /// Features of one source from its segmentation (with tokens) and its claims, in cluster order.
    init<C: Collection>(text: SegmentedText, claims: C) where C.Element == Claim {
        wordBounds = [0]
        contextBounds = [0]
        // Keyed claims per sentence, by position among the source's claims.
        var bySentence: [Int: [Int]] = [:]
        var keyed: [Bool] = []
        keyed.reserveCapacity(claims.count)
        for (k, c) in claims.enumerated() {
            let isKeyed = AlignmentFeatures.isKeyed(c.value)
            keyed.append(isKeyed)
            if isKeyed { bySentence[c.sentence, default: []].append(k) }
        }
        wordBounds.reserveCapacity(text.sentences.count + 1)
        for s in text.sentences.indices {
            if bySentence[s] != nil {
                for t in text.sentences[s].tokens {
                    switch text.tokens[t].kind {
                    case .word, .number, .ordinal: words.append(text.tokens[t].hash)
                    default: break
                    }
                }
            }
            wordBounds.append(Int32(words.count))
        }
        let list = Array(claims)
        contextBounds.reserveCapacity(list.count + 1)
        for (k, c) in list.enumerated() {
            if keyed[k] {
                // Claims of the same kind and key in this sentence divide it: each owns the words nearer to it.
                let rivals = (bySentence[c.sentence] ?? []).filter { $0 != k && list[$0].kind == c.kind && list[$0].key == c.key }.map { list[$0].span }
                contexts += AlignmentFeatures.contextWords(text, c, rivals: rivals)
            }
            contextBounds.append(Int32(contexts.count))
        }
        // Kept until alignment: without the slack of growing.
        words = AlignmentFeatures.exact(words)
        contexts = AlignmentFeatures.exact(contexts)
    }

    /// The word, number and ordinal hashes of a sentence holding a keyed claim (empty otherwise).
    func sentenceWords(_ sentence: Int) -> ArraySlice<UInt64> {
        guard sentence >= 0, sentence + 1 < wordBounds.count else { return [] }
        return words[Int(wordBounds[sentence])..<Int(wordBounds[sentence + 1])]
    }

    /// The context words of the source's `k`-th claim (sorted, unique; empty for claims not keyed).
    func context(ofClaim k: Int) -> ArraySlice<UInt64> {
        guard k >= 0, k + 1 < contextBounds.count else { return [] }
        return contexts[Int(contextBounds[k])..<Int(contextBounds[k + 1])]
    }

    /// A copy with capacity for its elements only (an array grown by appending has up to twice that).
    static func exact<T>(_ a: [T]) -> [T] {
        guard a.capacity > a.count else { return a }
        var out: [T] = []
        out.reserveCapacity(a.count)
        out.append(contentsOf: a)
        return out
    }

    /// Whether `Aligner` groups a value by kind and key (not a quotation or a person).
    static func isKeyed(_ value: ClaimValue) -> Bool {
        switch value {
        case .quote, .name, .official: return false
        default: return true
        }
    }

    /// Sorted unique content words (token hashes) around a claim: in its sentence, outside the claim,
    /// within `contextWindow` tokens, and nearer to it than to any rival claim (another claim of the
    /// same kind and key in the sentence), so two facts in one sentence get their own contexts.
    static func contextWords(_ text: SegmentedText, _ c: Claim, rivals: [TextSpan]) -> [UInt64] {
        guard c.sentence < text.sentences.count else { return [] }
        let range = text.sentences[c.sentence].tokens
        // Token positions of the claim and its rivals.
        func tokenRange(_ span: TextSpan) -> (Int, Int) {
            var first = range.upperBound, last = range.lowerBound - 1
            for t in range where Int(text.tokens[t].end) > span.start && Int(text.tokens[t].start) < span.end {
                first = min(first, t)
                last = max(last, t)
            }
            return first <= last ? (first, last) : (range.lowerBound, range.lowerBound - 1)
        }
        func distance(_ t: Int, _ r: (Int, Int)) -> Int { t < r.0 ? r.0 - t : (t > r.1 ? t - r.1 : 0) }
        let own = tokenRange(c.span)
        let others = rivals.map(tokenRange)
        var out: [UInt64] = []
        for t in range {
            let tok = text.tokens[t]
            guard tok.kind == .word, tok.end - tok.start >= 3, Int(tok.end) <= c.span.start || Int(tok.start) >= c.span.end,
                  !Aligner.stopHashes.contains(tok.hash) else { continue }
            let d = distance(t, own)
            guard d <= contextWindow, !others.contains(where: { distance(t, $0) < d }) else { continue }
            out.append(tok.hash)
        }
        out.sort()
        var unique: [UInt64] = []
        for h in out where unique.last != h { unique.append(h) }
        return unique
    }
}
