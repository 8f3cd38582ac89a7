/// The built-in token classes a pattern can name: `<any>`, `<word>`, `<cap>`, ...
public enum TokenClass: String, Sendable, Hashable, CaseIterable {
    case any, word, cap, punct, dash, symbol, digits, ordinal, month, weekday, year
    case quoteMark = "quote-mark"

    static let monthHashes: [UInt64] = ([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ].map { Token.hash(literal: $0) })

    static let weekdayHashes: [UInt64] = ([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ].map { Token.hash(literal: $0) })

    /// Whether token `t` of `text` belongs to the class.
    @inline(__always)
    func matches(_ t: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .any: return true
        case .word: return t.kind == .word
        case .cap: return t.kind == .word && t.flags.contains(.capitalized)
        case .punct: return t.kind == .punct || t.kind == .dash || t.kind == .quote
        case .dash: return t.kind == .dash
        case .symbol: return t.kind == .symbol
        case .quoteMark: return t.kind == .quote
        case .digits: return t.kind == .number
        case .ordinal: return t.kind == .ordinal
        case .month: return t.kind == .word && TokenClass.monthHashes.contains(t.hash)
        case .weekday: return t.kind == .word && TokenClass.weekdayHashes.contains(t.hash)
        case .year:
            guard t.kind == .number, t.end - t.start == 4 else { return false }
            var v = 0
            for i in Int(t.start)..<Int(t.end) {
                let b = text[i]
                guard b >= 0x30 && b <= 0x39 else { return false }
                v = v * 10 + Int(b - 0x30)
            }
            return v >= 1000 && v <= 2199
        }
    }
}
