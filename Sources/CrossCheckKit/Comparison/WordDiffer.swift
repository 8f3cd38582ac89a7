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
        // lcs[i * (m + 1) + j]: longest common subsequence of a[i...] and b[j...].
        let width = m + 1
        var lcs = [Int32](repeating: 0, count: (n + 1) * width)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lcs[i * width + j] = ai[i] == bi[j] ? lcs[(i + 1) * width + j + 1] + 1 : max(lcs[(i + 1) * width + j], lcs[i * width + j + 1])
                }
            }
        }
        var out: [(Op, Int)] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && ai[i] == bi[j] {
                out.append((.same, i)); i += 1; j += 1
            } else if i < n && (j == m || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
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
