/// The bytes and tokens of a text and the small, allocation-free helpers over them that the number,
/// date and time recognizers share. `SegmentedText` (the whole text) and `TokenView` (just its bytes and
/// tokens, what `NumberParser` holds) both have them; the helpers are written once here and specialized
/// for each (same module, so no dynamic dispatch on the hot path).
protocol TokenReading {
    var text: [UInt8] { get }
    var tokens: [Token] { get }
}

extension TokenReading {
    /// `tokens.count`, read through the buffer: in the large recognizer functions these helpers are
    /// inlined into, `Array.count` was left a call of its own (about 100,000 a run, each a call and a
    /// return around one load); the buffer's count is inlined.
    @inline(__always) var tokenCount: Int { tokens.withUnsafeBufferPointer { $0.count } }

    @inline(__always) func h(_ i: Int) -> UInt64 { i >= 0 && i < tokenCount ? tokens[i].hash : 0 }

    @inline(__always) func kind(_ i: Int) -> TokenKind? { i >= 0 && i < tokenCount ? tokens[i].kind : nil }

    /// Whether token `i` is the literal whose hash is `hash`.
    @inline(__always) func isWord(_ i: Int, _ hash: UInt64) -> Bool { i >= 0 && i < tokenCount && tokens[i].hash == hash }

    /// Whether token `i` is any of the literals.
    @inline(__always) func isAny(_ i: Int, _ hashes: HashSet64) -> Bool { i >= 0 && i < tokenCount && hashes.contains(tokens[i].hash) }

    /// Whether white space separates token `i` from the one before it.
    @inline(__always) func spaced(_ i: Int) -> Bool { i < tokenCount && tokens[i].flags.contains(.spaceBefore) }

    /// Whether token `i` is glued to the previous token (no white space).
    @inline(__always) func glued(_ i: Int) -> Bool { i > 0 && i < tokenCount && !tokens[i].flags.contains(.spaceBefore) }

    /// First byte of token `i` (0 when out of range).
    @inline(__always) func firstByte(_ i: Int) -> UInt8 { i >= 0 && i < tokenCount ? text[Int(tokens[i].start)] : 0 }

    @inline(__always) func length(_ i: Int) -> Int { tokens[i].length }

    /// A one-byte punctuation/symbol token equal to `b`.
    @inline(__always) func isByte(_ i: Int, _ b: UInt8) -> Bool {
        i >= 0 && i < tokenCount && tokens[i].length == 1 && text[Int(tokens[i].start)] == b
    }

    @inline(__always) func isDash(_ i: Int) -> Bool { kind(i) == .dash }

    /// Plain integer value of a digits-only token ("2024", "07"), nil for separators or overflow.
    func plainInt(_ i: Int) -> Int? {
        guard i >= 0, i < tokenCount, tokens[i].kind == .number || tokens[i].kind == .ordinal else { return nil }
        var v = 0
        var digits = 0
        for p in Int(tokens[i].start)..<Int(tokens[i].end) {
            let b = text[p]
            if b >= 0x30 && b <= 0x39 { v = v * 10 + Int(b - 0x30); digits += 1; if digits > 15 { return nil } }
            else if tokens[i].kind == .ordinal && ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) { break }
            else { return nil }
        }
        return digits > 0 ? v : nil
    }

    /// Number of digit bytes in a plain number token.
    func digitCount(_ i: Int) -> Int {
        var n = 0
        for p in Int(tokens[i].start)..<Int(tokens[i].end) where text[p] >= 0x30 && text[p] <= 0x39 { n += 1 }
        return n
    }
}
