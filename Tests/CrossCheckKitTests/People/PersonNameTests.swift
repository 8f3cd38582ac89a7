import Testing
@testable import CrossCheckKit

@Suite struct PersonNameTests {
    @Test func romanizationAndHyphenationShareOneKey() {
        #expect(PersonName.key("Kim Jong Un") == PersonName.key("Kim Jong-un"))
        #expect(PersonName.key("Kim Jong-Un") == PersonName.key("kim jongun"))
        #expect(PersonName.key("Park Min-jun") == "parkminjun")
        #expect(PersonName.key("Mr Park Min-jun’s") == "parkminjun")
        #expect(PersonName.key("José Núñez") == PersonName.key("Jose Nunez"))
        #expect(PersonName.key("Walter J. Brennan") == "walterjbrennan")
        #expect(PersonName.key("Anna Berglund") != PersonName.key("Anna Berglind"))
    }

    @Test func romanizationKeyMeetsVowelVariants() {
        #expect(PersonName.romanizationKey("Kim Jong Un") == PersonName.romanizationKey("Kim Jung Un"))
        #expect(PersonName.romanizationKey("Sergey Varga") == PersonName.romanizationKey("Sergei Varga"))
        #expect(PersonName.romanizationKey("Anna Berglund") != PersonName.romanizationKey("Anna Brandt"))
    }

    @Test func displayDropsHonorificsAndPossessives() {
        #expect(PersonName.display("Mr  Park’s") == "Park")
        #expect(PersonName.display("Dr. Ilse Marten") == "Ilse Marten")
        #expect(PersonName.display("Leif-Arne Dahl") == "Leif-Arne Dahl")
        // Each way off the fast path (surfaces that are already clean are returned as they are).
        #expect(PersonName.display("Ms Rosa Delgado's") == "Rosa Delgado")
        #expect(PersonName.display("Delgado’s") == "Delgado")
        #expect(PersonName.display("Rosa\nDelgado") == "Rosa Delgado")
        #expect(PersonName.display("Rosa  Delgado") == "Rosa Delgado")
        #expect(PersonName.display("Mr Park") == "Park")
        #expect(PersonName.display("Mr") == "Mr")
        #expect(PersonName.display("Park Min-jun") == "Park Min-jun")
        #expect(PersonName.parts("Park Min-jun") == ["Park", "Min-jun"])
    }

    @Test func shortMentionsReferToFullNames() {
        #expect(PersonName.canRefer("Marten", to: "Ilse Marten"))
        #expect(PersonName.canRefer("Mr Park", to: "Park Min-jun"))
        #expect(PersonName.canRefer("Dahl", to: "Leif-Arne Dahl"))
        #expect(!PersonName.canRefer("Brandt", to: "Ilse Marten"))
        #expect(PersonName.samePerson("Kim Jong Un", "Kim Jong-un"))
        #expect(PersonName.samePerson("Marten", "Ilse Marten"))
        #expect(!PersonName.samePerson("Ilse Marten", "Anna Marten"))
    }

    @Test func recognizerResolvesSpellingsWithinASourceAndKeysAcrossSources() {
        let a = Segmenter().segment(Array("Leader Kim Jong Un met the envoy. Kim later left.".utf8))
        let b = Segmenter().segment(Array("Leader Kim Jong-un met the envoy. Mr Kim later left.".utf8))
        let ra = PersonRecognizer().recognize(a, context: RecognizerExampleHarness.shipped)
        let rb = PersonRecognizer().recognize(b, context: RecognizerExampleHarness.shipped)
        #expect(ra.count == 2 && rb.count == 2)
        let keysA = Set(ra.compactMap { $0.attributes["key"] })
        let keysB = Set(rb.compactMap { $0.attributes["key"] })
        #expect(keysA == ["kimjongun"] && keysB == ["kimjongun"])
        #expect(rb.last?.attributes["surface"] == "Kim")
        #expect(rb.last?.attributes["resolved"] == "true")
        #expect(rb.last?.parts["honorific"] != nil)
    }

    @Test func latinFastPathFoldsLikeFoundation() {
        // Every precomposed Latin letter U+00C0–U+017F, alone and capitalized in a word: the fast path
        // either declines (nil) or gives exactly Foundation's fold.
        var covered = 0
        for v in UInt32(0xC0)..<0x180 {
            let c = String(UnicodeScalar(v)!)
            for s in [c, "K" + c + "m", c + "9-x"] {
                if let fast = PersonName.latinFold(s) {
                    #expect(fast == PersonName.foundationFold(s), "U+\(String(v, radix: 16)) in \(s)")
                    covered += 1
                }
            }
        }
        #expect(covered > 400)
        // Many names mixing ASCII (letters, digits, punctuation, spaces) and Latin letters (a fixed
        // linear congruential sequence: the same names in every run).
        let alphabet = Array("abcxyzABCXYZ09 .-'’éÉñÑüÜçÇšŠžŽőŐřŘąĄłŁßøØæÆıİåÅ".unicodeScalars)
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var checked = 0
        for _ in 0..<3000 {
            var name = String.UnicodeScalarView()
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = 1 + Int((state >> 33) % 14)
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                name.append(alphabet[Int((state >> 33) % UInt64(alphabet.count))])
            }
            let s = String(name)
            if let fast = PersonName.latinFold(s) {
                #expect(fast == PersonName.foundationFold(s), "\(s)")
                checked += 1
            }
            #expect(PersonName.partKey(s) == PersonName.foundationFold(s), "\(s)")
        }
        #expect(checked > 100)
        #expect(PersonName.key("José Núñez") == "josenunez")
        #expect(PersonName.key("Antonín Dvořák") == "antonindvorak")
    }
}
