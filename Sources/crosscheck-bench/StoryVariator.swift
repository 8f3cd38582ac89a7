/// Makes distinct, real-shaped versions of a story: numbers rewritten digit by digit (keeping their
/// format: "13,500" stays d,ddd), capitalized names swapped for other names of the same story, and
/// adjacent sentences of a paragraph swapped. Deterministic for a given seed.
struct StoryVariator {
    /// Paragraphs, each a list of sentences (bytes, with their trailing space).
    private let paragraphs: [[[UInt8]]]
    /// Capitalized words of the story (names, places), the pool names are swapped from.
    private let names: [[UInt8]]

    init(_ text: [UInt8]) {
        var paragraphs: [[[UInt8]]] = []
        for block in StoryVariator.split(text, paragraphs: true) {
            paragraphs.append(StoryVariator.split(block, paragraphs: false))
        }
        self.paragraphs = paragraphs
        var seen = Set<[UInt8]>()
        var names: [[UInt8]] = []
        var i = 0
        while i < text.count {
            if StoryVariator.isUpper(text[i]) && (i == 0 || !StoryVariator.isLetter(text[i - 1])) {
                var j = i + 1
                while j < text.count && StoryVariator.isLower(text[j]) { j += 1 }
                if j - i >= 4 && (j == text.count || !StoryVariator.isLetter(text[j])) {
                    let word = Array(text[i..<j])
                    if seen.insert(word).inserted { names.append(word) }
                }
                i = j
            } else {
                i += 1
            }
        }
        self.names = names
    }

    /// The version for `seed`.
    func variant(seed: UInt64) -> [UInt8] {
        var rng = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ 1)
        var out: [UInt8] = []
        out.reserveCapacity(paragraphs.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } + 64)
        for paragraph in paragraphs {
            var order = Array(paragraph.indices)
            if order.count >= 2 && rng.chance(0.3) {
                let k = Int(rng.next() % UInt64(order.count - 1))
                order.swapAt(k, k + 1)
            }
            for s in order { rewrite(paragraph[s], into: &out, &rng) }
            out += [0x0A, 0x0A]
        }
        return out
    }

    private func rewrite(_ sentence: [UInt8], into out: inout [UInt8], _ rng: inout SplitMix64) {
        var i = 0
        let n = sentence.count
        while i < n {
            let b = sentence[i]
            if StoryVariator.isDigit(b) && (i == 0 || !StoryVariator.isLetter(sentence[i - 1])) {
                var j = i
                while j < n && StoryVariator.isDigit(sentence[j]) { j += 1 }
                if rng.chance(0.35) {
                    for k in i..<j {
                        let lowest: UInt64 = (k == i && j - i > 1) ? 1 : 0
                        out.append(0x30 + UInt8(lowest + rng.next() % (10 - lowest)))
                    }
                } else {
                    out += sentence[i..<j]
                }
                i = j
            } else if StoryVariator.isUpper(b) && (i == 0 || !StoryVariator.isLetter(sentence[i - 1])) {
                var j = i + 1
                while j < n && StoryVariator.isLetter(sentence[j]) { j += 1 }
                if j - i >= 4 && !names.isEmpty && rng.chance(0.08) {
                    out += names[Int(rng.next() % UInt64(names.count))]
                } else {
                    out += sentence[i..<j]
                }
                i = j
            } else {
                // Copy the run of bytes up to the next digit or capital in one append.
                var j = i + 1
                while j < n && !StoryVariator.isDigit(sentence[j]) && !StoryVariator.isUpper(sentence[j]) { j += 1 }
                out += sentence[i..<j]
                i = j
            }
        }
    }

    /// Splits at blank lines (paragraphs) or after ". " / "? " / "! " before a capital or quote (sentences).
    private static func split(_ text: [UInt8], paragraphs: Bool) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        var i = 0
        let n = text.count
        while i < n {
            if paragraphs {
                if text[i] == 0x0A, i + 1 < n, text[i + 1] == 0x0A {
                    if i > start { parts.append(Array(text[start..<i])) }
                    while i < n && (text[i] == 0x0A || text[i] == 0x20) { i += 1 }
                    start = i
                    continue
                }
            } else if (text[i] == 0x2E || text[i] == 0x3F || text[i] == 0x21), i + 2 < n, text[i + 1] == 0x20,
                      isUpper(text[i + 2]) || text[i + 2] == 0x22 || text[i + 2] == 0xE2 {
                parts.append(Array(text[start..<(i + 2)]))
                start = i + 2
                i += 2
                continue
            }
            i += 1
        }
        if start < n {
            var last = Array(text[start..<n])
            while last.last == 0x0A { last.removeLast() }
            if !paragraphs && last.last != 0x20 && !last.isEmpty { last.append(0x20) }
            if !last.isEmpty { parts.append(last) }
        }
        return parts
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    private static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    private static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) || b >= 0x80 }
}
