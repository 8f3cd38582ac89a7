import Testing
@testable import CrossCheckKit

/// Speaker attribution cases beyond the recognizer's corpus (fictional text).
@Suite struct QuoteAttributionTests {
    func quotes(_ s: String) -> [(text: String, speaker: String?)] {
        let text = Segmenter().segment(Array(s.utf8))
        return QuoteRecognizer().recognize(text, context: RecognizerExampleHarness.shipped).compactMap {
            if case .quote(let t, let sp) = $0.value { return (t, sp) }
            return nil
        }
    }

    @Test func listenerAfterToldIsNotTheSpeaker() {
        let q = quotes("“The harbour will be busy all summer,” Jae-won Seo, a former pilot, told Velm Radio.")
        #expect(q.map(\.speaker) == ["Jae-won Seo"])
    }

    @Test func parentheticalBetweenSpeakerAndVerbIsSkipped() {
        let q = quotes("Governor Ilse Marten, writing in the Velm Courier -- the paper of the Harbour Party -- praised the “steady work of the crews” on Monday.")
        #expect(q.map(\.speaker) == ["Ilse Marten"])
    }

    @Test func possessorIsNotTheSubject() {
        let q = quotes("The Velm News Agency published a note on Mayor Tomas Okafor's arrival, describing the square as “full of cheering families”.")
        #expect(q.map(\.speaker) == ["Velm News Agency"])
    }

    @Test func pronounInNextParagraphResolvesToTheWriterNamedBefore() {
        let q = quotes("The port may grow, wrote Mira Solberg Haug, an analyst with the 38 Harbour program.\n\n“If the ferries keep running there is every reason to expect more trade,” she said in a report.")
        #expect(q.map(\.speaker) == ["Mira Solberg Haug"])
    }

    @Test func pronounPrefersTheLatestQuoteSpeakerOverTheListener() {
        let q = quotes("“We will stay,” Ilse Marten told Tomas Okafor.\n\nThe town “backs every single fisherman on the coast”, she said.")
        #expect(q.map(\.speaker) == ["Ilse Marten", "Ilse Marten"])
    }

    @Test func unattributedQuoteHasNoSpeaker() {
        let q = quotes("A banner on the hall read “Welcome to the new harbour of Velm.”")
        #expect(q.count == 1)
        #expect(q.first?.speaker == nil)
    }

    @Test func scareQuotesAndApostrophesAreNotQuotes() {
        #expect(quotes("The two sides signed a 'partnership' and the leaders’ aides met at the “Harbour Hall”.").isEmpty)
        #expect(quotes("Some troops 'accidentally' crossed; the countries' ties held.").isEmpty)
    }

    @Test func textKeepsOriginalCharacters() {
        let q = quotes("“It’s a ‘new era’ for Velm – truly,” Ilse Marten said.")
        #expect(q.first?.text == "It’s a ‘new era’ for Velm – truly,")
    }
}

@Suite struct QuoteRangeTests {
    @Test func multiSentenceQuoteKeepsWholeTextAndClipsOnlyTheRange() {
        let text = Segmenter().segment(Array("“The port is full. The ferries wait outside,” Tomas Okafor said.".utf8))
        let clipped = QuoteRecognizer().recognize(text, context: RecognizerExampleHarness.shipped)
        let whole = QuoteRecognizer(clipToSentence: false).recognize(text, context: RecognizerExampleHarness.shipped)
        #expect(clipped.count == 1 && whole.count == 1)
        #expect(clipped.first?.value == whole.first?.value)
        #expect(clipped.first?.attributes["clipped"] == "true")
        #expect(whole.first.map { text.string(tokens: $0.tokens) } == "“The port is full. The ferries wait outside,”")
        #expect(clipped.first.map { text.sentenceIndex(ofToken: $0.tokens.upperBound - 1) } == 0)
    }
}

/// The attributes a quote gets (written by the recognizer straight into their encoded form) equal
/// the same pairs built from a dictionary, and read back as written.
@Suite struct QuoteAttributeTests {
    func attributes(_ s: String) -> [Attributes] {
        let text = Segmenter().segment(Array(s.utf8))
        return QuoteRecognizer().recognize(text, context: RecognizerExampleHarness.shipped).map(\.attributes)
    }

    @Test func speakerVerbQuote() {
        let a = attributes("“We will rebuild the harbour wall,” Mayor Ilse Marten said on Monday.")
        #expect(a == [Attributes(["attribution": "speaker-verb", "speakerSurface": "Ilse Marten", "style": "full", "words": "6"])])
        #expect(a.first?["speakerSurface"] == "Ilse Marten")
    }

    @Test func nonASCIISpeakerSurface() {
        let a = attributes("“The ferry will run every hour,” said Søren Ærø Kühn.")
        #expect(a.first?["speakerSurface"] == "Søren Ærø Kühn")
        #expect(a.first?["attribution"] == "verb-speaker")
    }

    @Test func unclosedSingleAndParagraphs() {
        let a = attributes("“The first thing is the harbour wall.\n\n“The second thing is the ferry,” Ilse Marten said.")
        #expect(a.first?["paragraphs"] == "2")
        #expect(a.first?["clipped"] == "true")
        let b = attributes("Tomas Okafor said the port would \"stay open for all ships\n\nThe council met later.")
        #expect(b.first?["unclosed"] == "true")
        #expect(b.first?["style"] == "partial")
        let c = attributes("Tomas Okafor said the two towns had signed a 'harbour partnership' on Monday.")
        #expect(c.first?["marks"] == "single")
        #expect(c.first?["words"] == "2")
    }

    @Test func longQuoteWordCount() {
        let words = (0..<200).map { _ in "word" }.joined(separator: " ")
        let a = attributes("“\(words),” Ilse Marten said.")
        #expect(a.first?["words"] == "200")
        let keys = a.first.map { Array($0).map(\.key) } ?? []
        #expect(keys.contains("speakerSurface") && keys == keys.sorted())
    }
}

/// Speakers named beside an organisation, a place or a post, and quotations whose subject is unnamed.
@Suite struct QuoteSpeakerPhraseTests {
    func speakers(_ s: String) -> [String?] { QuoteAttributionTests().quotes(s).map(\.speaker) }

    /// "NAME of ORGANISATION said": the quotation is NAME's.
    @Test func personOfOrganisationIsTheSpeaker() {
        let cases = [
            ("Alan Marsden of British Transport Police said: \"This is a tragic day for us.\"", "Alan Marsden"),
            ("Alan Marsden, of British Transport Police, said: \"This is a tragic day for us.\"", "Alan Marsden"),
            ("Alan Marsden of the British Transport Police said: \"This is a tragic day for us.\"", "Alan Marsden"),
            ("Governor Andrew Bailey of the Bank of England said: \"Inflation will fall next year.\"", "Andrew Bailey"),
            ("Ingrid Sola of Velm Harbour Authority said the ferry \"would run every hour from May\".", "Ingrid Sola"),
            ("Professor Mira Haug of Velm University said: \"The data are not yet complete.\"", "Mira Haug"),
            // The person after the place is the speaker, as before.
            ("The mayor of Varno, Ana Lind, said: \"The bridge will reopen on Monday.\"", "Ana Lind"),
            // "of" after a common noun: the person is the one named after it.
            ("The wife of John Smith said: \"He was a kind and gentle man.\"", "John Smith"),
        ]
        for (text, speaker) in cases { #expect(speakers(text) == [speaker], "\(text)") }
    }

    /// "said PLACE post NAME": the place or team qualifies the person, who is the speaker.
    @Test func qualifierAndPostBeforeThePerson() {
        let cases = [
            ("\"These players gave everything,\" said Redmere manager Stefan Holloway.", "Stefan Holloway"),
            ("\"The results are strong,\" said Apple chief executive Tim Cook.", "Tim Cook"),
            ("\"We are ready,\" said former Redmere manager Stefan Holloway.", "Stefan Holloway"),
            ("\"It was a hard game,\" Redmere manager Stefan Holloway said.", "Stefan Holloway"),
            // Two people joined by "and": the first stays the speaker.
            ("\"We are pleased with the deal,\" said Ana Lind and Bob Marsh in a statement.", "Ana Lind"),
            ("\"We will appeal the ruling,\" said Anna Lind, a lawyer for Tomas Okafor.", "Anna Lind"),
        ]
        for (text, speaker) in cases { #expect(speakers(text) == [speaker], "\(text)") }
    }

    /// "a judge called it ...": an unnamed subject, not the actor further back.
    @Test func indefiniteSubjectIsNoNamedSpeaker() {
        #expect(speakers("Pruett, the former Corvell County treasurer, will spend 14 years in prison after a judge called his theft \"a betrayal of the very people who trusted you\".") == [nil])
        #expect(speakers("Ana Lind visited the site. A senior official later said \"the repairs will take many weeks\".") == [nil])
        // A named subject, an appositive, or a noun phrase ending before "and": the person.
        let named = [
            "Ana Lind, a lawyer, said \"the repairs will take many weeks\".",
            "Tomas Okafor met a delegation and said \"the repairs will take many weeks\".",
            "Ana Lind has a dog and said \"the repairs will take many weeks\".",
            "Ana Lind told a reporter \"the repairs will take many weeks\".",
        ]
        for text in named { #expect(speakers(text).first??.isEmpty == false, "\(text)") }
    }
}

/// The quote recognizer's written-out token hashes are the hashes of their words.
@Suite struct QuoteRecognizerHashTests {
    @Test func writtenOutHashesMatchTheirWords() {
        typealias H = QuoteRecognizer.Hash
        let pairs: [(UInt64, String)] = [(H.possessive, "'s"), (H.comma, ","), (H.colon, ":"), (H.dot, "."),
                                         (H.quoted, "quoted"), (H.according, "according"), (H.to, "to"), (H.the, "the")]
        for (h, w) in pairs { #expect(h == Token.hash(literal: w), "\(w)") }
        // The switches (the only written-out form of the two word lists) answer true for exactly the
        // listed words, among these and others.
        let others = ["said", "says", "telling", "quote", "asks", "call", "urge", "describe", "agencies", "new",
                      "medium", "tv", "radios", "paper", "time", "posts", "day", "the", "to", "according", "'s", ","]
        for w in H.objectVerbWords + H.agencyWordWords + others {
            let h = Token.hash(literal: w)
            #expect(H.isObjectVerb(h) == H.objectVerbWords.contains(w), "\(w)")
            #expect(H.isAgencyWord(h) == H.agencyWordWords.contains(w), "\(w)")
        }
    }

    /// A pronoun just past the last quotation's sentence still names its speaker (the actor scan stops
    /// some way after the last quotation, not at its sentence's end).
    @Test func pronounPastTheLastQuotationSentence() {
        let text = Segmenter().segment(Array("Ilse Marten arrived.\n\n“The harbour stays open,” said. She left.".utf8))
        let q = QuoteRecognizer().recognize(text, context: RecognizerExampleHarness.shipped).compactMap { r -> String? in
            if case .quote(_, let sp) = r.value { return sp }
            return nil
        }
        #expect(q == ["Ilse Marten"])
    }
}
