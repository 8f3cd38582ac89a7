/// What the evidence of one source's claims is read from, shared by all of that evidence: the source
/// (its fields, analysis text, offset map and line starts), its sentences and the array holding its
/// claims. Every array here is the one the analyzed cluster already holds (copy-on-write storage, not a
/// copy), so an evidence entry costs a reference and an index instead of its own strings; its line,
/// column, surface text and sentence are read from the text when a renderer asks for them.
final class ClaimOrigin: Sendable {
    /// The fields every evidence of the source shows (id, file, outlet, published).
    let fields: Shared<Evidence.SourceFields>
    /// The source: analysis text, offsets back to the file, line starts.
    let source: Source
    /// The segmented text's bytes and sentences (a claim's `sentence` indexes `sentences`).
    let text: [UInt8]
    let sentences: [Sentence]
    /// The array holding the source's claims (an evidence entry holds its index here).
    let claims: [Claim]

    init(fields: Shared<Evidence.SourceFields>, source: Source, text: [UInt8], sentences: [Sentence], claims: [Claim]) {
        self.fields = fields
        self.source = source
        self.text = text
        self.sentences = sentences
        self.claims = claims
    }

    /// The sentence holding claim `c` ("" when its index is out of range).
    func sentence(of c: Claim) -> String {
        guard c.sentence >= 0, c.sentence < sentences.count else { return "" }
        let span = sentences[c.sentence].span
        return String(decoding: text[span.start..<span.end], as: UTF8.self)
    }
}
