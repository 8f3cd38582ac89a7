import Testing
@testable import CrossCheckKit

@Suite struct SentenceAlignerTests {
    func item(_ s: String, source: Int) -> SentenceAligner.Item {
        let text = Segmenter().segment(Array(s.utf8))
        let words = text.tokens.filter { $0.kind == .word || $0.kind == .number }.map(\.hash)
        return SentenceAligner.Item(source: source, sentence: 0, words: words)
    }

    @Test func nearDuplicatesAlignAndOthersDoNot() {
        let items = [
            item("Cheering crowds greeted the visiting premier in Ostrava on Friday, where she opened a new rail link.", source: 0),
            item("Cheering crowds greeted the visiting premier in Ostrava on Friday where she opened the new rail link", source: 1),
            item("The rail link cost more than the city had planned, an auditor wrote in a report.", source: 2),
            item("Cheering crowds greeted the visiting premier in Ostrava on Friday.", source: 3),
        ]
        let reps = SentenceAligner().classes(items)
        #expect(reps[1] == reps[0])
        #expect(reps[3] == reps[0]) // shortened wire copy: contained in the longer version
        #expect(reps[2] == 2)
    }

    @Test func copiesShareTheirOriginalsBuckets() {
        // Word-for-word copies reuse the first copy's shingles and band keys; they must still sit in the
        // buckets, so a later near-duplicate that only a copy's bucket holds is found through it.
        let a = "Cheering crowds greeted the visiting premier in Ostrava on Friday, where she opened a new rail link."
        let items = [
            item(a, source: 0),
            item("The rail link cost more than the city had planned, an auditor wrote in a report.", source: 1),
            item(a, source: 2),
            item(a, source: 3),
            item("Cheering crowds greeted the visiting premier in Ostrava on Friday where she opened the new rail link", source: 4),
            item("The rail link cost more than the city had planned, an auditor wrote in a report.", source: 5),
        ]
        let reps = SentenceAligner().classes(items)
        #expect(reps == [0, 1, 0, 0, 0, 1])
    }

    @Test func shortSentencesAreNotAligned() {
        let reps = SentenceAligner().classes([item("He left.", source: 0), item("He left.", source: 1)])
        #expect(reps == [0, 1])
    }
}
