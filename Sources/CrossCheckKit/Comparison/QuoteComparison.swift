/// Classifies a pair of quotation versions and gives their word diff.
enum QuoteComparison {
    struct Result {
        var quoteClass: QuoteClass
        /// Shared words over the shorter version's words (0...1): below one half the versions are not
        /// treated as one quotation.
        var overlap: Double
        var script: [(WordDiffer.Op, Int)]
    }

    static func compare(_ aText: String, _ bText: String) -> Result {
        compare(words: QuoteWord.words(of: aText), plain: QuoteWord.plain(aText),
                QuoteWord.words(of: bText), plain: QuoteWord.plain(bText))
    }

    /// `compare` from each version's `QuoteWord.words` and `QuoteWord.plain` form.
    static func compare(words a: [QuoteWord], plain aPlain: String, _ b: [QuoteWord], plain bPlain: String) -> Result {
        let script = edgeScript(a, b) ?? WordDiffer.script(a, b)
        let common = WordDiffer.commonLength(script)
        let overlap = Double(common) / Double(max(1, min(a.count, b.count)))
        if aPlain == bPlain { return Result(quoteClass: .identical, overlap: 1, script: script) }
        if QuoteWord.letters(a) == QuoteWord.letters(b) { return Result(quoteClass: .typographic, overlap: 1, script: script) }
        // Hunks: maximal runs of changes between unchanged words.
        var worst = QuoteClass.typographic
        var k = 0
        while k < script.count {
            if script[k].0 == .same { k += 1; continue }
            let start = k
            var removed: [QuoteWord] = [], added: [QuoteWord] = []
            while k < script.count && script[k].0 != .same {
                if script[k].0 == .removed { removed.append(a[script[k].1]) } else { added.append(b[script[k].1]) }
                k += 1
            }
            let atEdge = start == 0 || k == script.count
            if atEdge, let parts = splitAtSentence(removed: removed, added: added, leading: start == 0 && k < script.count, common: common) {
                worst = max(worst, parts)
                continue
            }
            worst = max(worst, classify(removed: removed, added: added, atEdge: atEdge, leading: start == 0, common: common))
        }
        return Result(quoteClass: worst, overlap: overlap, script: script)
    }

    /// When the shorter version is a run of the longer one's words, the script that cuts the longer
    /// one's ends around that run (nil otherwise). The diff's own alignment matches the first equal
    /// word it meets, so "We will be a firm opposition" against "We accept the result. We will be a
    /// firm opposition" would keep the first "We" and cut the middle: a rewording, where the version is
    /// the whole's second sentence (a quotation split by its attribution, "..., he said. ...").
    static func edgeScript(_ a: [QuoteWord], _ b: [QuoteWord]) -> [(WordDiffer.Op, Int)]? {
        guard a.count != b.count, min(a.count, b.count) >= 2 else { return nil }
        let aLonger = a.count > b.count
        let long = (aLonger ? a : b).map(\.norm), short = (aLonger ? b : a).map(\.norm)
        guard let start = (0...(long.count - short.count)).first(where: { s in
            long[s] == short[0] && long[s..<(s + short.count)].elementsEqual(short)
        }) else { return nil }
        let end = start + short.count
        let cut: WordDiffer.Op = aLonger ? .removed : .added
        var script: [(WordDiffer.Op, Int)] = []
        script.reserveCapacity(long.count)
        for k in 0..<start { script.append((cut, k)) }
        // A kept word is named by its index in `a`.
        for k in start..<end { script.append((.same, aLonger ? k : k - start)) }
        for k in end..<long.count { script.append((cut, k)) }
        return script
    }

    /// A change at a quotation's edge where one version goes on past a sentence end and the other does
    /// not: one source gives two sentences in one quotation, the other splits them ("We have never seen
    /// the river rise this quickly. The defences held" / "We have never seen the river rise this fast,"
    /// she said). The other version's changed words stand against the first side's words up to that
    /// sentence end (after it, for a change at the start), a change at the edge of that sentence (here
    /// a rewording; "We will co-operate" / "cooperate" a cut and a convention: shortened); the sentences
    /// past it are a cut (shortened). Nil when neither side is so (both must have changed words).
    static func splitAtSentence(removed: [QuoteWord], added: [QuoteWord], leading: Bool, common: Int) -> QuoteClass? {
        guard !removed.isEmpty, !added.isEmpty else { return nil }
        // The index of the sentence end that cuts `side`, if any: for a change at the end, the first one
        // before its last word; at the start, the last one before its last word.
        func cut(_ side: [QuoteWord]) -> Int? {
            let inner = side.indices.dropLast().filter { side[$0].sentenceEnd }
            return leading ? inner.last : inner.first
        }
        let removedCut = cut(removed), addedCut = cut(added)
        guard (removedCut == nil) != (addedCut == nil) else { return nil }
        let (long, short, e) = removedCut != nil ? (removed, added, removedCut!) : (added, removed, addedCut!)
        let inSentence = leading ? Array(long[(e + 1)...]) : Array(long[...e])
        // The other version cut inside the sentence: its changed words are the sentence's last ones (at
        // the start) or first ones (at the end), up to conventions.
        let kept = QuoteWord.letters(short), sentence = QuoteWord.letters(inSentence)
        if leading ? sentence.hasSuffix(kept) : sentence.hasPrefix(kept) { return .shortened }
        let inside = removedCut != nil ? classify(removed: inSentence, added: short, atEdge: true, leading: leading, common: common)
            : classify(removed: short, added: inSentence, atEdge: true, leading: leading, common: common)
        return max(inside, .shortened)
    }

    /// Longest edge words of the shorter excerpt that still count as a different cut of one quotation.
    static let maxExcerptEdge = 2
    /// Shared words needed for that.
    static let minExcerptCore = 4

    /// `leading`: the change is at the quotation's start.
    static func classify(removed: [QuoteWord], added: [QuoteWord], atEdge: Bool, leading: Bool, common: Int) -> QuoteClass {
        if QuoteWord.letters(removed) == QuoteWord.letters(added) { return .typographic }
        let realAdded = added.filter { !$0.ellipsis }, realRemoved = removed.filter { !$0.ellipsis }
        if (!realAdded.isEmpty && realAdded.allSatisfy(\.bracketed)) || (!realRemoved.isEmpty && realRemoved.allSatisfy(\.bracketed)) {
            return .editorial
        }
        if added.contains(where: \.ellipsis) || removed.contains(where: \.ellipsis) { return .editorial }
        if (added.isEmpty || removed.isEmpty) && atEdge { return .shortened }
        // Excerpts cut at different points ("mechanisms not controlled by ..." / "that are not
        // controlled by ..."): at the start, one side much longer, the other a word or two of lead-in.
        // Only at the start: two cuts of one sentence end alike or one ends first (one side empty), so
        // different last words ("leave by noon, not at dusk" / "leave by noon, not tomorrow") are a
        // change of words.
        if atEdge, leading, common >= minExcerptCore, min(added.count, removed.count) <= maxExcerptEdge,
           max(added.count, removed.count) > min(added.count, removed.count) + 1 {
            return .shortened
        }
        return .reworded
    }
}
