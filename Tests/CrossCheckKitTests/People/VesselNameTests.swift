import Testing
@testable import CrossCheckKit

/// Ship, boat and aircraft names are name-shaped but no persons: a name right after a vessel
/// noun or prefix (the `vessel` and `vessel-prefix` lexicons) is a vessel's, and so is the same name
/// elsewhere in its source; persons next to a vessel noun that modifies another noun, or after a
/// possessive, stay persons.
@Suite struct VesselNameTests {
    /// The mentions of the people scan, as "words -> canonical".
    private func mentions(_ text: String) -> [String] {
        scannedMentions(text).map { "\($0.words) -> \($0.mention.canonical)" }
    }

    /// The texts of the `name` claims of a source, extracted with the built-in rules.
    private func names(_ text: String) throws -> [String] {
        let source = Source(id: "s", file: "s.txt", published: PublishedTime(iso: "2025-05-02T09:00:00Z"), text: text)
        let claims = Extractor(rules: try RuleSet.builtin()).extract(source, index: 0, text: Segmenter().segment(source))
        let bytes = Array(text.utf8)
        return claims.filter { $0.kind == "name" }.map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    @Test func aNameAfterAVesselNounIsNoPerson() {
        #expect(mentions("The ferry Alva Nord ran aground off Hesby on Friday.") == [])
        #expect(mentions("Pilots boarded the tanker Orla Brenn at dawn.") == [])
        #expect(mentions("Guests aboard the cruise ship Sunna Vale were told to stay inside.") == [])
        #expect(mentions("Two crew were rescued from aboard the yacht Liv Harr near the reef.") == [])
        #expect(mentions("The airliner Nordic Wind landed safely, and the locomotive Kestrel Line ran late.") == [])
        // Written in capitals too ("Ferry" at a sentence's start, when the source also writes it in lower case).
        #expect(mentions("Ferry Alva Nord left at noon. The ferry was full.") == [])
    }

    @Test func aNameAfterAVesselPrefixIsNoPerson() {
        #expect(mentions("The MV Hedda Lund sank in the storm.") == [])
        #expect(mentions("HMS Tor Vikane and USS Dale Marsh sailed together, as did RMS Ida Fell.") == [])
        #expect(mentions("MS Eira Holm docked at the pier.") == [])
        // "Ms" written as an honorific is no prefix.
        #expect(mentions("Ms Eira Holm docked her boat at the pier.") == ["Eira Holm -> Eira Holm"])
    }

    @Test func theVesselsNameElsewhereInItsSourceIsNoPersonEither() {
        let text = "The ferry Alva Nord capsized on Tuesday. The Alva Nord, launched in 1994, carried 80 people. "
            + "Alva Nord was refitted last year, officials said."
        #expect(mentions(text) == [])
        // Its words alone do not resolve to it as a surname.
        #expect(mentions("The ferry Alva Nord capsized. Nord had been refitted, said owner Kari Dahl.") == ["Kari Dahl -> Kari Dahl"])
    }

    @Test func theSpreadStaysInsideItsSource() throws {
        // Each source is extracted alone: a source that never names the vessel after a vessel word keeps
        // reading the name as it did.
        #expect(try names("The ferry Alva Nord capsized on Tuesday. Alva Nord was refitted last year.") == [])
        #expect(try names("Alva Nord was refitted last year, officials said.") == ["Alva Nord"])
        // Also when one scratch scans both, one after the other (as the Extractor's threads do).
        let scanner = PeopleScanner(vocabulary: PeopleVocabulary(lexicons: PeopleVocabulary.shippedLexicons))
        let scratch = PeopleScanner.Scratch()
        let first = scanner.scan(Segmenter().segment(Array("The ferry Alva Nord capsized. Alva Nord sank.".utf8)), scratch: scratch)
        let second = scanner.scan(Segmenter().segment(Array("Alva Nord was refitted last year.".utf8)), scratch: scratch)
        #expect(first.mentions.isEmpty)
        #expect(second.mentions.map(\.canonical) == ["Alva Nord"])
    }

    @Test func aBareTheNameIsAVesselOnlyWhenTheSourceSaysSo() {
        // "The Queen Mary" style, with no vessel word anywhere: read as before (a person named elsewhere).
        #expect(mentions("Tove Rask said the Tove Rask trophy would be awarded.") == ["Tove Rask -> Tove Rask", "Tove Rask -> Tove Rask"])
        #expect(mentions("Crowds cheered as the Silver Dawn left Hesby, and the ship Silver Dawn sailed north.") == [])
    }

    @Test func personsNextToAVesselNounStayPersons() {
        #expect(mentions("The ferry's captain, Jonas Ekholm, said the sea was calm.") == ["Jonas Ekholm -> Jonas Ekholm"])
        #expect(mentions("The ferry operator Petra Lindgren said the vessel was sound.") == ["Petra Lindgren -> Petra Lindgren"])
        #expect(mentions("The boat's owner Ana Korel said she had sold it.") == ["Ana Korel -> Ana Korel"])
        #expect(mentions("Ferry passenger Tomas Brink, 41, said the deck was crowded.") == ["Tomas Brink -> Tomas Brink"])
        // A vessel noun used as a verb.
        #expect(mentions("A launch was sent to ferry Ana Korel across the bay.") == ["Ana Korel -> Ana Korel"])
        #expect(mentions("Coaches will train Tomas Brink for the race.") == ["Tomas Brink -> Tomas Brink"])
    }

    @Test func aPersonsContextElsewhereMakesTheNameAPersonThroughout() {
        // "the boat Ana Korel owned": after a vessel noun, but the source gives the name a person's context.
        let got = mentions("The boat Ana Korel owned was found empty. Survivor Ana Korel, 52, said she had sold it.")
        #expect(got == ["Ana Korel -> Ana Korel", "Ana Korel -> Ana Korel"], "\(got)")
        // A speech verb after the name is a person's context too.
        let said = mentions("Divers reached the ferry Jonas Ekholm commanded. Jonas Ekholm said the crew was safe.")
        #expect(said == ["Jonas Ekholm -> Jonas Ekholm", "Jonas Ekholm -> Jonas Ekholm"], "\(said)")
    }

    @Test func aOneWordVesselNameDoesNotHideASurname() {
        // "the yacht Brink" is no person, and is not read as Tomas Brink; his own mentions stay his.
        let got = mentions("Tomas Brink bought the yacht Brink in May. Brink said he would sail it home.")
        #expect(got == ["Tomas Brink -> Tomas Brink", "Brink -> Tomas Brink"], "\(got)")
    }

    @Test func theLexiconsAreShippedData() {
        // The nouns and prefixes come from the rule file (no word list in code): without lexicons a
        // name after "ferry" is read as a name, as any other.
        let vocabulary = PeopleVocabulary(lexicons: PeopleVocabulary.shippedLexicons)
        #expect(vocabulary.vesselNouns.contains(Token.hash(literal: "ferry")))
        #expect(vocabulary.vesselPrefixes.contains(Token.hash(literal: "mv")))
        let bare = PeopleScanner(vocabulary: PeopleVocabulary(lexicons: Lexicons()))
            .scan(Segmenter().segment(Array("Pilots boarded the ferry Alva Nord at dawn.".utf8)))
        #expect(bare.mentions.count == 1)
    }
}
