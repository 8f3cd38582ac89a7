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

    /// The quotations in text order, and the content ranges their `pieces` index. One pass over the
    /// tokens: outside quotations it looks for the next quote mark, inside for the next mark or line
    /// start (a text without marks costs a read of each token's kind, and no array).
    func find(_ text: SegmentedText) -> (spans: [QuoteSpan], pieces: [Range<Int>]) {
        find(text, marks: nil)
    }

    /// `find(_:)`, given `marks` when known: every token of kind `quote`, ascending (`TokenStarts.quotes`).
    /// Outside quotations the pass then jumps from mark to mark instead of reading the tokens between
    /// them (most sentences hold no mark; a text without any is done at once); inside a quotation it
    /// still reads each token, for the line starts.
    func find(_ text: SegmentedText, marks: ArraySlice<Int32>?) -> (spans: [QuoteSpan], pieces: [Range<Int>]) {
        if let marks, marks.isEmpty { return ([], []) }
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
        var k = marks?.startIndex ?? 0
        let marksEnd = marks?.endIndex ?? 0
        var t = 0
        while t < n {
            // Nothing open: only a quote mark changes anything. Inside a quotation: a quote mark or a
            // line start.
            if open < 0 && singleOpen < 0 {
                if let marks {
                    while k < marksEnd && Int(marks[k]) < t { k += 1 }
                    t = k < marksEnd ? Int(marks[k]) : n
                } else {
                    t = Self.next(tokens, from: t, AtMarks.self)
                }
            } else if let marks {
                // Inside a quotation: the next mark is known, only the line starts before it are looked for.
                while k < marksEnd && Int(marks[k]) < t { k += 1 }
                t = Self.nextLineStart(tokens, from: t, before: k < marksEnd ? Int(marks[k]) : n)
            } else {
                t = Self.next(tokens, from: t, AtLineStarts.self)
            }
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

    /// The flags a scan stops at besides quote marks, as a type: each scan is compiled with its own
    /// constant (one loop for both, and the one outside quotations reads no flags).
    private protocol Stops { static var flags: UInt16 { get } }
    /// Nothing open: only a quote mark changes anything.
    private enum AtMarks: Stops { static var flags: UInt16 { 0 } }
    /// Inside a quotation: a quote mark, or a line start (a paragraph start, or a sentence start after
    /// a newline, is checked by `find`).
    private enum AtLineStarts: Stops {
        static var flags: UInt16 { Token.Flags.paragraphStart.rawValue | Token.Flags.newlineBefore.rawValue }
    }

    /// The first token at or after `from` that is a quote mark or has one of the `Stop` flags, or the
    /// token count. Four tokens a step (stops are rare: the branch is seldom taken), then one by one.
    @inline(__always)
    private static func next<Stop: Stops>(_ tokens: [Token], from: Int, _: Stop.Type) -> Int {
        let quoteKind = TokenKind.quote.rawValue
        return tokens.withUnsafeBufferPointer { tk in
            let n = tk.count
            var i = from
            @inline(__always) func stops(_ k: Int) -> Bool {
                tk[k].rawKind == quoteKind || tk[k].flags.rawValue & Stop.flags != 0
            }
            while i &+ 4 <= n {
                if stops(i) || stops(i &+ 1) || stops(i &+ 2) || stops(i &+ 3) { break }
                i &+= 4
            }
            while i < n && !stops(i) { i += 1 }
            return i
        }
    }

    /// The first token at or after `from` and before `end` (at most the token count) with one of the
    /// `AtLineStarts` flags, or `end`: the scan inside a quotation when the next quote mark is known
    /// (`end`), reading only flags. Four tokens a step, then one by one.
    @inline(__always)
    private static func nextLineStart(_ tokens: [Token], from: Int, before end: Int) -> Int {
        tokens.withUnsafeBufferPointer { tk in
            let flags = AtLineStarts.flags
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
