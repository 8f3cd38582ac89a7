/// The counted nouns' lemmas and their `of` attributes already made, by the head word's token hash: one
/// per room (`SourceScratch.nouns`), kept from source to source.
///
/// Why: a counted noun's lemma is a new `String` (a lower-cased copy of the word's bytes, about 165
/// instructions) and a number with an `of` gets its `Attributes` in one allocation; news repeats the
/// few things it counts ("people", "troops", "killed") in source after source. Made once, the string is
/// shared (no copy: small strings are inline) and the attributes' storage is retained instead of
/// allocated. The lemma is a function of the normalized word. An entry is found by the word's token
/// hash but kept with the word's lower-cased bytes, which a hit must equal: two words whose hashes
/// collide do not share a lemma, whichever came first (else a run's output could depend on which room
/// saw which source first). Only ASCII words are kept (their normalized form is their bytes lower-cased);
/// others are made anew each time, as without the cache.
final class CountedNounCache {
    /// Entry index by head hash.
    @exclusivity(unchecked) private var index = HashMap64(capacity: 256)
    /// Per entry, the word's lower-cased bytes, as `offsets[e]..<offsets[e + 1]` of `bytes`.
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    @exclusivity(unchecked) private var offsets: [Int] = [0]
    @exclusivity(unchecked) private var lemmas: [String] = []
    /// `NumberRecognizer.attributes(of: lemma, qualifier: nil, vague: false)`, made at the first use.
    @exclusivity(unchecked) private var ofOnly: [Attributes?] = []

    /// Entries beyond which new lemmas are made but not kept (a bound on a room's memory).
    static let capacity = 8192

    init() {}

    /// The entry of word token `j` (its lemma made and kept on a miss), or -1 when it is not kept: the
    /// cache is full, the word is not ASCII, or another word with the same hash holds the slot.
    @inline(__always)
    func entry(_ t: SegmentedText, _ j: Int) -> Int {
        let h = t.h(j)
        let tok = t.tokens[j]
        let s = Int(tok.start), n = Int(tok.end) - s
        if let e = index.get(h) {
            let e = Int(e), o = offsets[e]
            guard offsets[e + 1] - o == n else { return -1 }
            for k in 0..<n where Normalizer.lowerASCII(t.text[s + k]) != bytes[o + k] { return -1 }
            return e
        }
        guard lemmas.count < CountedNounCache.capacity else { return -1 }
        for k in 0..<n where t.text[s + k] >= 0x80 { return -1 }
        for k in 0..<n { bytes.append(Normalizer.lowerASCII(t.text[s + k])) }
        offsets.append(bytes.count)
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
