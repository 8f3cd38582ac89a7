/// The state of `QuoteWord.words(of:)` as it walks a quotation: the word being read and what the
/// words so far are. A struct with mutating methods rather than nested functions over local variables,
/// which Swift boxes on the heap and checks for exclusive access on every use.
struct QuoteWordScanner: Sendable {
    var out: [QuoteWord] = []
    /// The word so far, UTF-8.
    var current: [UInt8] = []
    /// Its lower-case form (ASCII words).
    private var lower: [UInt8] = []
    var currentASCII = true
    var bracketDepth = 0
    var pendingJoin = false
    var joinNext = false
    var dots = 0

    init() {
        current.reserveCapacity(32)
        lower.reserveCapacity(32)
    }

    /// Ends the current word: its display form as written, its folded form for comparison.
    mutating func flush() {
        guard !current.isEmpty else { return }
        let display = String(decoding: current, as: UTF8.self)
        let norm: String
        if currentASCII {
            // Lower case without a trailing hyphen; the display string itself when that changes nothing.
            lower.removeAll(keepingCapacity: true)
            var changed = false
            for x in current {
                if x >= 0x41 && x <= 0x5A { lower.append(x | 0x20); changed = true } else { lower.append(x) }
            }
            if lower.last == 0x2D { lower.removeLast(); changed = true }
            let folded = lower.withUnsafeBufferPointer { SpellingFolder.fold(ascii: $0) }
            norm = folded ?? (changed ? String(decoding: lower, as: UTF8.self) : display)
        } else {
            var l = display.lowercased()
            if l.hasSuffix("-") { l.removeLast() }
            norm = SpellingFolder.fold(l)
        }
        out.append(QuoteWord(display: display, norm: norm, bracketed: bracketDepth > 0, joined: joinNext, ellipsis: false))
        current.removeAll(keepingCapacity: true)
        currentASCII = true
        joinNext = false
    }

    /// Ends a run of dots: three or more are an ellipsis.
    mutating func flushDots() {
        if dots >= 3 { out.append(QuoteWord(display: "…", norm: "…", bracketed: bracketDepth > 0, joined: false, ellipsis: true)) }
        dots = 0
    }
}
