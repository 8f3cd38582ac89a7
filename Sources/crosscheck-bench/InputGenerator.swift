import CrossCheckKit

/// Generates benchmark inputs from the corpus: clusters of N distinct versions of one story, and a
/// corpus of a given size over all stories. Same seed, same bytes.
struct InputGenerator {
    let corpus: StoryCorpus
    /// One variator per version of each story.
    private let variators: [[StoryVariator]]

    init(corpus: StoryCorpus) {
        self.corpus = corpus
        self.variators = corpus.stories.map { $0.versions.map { StoryVariator($0.text) } }
    }

    /// The story clusters are generated from: the one whose versions average closest to 5 KB (the
    /// issue sizes a 1,000-source cluster at about 5 MB).
    var clusterStory: Int {
        corpus.stories.indices.min { a, b in
            abs(corpus.stories[a].bytes / corpus.stories[a].versions.count - 5000)
                < abs(corpus.stories[b].bytes / corpus.stories[b].versions.count - 5000)
        }!
    }

    /// `count` texts varying the versions of story `story` in turn, with their publication times.
    func clusterTexts(sources count: Int, story: Int) -> [(text: [UInt8], published: PublishedTime?)] {
        let versions = corpus.stories[story].versions
        return (0..<count).map { i in
            let v = i % versions.count
            return (variators[story][v].variant(seed: UInt64(i)), versions[v].published)
        }
    }

    /// Texts over all stories in turn until they total at least `bytes`.
    func corpusTexts(bytes: Int) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var total = 0
        var i = 0
        while total < bytes {
            let s = i % variators.count
            let v = (i / variators.count) % variators[s].count
            let text = variators[s][v].variant(seed: UInt64(i) &+ 1_000_000)
            total += text.count
            out.append(text)
            i += 1
        }
        return out
    }

    /// Sources built from bytes in memory, as a JSONL record or a caller would build them.
    static func sources(_ texts: [(text: [UInt8], published: PublishedTime?)]) -> [Source] {
        texts.enumerated().map { i, t in
            let id = "s" + String(i + 100_000).dropFirst()
            return Source(id: id, file: "generated/\(id).txt", outlet: "Outlet \(i % 97)", published: t.published,
                          text: t.text, lines: LineIndex(t.text))
        }
    }
}
