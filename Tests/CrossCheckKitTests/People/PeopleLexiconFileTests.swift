import Foundation
import Testing
@testable import CrossCheckKit

/// `Rules/people-lexicons.json5` is the people and quote recognizers' only vocabulary (no word lists
/// in code): it is embedded in the binary, user files extend it, and without it the recognizers find
/// fewer people.
@Suite struct PeopleLexiconFileTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rules/people-lexicons.json5")

    struct Entry: Decodable {
        var phrase: String
        var canonical: String?
        var group: String?
        init(from decoder: Decoder) throws {
            if let s = try? decoder.singleValueContainer().decode(String.self) {
                phrase = s
                return
            }
            struct Object: Decodable { var phrase: String; var canonical: String?; var group: String? }
            let o = try Object(from: decoder)
            phrase = o.phrase
            canonical = o.canonical
            group = o.group
        }
    }

    struct File: Decodable {
        var version: Int
        var lexicons: [String: [Entry]]
    }

    func lexicons() throws -> [String: [Entry]] {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        return try decoder.decode(File.self, from: Data(contentsOf: Self.file)).lexicons
    }

    func phrases(_ entries: [Entry]) -> Set<String> {
        Set(entries.map { $0.phrase.lowercased() })
    }

    @Test func shippedVocabularyFileHoldsEveryPeopleLexicon() throws {
        // `PeopleVocabulary.shippedLexicons` parses only this file: every people lexicon of the built-in rules
        // must come from it, entry for entry.
        let all = try RuleSet.builtin().lexicons
        let own = PeopleVocabulary.shippedLexicons
        for name in PeopleVocabulary.lexiconNames {
            #expect(own[name] != nil, "\(name)")
            #expect(own[name] == all[name], "\(name)")
        }
    }

    @Test func shippedHonorificsReadAloneEqualTheParsedFiles() throws {
        // `PeopleVocabulary.shippedHonorifics` reads the honorific list without the rule-file parser:
        // the same words, entry for entry and as hashes, as the parsed file gives.
        let parsed = PeopleVocabulary.shippedLexicons
        let alone = PeopleVocabulary.shippedLexicons(named: ["honorific"])
        #expect(alone["honorific"]?.entries.map(\.tokens) == parsed["honorific"]?.entries.map(\.tokens))
        #expect((alone["honorific"]?.entries.count ?? 0) >= 10)
        #expect(PeopleVocabulary.shippedHonorifics.honorifics == PeopleVocabulary(lexicons: parsed).honorifics)
        #expect(PeopleVocabulary.shippedHonorifics.isHonorific("Mr."))
        // The shipped file takes the fast path (its lists found without parsing the whole file), so the
        // speed-up cannot vanish into the full-parse fallback unnoticed.
        let file = try #require(EmbeddedRules.files.first { $0.name == PeopleVocabulary.shippedFile })
        let slices = PeopleVocabulary.lexiconSlices(Array(file.contents.utf8), names: PeopleVocabulary.lexiconNames)
        #expect(slices?.map(\.key).sorted() == PeopleVocabulary.lexiconNames.sorted())
        // Every list read alone matches the parsed one.
        let all = PeopleVocabulary.shippedLexicons(named: PeopleVocabulary.lexiconNames)
        for name in PeopleVocabulary.lexiconNames {
            #expect(all[name]?.entries.map(\.tokens) == parsed[name]?.entries.map(\.tokens), "\(name)")
        }
    }

    @Test func titleGroupsMakeSynonymsCompatible() throws {
        let titles = try lexicons()["title"] ?? []
        var group: [String: String] = [:]
        for e in titles { if let g = e.group { group[e.phrase.lowercased()] = g } }
        #expect(group["aide"] == group["adviser"])
        #expect(group["advisor"] == group["adviser"])
        #expect(group["fm"] == group["foreign minister"])
        #expect(group["defence chief"] == group["minister of defense"])
        #expect(group["president"] != group["prime minister"])
    }

    @Test func fileLexiconsExtendTheRecognizers() {
        // A user title the shipped lexicons lack: "harbourmaster".
        let shipped = RecognizerExampleHarness.shipped.lexicons
        let user = Lexicon(name: "title", entries: [Lexicon.Entry(tokens: ["harbourmaster"], canonical: "harbour master", group: "harbour-master")])
        let text = Segmenter().segment(Array("Harbourmaster Ivo Kranjc closed the port.".utf8))
        let without = OfficialRecognizer().recognize(text, context: RecognizerContext(lexicons: shipped))
        let with = OfficialRecognizer().recognize(text, context: RecognizerContext(lexicons: Lexicons(shipped.byName.values.sorted { $0.name < $1.name } + [user])))
        #expect(without.isEmpty)
        #expect(with.map(\.value.display) == ["Ivo Kranjc (harbour master)"])
    }

    @Test func withoutLexiconsTheRecognizersFindFewerPeople() {
        // Only the lexicons know that "Dr" is an honorific and "Minister" a title.
        let text = Segmenter().segment(Array("Dr Osei examined the samples. Minister Rosa Delgado said the port would open.".utf8))
        let none = RecognizerContext()
        let shipped = RecognizerExampleHarness.shipped
        #expect(PersonRecognizer().recognize(text, context: shipped).map(\.value.display) == ["Osei", "Rosa Delgado"])
        #expect(!PersonRecognizer().recognize(text, context: none).map(\.value.display).contains("Osei"))
        #expect(OfficialRecognizer().recognize(text, context: shipped).map(\.value.display) == ["Rosa Delgado (minister)"])
        #expect(OfficialRecognizer().recognize(text, context: none).isEmpty)
        #expect(PeopleVocabulary.from(none).honorifics.isEmpty && PeopleVocabulary.from(none).titles.isEmpty)
    }

    @Test func quoteWordBitsAnswerTheFourListsInOneProbe() {
        // The quote recognizer's actor scan reads one table for what were four probes: each word's bits
        // are exactly its memberships in the speech verbs, the agencies, the generic sources' first words
        // and the speaker pronouns.
        let v = PeopleVocabulary(lexicons: PeopleVocabulary.shippedLexicons)
        typealias Q = PeopleVocabulary.QuoteWord
        func bits(_ w: String) -> Int32 { v.quoteWordBits.get(Token.hash(literal: w)) ?? 0 }
        for w in ["said", "told", "quoted", "reuters", "kcna", "the", "state", "he", "she", "harbour", "ferry", "they"] {
            let h = Token.hash(literal: w)
            var expected: Int32 = 0
            if v.speechVerbs.contains(h) { expected |= Q.speechVerb }
            if v.agencies.contains(h) { expected |= Q.agency }
            if v.startsGeneric(h) { expected |= Q.genericFirst }
            if h == PeopleVocabulary.speakerPronouns.he || h == PeopleVocabulary.speakerPronouns.she { expected |= Q.pronoun }
            #expect(bits(w) == expected, "\(w)")
        }
        #expect(bits("said") == Q.speechVerb)
        #expect(bits("reuters") == Q.agency)
        #expect(bits("he") == Q.pronoun)
        #expect(bits("the") & Q.genericFirst != 0)
        #expect(bits("harbour") == 0)
    }
}
