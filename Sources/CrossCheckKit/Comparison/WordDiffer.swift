/// Word-level diff of two quotations: longest common subsequence over folded words, original
/// words kept for display (runs of one operation joined; bracketed runs shown in brackets).
enum WordDiffer {
    enum Op { case same, removed, added }

    /// The edit script as (op, index in `a` or `b`).
    static func script(_ a: [QuoteWord], _ b: [QuoteWord]) -> [(Op, Int)] {
        let n = a.count, m = b.count
        // Folded words as small ids (equal ids, equal words), so the table compares integers.
        var ids: [String: Int] = [:]
        let ai = a.map { w in ids[w.norm] ?? { ids[w.norm] = ids.count; return ids.count - 1 }() }
        let bi = b.map { w in ids[w.norm] ?? -1 }
        // The walk below takes equal words whenever it meets them, so a common prefix is always matched
        // word for word, and the table is needed only past it (a cell depends only on the words after it).
        var p = 0
        while p < n && p < m && ai[p] == bi[p] { p += 1 }
        // lcs[(i - p) * width + (j - p)]: longest common subsequence of a[i...] and b[j...], for i, j >= p.
        let rn = n - p, rm = m - p
        let width = rm + 1
        var lcs = [Int32](repeating: 0, count: (rn + 1) * width)
        if rn > 0 && rm > 0 {
            lcs.withUnsafeMutableBufferPointer { t in
                for i in stride(from: rn - 1, through: 0, by: -1) {
                    let x = ai[p + i], row = i * width, below = row + width
                    for j in stride(from: rm - 1, through: 0, by: -1) {
                        t[row + j] = x == bi[p + j] ? t[below + j + 1] + 1 : max(t[below + j], t[row + j + 1])
                    }
                }
            }
        }
        var out: [(Op, Int)] = []
        out.reserveCapacity(n + m)
        for k in 0..<p { out.append((.same, k)) }
        var i = p, j = p
        while i < n || j < m {
            if i < n && j < m && ai[i] == bi[j] {
                out.append((.same, i)); i += 1; j += 1
            } else if i < n && (j == m || lcs[(i + 1 - p) * width + j - p] >= lcs[(i - p) * width + j + 1 - p]) {
                out.append((.removed, i)); i += 1
            } else {
                out.append((.added, j)); j += 1
            }
        }
        return out
    }

    static func commonLength(_ script: [(Op, Int)]) -> Int { script.filter { $0.0 == .same }.count }

    /// The display form of a script.
    static func diff(from: String, to: String, _ a: [QuoteWord], _ b: [QuoteWord], _ script: [(Op, Int)]) -> WordDiff {
        var parts: [WordDiff.Part] = []
        var run: [QuoteWord] = []
        var runOp: WordDiff.Op = .same
        func flush() {
            guard !run.isEmpty else { return }
            parts.append(WordDiff.Part(runOp, render(run)))
            run = []
        }
        for (op, k) in script {
            let o: WordDiff.Op = op == .same ? .same : (op == .removed ? .removed : .added)
            if o != runOp { flush(); runOp = o }
            run.append(op == .added ? b[k] : a[k])
        }
        flush()
        return WordDiff(from: from, to: to, parts: parts)
    }

    static func render(_ words: [QuoteWord]) -> String {
        var s = ""
        for (i, w) in words.enumerated() {
            let opens = w.bracketed && (i == 0 || !words[i - 1].bracketed)
            let closes = w.bracketed && (i == words.count - 1 || !words[i + 1].bracketed)
            if i > 0 && !words[i - 1].display.hasSuffix("-") && !(w.joined && words[i - 1].bracketed != w.bracketed) { s += " " }
            s += (opens ? "[" : "") + w.display + (closes ? "]" : "")
        }
        return s
    }
}
