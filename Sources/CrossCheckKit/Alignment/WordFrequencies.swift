import Foundation

/// Sentence frequencies of the words of a cluster (in how many sentences each word hash occurs),
/// counted source by source while the tokens are alive; `Aligner` turns them into word weights.
/// Counts add up, so the sources may be counted in any order, and in parts that are merged.
struct WordFrequencies: Sendable {
    /// Word hash → its entry.
    private var index = HashMap64(capacity: 4096)
    private var hashes: [UInt64] = []
    private var counts: [Int32] = []
    /// The last sentence that counted each entry, so a sentence counts a word once.
    private var stamps: [Int] = []
    /// Sentences counted.
    private(set) var sentences = 0

    init() {}

    /// Counts the sentences of one source (its text must still have its tokens).
    mutating func add(_ text: SegmentedText) {
        for sentence in text.sentences {
            sentences += 1
            for t in sentence.tokens where text.tokens[t].kind == .word {
                let h = text.tokens[t].hash
                if let e = index.get(h) {
                    let e = Int(e)
                    if stamps[e] != sentences { counts[e] += 1; stamps[e] = sentences }
                } else {
                    index.set(h, Int32(hashes.count))
                    hashes.append(h)
                    counts.append(1)
                    stamps.append(sentences)
                }
            }
        }
    }

    /// Adds the counts of `other` (sources counted separately).
    mutating func merge(_ other: WordFrequencies) {
        for (e, h) in other.hashes.enumerated() {
            if let mine = index.get(h) {
                counts[Int(mine)] += other.counts[e]
            } else {
                index.set(h, Int32(hashes.count))
                hashes.append(h)
                counts.append(other.counts[e])
                stamps.append(0)
            }
        }
        // Stamps are sentence numbers of this table: sentences counted later get higher numbers.
        sentences += other.sentences
    }

    /// Inverse sentence frequency of every word: ln(sentences / sentences with the word), where a word
    /// found in no more sentences than there are sources counts as fully specific (a fact every source
    /// repeats once is exactly what links claims). Returned as an index from word hash to its entry
    /// in `weights`.
    func weights(sources: Int) -> (index: HashMap64, weights: [Double]) {
        let n = Double(max(sentences, 1))
        let floor = max(1, sources)
        return (index, counts.map { log(n / Double(max(Int($0), floor))) + 0.05 })
    }
}
