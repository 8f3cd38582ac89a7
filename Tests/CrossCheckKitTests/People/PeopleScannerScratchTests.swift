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

    /// Long texts (the title index is then reset entry by entry, not whole), title phrases at other
    /// tokens from one text to the next, and texts without any in between (they leave the index as it
    /// was): the index is the one a fresh scratch makes.
    @Test func reusedScratchMakesTheSameTitleIndex() {
        let vocabulary = PeopleVocabulary(lexicons: PeopleVocabulary.shippedLexicons)
        let filler = String(repeating: "The ferry left the port on time and the crew said nothing more. ", count: 60)
        let texts = [
            "Mayor Ana Lind said the ferry sank. " + filler + "Foreign Minister Kim Jong-un arrived.",
            filler + "President José Núñez spoke. " + filler,
            filler,
            "The crew said little. " + filler + "Governor Ana Lind left.",
            "Mayor Ana Lind said the ferry sank.",
            filler + "Mayor Ana Lind said the ferry sank.",
        ]
        let scratch = PeopleScanner.Scratch()
        let scanner = PeopleScanner(vocabulary: vocabulary)
        var titled = 0
        for _ in 0..<2 {
            for text in texts {
                let segmented = Segmenter().segment(Array(text.utf8))
                let fresh = scanner.scan(segmented)
                let reused = scanner.scan(segmented, scratch: scratch)
                #expect(reused.titleIndex == fresh.titleIndex, "\(text.prefix(40))")
                #expect(reused.titles.map(\.canonical) == fresh.titles.map(\.canonical))
                titled += fresh.titles.count
            }
        }
        #expect(titled >= 10)
    }

    /// The analysis lists as quote words exactly the words the quote word filter lets through, in text
    /// order (inside title phrases too, and at a word where the title check stopped the first pass), with
    /// one scratch refilled source after source as with a fresh one.
    @Test func quoteWordsAreTheWordsTheFilterLetsThrough() {
        let vocabulary = PeopleVocabulary(lexicons: PeopleVocabulary.shippedLexicons)
        let filler = String(repeating: "The agency said he and she would come, state media reported. ", count: 30)
        let texts = [
            "\"We will rebuild,\" Mayor Ana Lind said. The president told reporters he agreed, according to state media.",
            filler + "Foreign Minister Kim Jong-un said the talks went well.",
            "",
            "Police Chief Ana Lind said: \"The news agency was wrong.\" She added nothing.",
            filler,
        ]
        let scratch = PeopleScanner.Scratch()
        var analysis = PeopleAnalysis(vocabulary: vocabulary, text: Segmenter().segment([]), scratch: scratch)
        var listed = 0
        for text in texts + texts {
            let segmented = Segmenter().segment(Array(text.utf8))
            let expected = segmented.tokens.indices.filter {
                segmented.tokens[$0].kind == .word && vocabulary.quoteWordFilter.mayContain(segmented.tokens[$0].hash)
            }.map { Int32($0) }
            analysis.refill(vocabulary: vocabulary, text: segmented, scratch: scratch)
            #expect(Array(analysis.quoteWords.prefix(analysis.quoteWordCount)) == expected, "\(text)")
            let fresh = PeopleAnalysis(vocabulary: vocabulary, text: segmented)
            #expect(Array(fresh.quoteWords.prefix(fresh.quoteWordCount)) == expected, "\(text)")
            listed += expected.count
        }
        #expect(listed > 100)
    }
}
