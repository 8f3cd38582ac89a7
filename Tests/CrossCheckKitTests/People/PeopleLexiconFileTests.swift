import Foundation
import Testing
@testable import CrossCheckKit

/// `Rules/people-lexicons.json5` documents the base lists the recognizers carry built in: every
/// built-in entry must be in the file and the shipped word lists hold nothing else, so the file never
/// silently disagrees with the code (user files extend the lists).
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

    @Test func builtInListsAreInTheFile() throws {
        let lex = try lexicons()
        let lists: [(String, [String])] = [
            ("title-modifier", PeopleVocabulary.builtinTitleModifiers), ("honorific", PeopleVocabulary.builtinHonorifics),
            ("name-particle", PeopleVocabulary.builtinParticles), ("speech-verb", PeopleVocabulary.builtinSpeechVerbs),
            ("organisation-word", PeopleVocabulary.builtinOrganisationWords), ("place", PeopleVocabulary.builtinPlaces),
            ("capitalized-function-word", PeopleVocabulary.builtinStopCaps), ("agency", PeopleVocabulary.builtinAgencies),
            ("generic-source", PeopleVocabulary.builtinGenericSources), ("compound-suffix", PeopleVocabulary.builtinCompoundSuffixes),
        ]
        for (name, words) in lists {
            let inFile = phrases(lex[name] ?? [])
            let builtIn = Set(words.map { $0.lowercased() })
            #expect(builtIn.subtracting(inFile).isEmpty, "\(name) lacks \(builtIn.subtracting(inFile).sorted())")
            #expect(inFile.subtracting(builtIn).isEmpty, "\(name) has extra \(inFile.subtracting(builtIn).sorted())")
        }
        let titles = lex["title"] ?? []
        let inFile = phrases(titles)
        let missing = PeopleVocabulary.builtinTitles.map { $0.0.lowercased() }.filter { !inFile.contains($0) }
        #expect(missing.isEmpty, "title lacks \(missing)")
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
        // A user title the base lists lack: "harbourmaster".
        let lex = Lexicons([Lexicon(name: "title", entries: [Lexicon.Entry(tokens: ["harbourmaster"], canonical: "harbour master", group: "harbour-master")])])
        let text = Segmenter().segment(Array("Harbourmaster Ivo Kranjc closed the port.".utf8))
        let without = OfficialRecognizer().recognize(text, context: RecognizerContext())
        let with = OfficialRecognizer().recognize(text, context: RecognizerContext(lexicons: lex))
        #expect(without.isEmpty)
        #expect(with.map(\.value.display) == ["Ivo Kranjc (harbour master)"])
    }
}
