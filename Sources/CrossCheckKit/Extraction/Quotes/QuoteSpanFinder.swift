/// Pairs quote marks into quotations, in one pass over the tokens.
///
/// - Double marks (straight or curly) open and close quotations; single marks inside a double
///   quotation are part of its text.
/// - A quotation still open at a paragraph end continues when the next paragraph starts with an
///   opening mark (news style); otherwise it is closed there (recovered, `close == nil`).
/// - Single marks outside a double quotation make a single-quoted span ('strategic partnership');
///   an apostrophe after a plural ("the leaders’ plane") does not close it unless nothing else does.
/// - A stray closing mark with nothing open is ignored.
struct QuoteSpanFinder: Sendable {
    init() {}

    func find(_ text: SegmentedText) -> [QuoteSpan] {
        let tokens = text.tokens
        let n = tokens.count
        var spans: [QuoteSpan] = []
        // Double quotation state.
        var open = -1
        var pieces: [Range<Int>] = []
        var pieceStart = 0
        // Single quotation state (outside double quotations).
        var singleOpen = -1
        var singleFallback = -1

        func closeSingle(at c: Int) {
            if c > singleOpen + 1 {
                spans.append(QuoteSpan(open: singleOpen, close: c, pieces: [(singleOpen + 1)..<c], single: true))
            }
            singleOpen = -1
            singleFallback = -1
        }

        var t = 0
        while t < n {
            let tok = tokens[t]
            if t > 0 && (tok.flags.contains(.paragraphStart) || (tok.flags.contains(.newlineBefore) && tok.flags.contains(.sentenceStart))) {
                if singleOpen >= 0 {
                    if singleFallback >= 0 { closeSingle(at: singleFallback) } else { singleOpen = -1 }
                }
                if open >= 0 {
                    if tok.kind == .quote && !tok.flags.contains(.single) && !tok.flags.contains(.closing) {
                        // The quotation continues in this paragraph.
                        if t > pieceStart { pieces.append(pieceStart..<t) }
                        pieceStart = t + 1
                        t += 1
                        continue
                    }
                    if t > pieceStart { pieces.append(pieceStart..<t) }
                    if !pieces.isEmpty { spans.append(QuoteSpan(open: open, close: nil, pieces: pieces, single: false)) }
                    open = -1
                    pieces = []
                }
            }
            guard tok.kind == .quote else { t += 1; continue }
            if !tok.flags.contains(.single) {
                if open >= 0 {
                    if t > pieceStart { pieces.append(pieceStart..<t) }
                    if !pieces.isEmpty { spans.append(QuoteSpan(open: open, close: t, pieces: pieces, single: false)) }
                    open = -1
                    pieces = []
                } else if tok.flags.contains(.opening) || !tok.flags.contains(.closing) {
                    if singleOpen >= 0 { singleOpen = -1; singleFallback = -1 }
                    open = t
                    pieceStart = t + 1
                    pieces = []
                }
            } else if open < 0 {
                if singleOpen < 0 {
                    if tok.flags.contains(.opening), t + 1 < n, tokens[t + 1].kind == .word || tokens[t + 1].kind == .number {
                        singleOpen = t
                    }
                } else if tok.flags.contains(.closing) {
                    if isPossessiveApostrophe(text, t) {
                        if singleFallback < 0 { singleFallback = t }
                    } else {
                        closeSingle(at: t)
                    }
                }
            }
            t += 1
        }
        if open >= 0 {
            if n > pieceStart { pieces.append(pieceStart..<n) }
            if !pieces.isEmpty { spans.append(QuoteSpan(open: open, close: nil, pieces: pieces, single: false)) }
        }
        if singleOpen >= 0, singleFallback >= 0 { closeSingle(at: singleFallback) }
        return spans.sorted { $0.open < $1.open }
    }

    /// "the leaders’ plane": a single mark right after a word ending in s, followed by a word.
    private func isPossessiveApostrophe(_ text: SegmentedText, _ t: Int) -> Bool {
        let tokens = text.tokens
        guard t > 0, t + 1 < tokens.count, tokens[t - 1].kind == .word else { return false }
        let last = text.text[Int(tokens[t - 1].end) - 1] | 0x20
        return last == 0x73 && tokens[t + 1].kind == .word && tokens[t + 1].flags.contains(.spaceBefore)
            && !tokens[t + 1].flags.contains(.newlineBefore)
    }
}
