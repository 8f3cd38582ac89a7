import Testing
@testable import CrossCheckKit

/// One `PeopleScanner.Scratch` serves source after source (its name cache keeps the displays and keys
/// of earlier sources' spellings), and vocabularies with other honorifics, without changing a mention.
@Suite struct PeopleScannerScratchTests {
    @Test func reusedScratchChangesNoMention() throws {
        let shipped = PeopleVocabulary(lexicons: PeopleVocabulary.shippedLexicons)
        // A vocabulary where "Colonel" is an honorific: a run's display then drops a leading "Colonel".
        let extra = try RuleSet.parse(files: [("h.json5", "{ version: 1, lexicons: { honorific: [ \"colonel\", \"mr\" ], \"name-particle\": [ \"van\" ] } }")])
        let other = PeopleVocabulary(lexicons: extra.lexicons)
        let texts = [
            "Mayor Ana Lind said the ferry sank. Lind, 54, visited the pier. Ana Lind's aide agreed.",
            "Ana Lind said on Monday that José Núñez would come. Núñez, 61, declined, said Lind.",
            "Colonel Ana Lind met Kim Jong-un in Pyongyang. Kim Jong-un said little; Mr Lind laughed.",
            "",
            "Ursula von der Leyen and Piet van Dijk spoke. Van Dijk said the talks, said Leyen, went well.",
            "Ana  Lind and José Núñez and Ana Lind again: Lind, Núñez, Kim.",
        ]
        let scratch = PeopleScanner.Scratch()
        var mentions = 0
        func check(_ vocabulary: PeopleVocabulary, _ text: String) {
            let segmented = Segmenter().segment(Array(text.utf8))
            let scanner = PeopleScanner(vocabulary: vocabulary)
            let fresh = scanner.scan(segmented)
            let reused = scanner.scan(segmented, scratch: scratch)
            #expect(reused.mentions == fresh.mentions, "\(text)")
            #expect(reused.forms == fresh.forms, "\(text)")
            #expect(reused.formCount == fresh.formCount, "\(text)")
            mentions += fresh.mentions.count
        }
        // Twice over with one vocabulary (the second round finds every spelling cached), then
        // alternating the vocabularies source by source (the cache is emptied at every switch).
        for _ in 0..<2 {
            for text in texts { check(shipped, text) }
        }
        for text in texts {
            check(other, text)
            check(shipped, text)
        }
        #expect(mentions > 20)
    }
}
