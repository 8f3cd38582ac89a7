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

    /// The quotations in text order, and the content ranges their `pieces` index.
    func find(_ text: SegmentedText) -> (spans: [QuoteSpan], pieces: [Range<Int>]) {
        find(text, marks: nil)
    }

    /// `find(_:)`, given `marks` when known: every token of kind `quote`, ascending (`TokenStarts.quotes`;
    /// nil: listed here). Outside quotations the pass jumps from mark to mark (most sentences hold
    /// none; a text without any is done at once); inside a quotation it reads the flags of the tokens
    /// up to the next mark, for the line starts.
    func find(_ text: SegmentedText, marks: ArraySlice<Int32>?) -> (spans: [QuoteSpan], pieces: [Range<Int>]) {
        let marks = marks ?? Self.marks(text.tokens)
        if marks.isEmpty { return ([], []) }
        let tokens = text.tokens
        let n = tokens.count
        var spans: [QuoteSpan] = []
        var all: [Range<Int>] = []
        // Double quotation state; its pieces are `all[pieceBase...]`.
        var open = -1
        var pieceBase = 0
        var pieceStart = 0
        // Single quotation state (outside double quotations).
        var singleOpen = -1
        var singleFallback = -1

        // Room for several quotations at the first (a text with one has several), not a regrowth each.
        func addPiece(_ r: Range<Int>) {
            if all.isEmpty { all.reserveCapacity(16) }
            all.append(r)
        }
        func addSpan(_ s: QuoteSpan) {
            if spans.isEmpty { spans.reserveCapacity(16) }
            spans.append(s)
        }

        func closeSingle(at c: Int) {
            if c > singleOpen + 1 {
                addPiece((singleOpen + 1)..<c)
                addSpan(QuoteSpan(open: singleOpen, close: c, pieces: (all.count - 1)..<all.count,
                                       contentStart: singleOpen + 1, contentEnd: c, single: true))
            }
            singleOpen = -1
            singleFallback = -1
        }

        /// Ends the double quotation (closed at `close`, or recovered), if it has content.
        func closeDouble(_ close: Int?) {
            if all.count > pieceBase {
                addSpan(QuoteSpan(open: open, close: close, pieces: pieceBase..<all.count,
                                       contentStart: all[pieceBase].lowerBound, contentEnd: all[all.count - 1].upperBound, single: false))
            }
            open = -1
            pieceBase = all.count
        }

        // The next of `marks` to look at (those before `t` are passed).
        var k = marks.startIndex
        var t = 0
        while t < n {
            // Nothing open: only a quote mark changes anything. Inside a quotation: a quote mark or a
            // line start (only the line starts before the next mark are looked for).
            while k < marks.endIndex && Int(marks[k]) < t { k += 1 }
            let mark = k < marks.endIndex ? Int(marks[k]) : n
            t = open < 0 && singleOpen < 0 ? mark : Self.nextLineStart(tokens, from: t, before: mark)
            if t == n { break }
            let tok = tokens[t]
            if t > 0 && (tok.flags.contains(.paragraphStart) || (tok.flags.contains(.newlineBefore) && tok.flags.contains(.sentenceStart))) {
                if singleOpen >= 0 {
                    if singleFallback >= 0 { closeSingle(at: singleFallback) } else { singleOpen = -1 }
                }
                if open >= 0 {
                    if tok.kind == .quote && !tok.flags.contains(.single) && !tok.flags.contains(.closing) {
                        // The quotation continues in this paragraph.
                        if t > pieceStart { addPiece(pieceStart..<t) }
                        pieceStart = t + 1
                        t += 1
                        continue
                    }
                    if t > pieceStart { addPiece(pieceStart..<t) }
                    closeDouble(nil)
                }
            }
            guard tok.kind == .quote else { t += 1; continue }
            if !tok.flags.contains(.single) {
                if open >= 0 {
                    if t > pieceStart { addPiece(pieceStart..<t) }
                    closeDouble(t)
                } else if tok.flags.contains(.opening) || !tok.flags.contains(.closing) {
                    if singleOpen >= 0 { singleOpen = -1; singleFallback = -1 }
                    open = t
                    pieceStart = t + 1
                    pieceBase = all.count
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
            if n > pieceStart { addPiece(pieceStart..<n) }
            closeDouble(nil)
        }
        if singleOpen >= 0, singleFallback >= 0 { closeSingle(at: singleFallback) }
        // Spans come out in order of their opening marks; sort only if some did not.
        var sorted = true
        var i = 1
        while i < spans.count { if spans[i - 1].open > spans[i].open { sorted = false; break }; i += 1 }
        if !sorted { spans.sort { $0.open < $1.open } }
        return (spans, all)
    }

    /// Every token of kind `quote`, ascending: the marks `TokenStarts.quotes` lists, for a text the
    /// start pass has not read.
    private static func marks(_ tokens: [Token]) -> ArraySlice<Int32> {
        var marks: [Int32] = []
        for (i, t) in tokens.enumerated() where t.kind == .quote { marks.append(Int32(i)) }
        return marks[...]
    }

    /// The first token at or after `from` and before `end` (the next quote mark, or the token count) that
    /// may start a line (a paragraph start, or a newline before it: a sentence start after a newline is
    /// checked by `find`), or `end`. Reads only flags; four tokens a step (line starts are rare inside a
    /// quotation), then one by one.
    @inline(__always)
    private static func nextLineStart(_ tokens: [Token], from: Int, before end: Int) -> Int {
        tokens.withUnsafeBufferPointer { tk in
            let flags = Token.Flags.paragraphStart.rawValue | Token.Flags.newlineBefore.rawValue
            var i = from
            @inline(__always) func stops(_ k: Int) -> Bool { tk[k].flags.rawValue & flags != 0 }
            while i &+ 4 <= end {
                if stops(i) || stops(i &+ 1) || stops(i &+ 2) || stops(i &+ 3) { break }
                i &+= 4
            }
            while i < end && !stops(i) { i += 1 }
            return i
        }
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
