/// The counted nouns' lemmas and their `of` attributes already made, by the head word's token hash: one
/// per room (`SourceScratch.nouns`), kept from source to source.
///
/// Why: a counted noun's lemma is a new `String` (a lower-cased copy of the word's bytes, about 165
/// instructions) and a number with an `of` gets its `Attributes` in one allocation; news repeats the
/// few things it counts ("people", "troops", "killed") in source after source. Made once, the string is
/// shared (no copy: small strings are inline) and the attributes' storage is retained instead of
/// allocated. The lemma is a function of the normalized word, which the token hash stands for (as the
/// word tables read it), so the cached value is the one `CountedNoun.lemma` would make.
final class CountedNounCache {
    /// Entry index by head hash.
    @exclusivity(unchecked) private var index = HashMap64(capacity: 256)
    @exclusivity(unchecked) private var lemmas: [String] = []
    /// `NumberRecognizer.attributes(of: lemma, qualifier: nil, vague: false)`, made at the first use.
    @exclusivity(unchecked) private var ofOnly: [Attributes?] = []

    /// Entries beyond which new lemmas are made but not kept (a bound on a room's memory).
    static let capacity = 8192

    init() {}

    /// The entry of word token `j` (its lemma made and kept on a miss), or -1 when the cache is full.
    @inline(__always)
    func entry(_ t: SegmentedText, _ j: Int) -> Int {
        let h = t.h(j)
        if let e = index.get(h) { return Int(e) }
        guard lemmas.count < CountedNounCache.capacity else { return -1 }
        index.set(h, Int32(lemmas.count))
        lemmas.append(CountedNoun.lemma(t, j))
        ofOnly.append(nil)
        return lemmas.count - 1
    }

    /// The lemma of word token `j` (`CountedNoun.lemma(t, j)`).
    @inline(__always)
    func lemma(_ t: SegmentedText, _ j: Int) -> (lemma: String, entry: Int) {
        let e = entry(t, j)
        return e < 0 ? (CountedNoun.lemma(t, j), -1) : (lemmas[e], e)
    }

    /// The attributes of a number counting only `lemmas[e]` (no qualifier, not vague).
    @inline(__always)
    func ofOnlyAttributes(_ e: Int) -> Attributes {
        if let a = ofOnly[e] { return a }
        let a = NumberRecognizer.attributes(of: lemmas[e], qualifier: nil, vague: false)
        ofOnly[e] = a
        return a
    }
}
