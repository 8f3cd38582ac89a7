import Testing
@testable import CrossCheckKit

@Suite struct PersonKeyMergerTests {
    @Test func nearIdenticalNamesMerge() {
        let m = PersonKeyMerger().merge(["kim jong un": 3, "kim jung un": 1, "Kim Jong-un": 1, "kim jong il": 2, "Dara Velk": 2, "velk": 1])
        #expect(m["kim jung un"] == "kim jong un")
        #expect(m["Kim Jong-un"] == "kim jong un")
        #expect(m["kim jong il"] == "kim jong il")
        #expect(m["velk"] == "dara velk")
    }

    @Test func shortNamesALetterApartAreTwoPeople() {
        // "Tom Hale, 52" and "Tim Hale, 49" are brothers, and "Mark Ellis, 61" and "Mary Ellis, 58" a couple,
        // not one person with two ages; "Jong" / "Jung" (not a first name) and "Ana" / "Anna" (a letter
        // dropped) are still one name spelled two ways.
        let m = PersonKeyMerger().merge(["tom hale": 1, "tim hale": 1, "hale": 1, "ana kolar": 1, "anna kolar": 1,
                                         "mark ellis": 1, "mary ellis": 1, "sergei lavrov": 1, "sergey lavrov": 2])
        #expect(m["tom hale"] == "tom hale" && m["tim hale"] == "tim hale")
        #expect(m["hale"] == "hale")
        #expect(m["ana kolar"] == m["anna kolar"])
        // A first name with one letter for another is another name unless it is long.
        #expect(m["mark ellis"] == "mark ellis" && m["mary ellis"] == "mary ellis")
        #expect(m["sergei lavrov"] == "sergey lavrov")
        #expect(PersonKeyMerger().merge(["tomás rehak": 2, "tomas rehak": 1])["tomas rehak"] == "tomás rehak")
    }

    @Test func loneSurnameWithTwoCandidatesStaysAlone() {
        let m = PersonKeyMerger().merge(["anna velk": 1, "dara velk": 1, "velk": 1])
        #expect(m["velk"] == "velk")
        #expect(m["anna velk"] == "anna velk")
    }
}

/// Middle names and initials: one person when they agree, never two people joined through a third.
@Suite struct PersonKeyMergerMiddleNameTests {
    @Test func initialAgreeingWithMiddleNameIsOnePerson() {
        let m = PersonKeyMerger().merge(["gregory alden pruett": 2, "gregory a pruett": 1, "Gregory A. Pruett": 1, "pruett": 1])
        #expect(m["gregory a pruett"] == "gregory alden pruett")
        #expect(m["Gregory A. Pruett"] == "gregory alden pruett")
        #expect(m["pruett"] == "gregory alden pruett")
    }

    @Test func missingMiddleNameIsOnePerson() {
        let m = PersonKeyMerger().merge(["gregory pruett": 1, "gregory alden pruett": 1])
        #expect(m["gregory pruett"] == m["gregory alden pruett"])
    }

    @Test func differentMiddleNamesOrInitialsStayApart() {
        let cases: [[String]] = [
            ["john q smith", "john r smith"], ["john quincy smith", "john quentin smith"], ["john quincy smith", "john r smith"],
            ["john a smith", "jane a smith"], ["john a smith", "john a smythe"], ["j smith", "john smith"],
            ["mary ann lee", "mary beth lee"], ["mary a b lee", "mary a c lee"],
        ]
        for c in cases {
            let m = PersonKeyMerger().merge([c[0]: 1, c[1]: 1])
            #expect(m[c[0]] != m[c[1]], "\(c)")
        }
    }

    /// A name that could be either of two people joins neither (nor joins them through it).
    @Test func ambiguousNameJoinsNeither() {
        let a = PersonKeyMerger().merge(["john smith": 1, "john q smith": 1, "john r smith": 1])
        #expect(Set([a["john smith"], a["john q smith"], a["john r smith"]]).count == 3)
        let b = PersonKeyMerger().merge(["john q smith": 1, "john quincy smith": 1, "john quentin smith": 1])
        #expect(b["john quincy smith"] != b["john quentin smith"])
        #expect(b["john q smith"] != b["john quincy smith"] && b["john q smith"] != b["john quentin smith"])
        // Agreeing on every side: one person.
        let c = PersonKeyMerger().merge(["john smith": 1, "john q smith": 1, "john quincy smith": 2])
        #expect(Set([c["john smith"], c["john q smith"], c["john quincy smith"]]) == ["john quincy smith"])
    }

    /// A hyphenated first name is no first name and middle name: "Jean-Pierre Dupont" and "Jean Dupont"
    /// may be two people.
    @Test func compoundFirstNameIsNoMiddleName() {
        let m = PersonKeyMerger().merge(["jean-pierre dupont": 1, "jean dupont": 1])
        #expect(m["jean-pierre dupont"] != m["jean dupont"])
        let e = PersonKeyMerger().merge(["antony\u{2010}eric easley": 1, "antony easley": 1, "antony e easley": 1])
        #expect(e["antony\u{2010}eric easley"] != e["antony easley"] && e["antony\u{2010}eric easley"] != e["antony e easley"])
        #expect(PersonKeyMerger.hasCompoundFirstName("jean-pierre dupont") && !PersonKeyMerger.hasCompoundFirstName("kim jong-un"))
        // Whichever spelling of the compound name sorts first.
        let s = PersonKeyMerger().merge(["jean pierre dupont": 1, "jean-pierre dupont": 1, "jean dupont": 1])
        #expect(s["jean dupont"] != s["jean-pierre dupont"] && s["jean pierre dupont"] == s["jean-pierre dupont"])
    }

    @Test func agreement() {
        func agree(_ a: String, _ b: String) -> Bool {
            PersonKeyMerger.middleNamesAgree(a.split(separator: " ").map(String.init), b.split(separator: " ").map(String.init))
        }
        #expect(agree("gregory a pruett", "gregory alden pruett"))
        #expect(agree("gregory pruett", "gregory alden pruett"))
        #expect(agree("anna m k lind", "anna maria karin lind"))
        #expect(!agree("gregory b pruett", "gregory alden pruett"))
        #expect(!agree("g pruett", "g a pruett"))
        #expect(!agree("anna m lind", "anna maria karin lind"))
        #expect(!agree("anna lind", "anna lind"))
    }

    @Test func withinOneEditAgreesWithTheFullDistance() {
        // Every pair of strings up to four scalars over a small alphabet (with an accented letter and a
        // scalar outside the BMP), against Levenshtein's table.
        func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
            var prev = Array(0...b.count)
            for i in 1...max(1, a.count) where !a.isEmpty {
                var cur = [i] + Array(repeating: 0, count: b.count)
                for j in stride(from: 1, through: b.count, by: 1) {
                    cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                prev = cur
            }
            return prev[b.count]
        }
        let alphabet: [Unicode.Scalar] = ["a", "b", "\u{E9}", "\u{1F6A2}"]
        var words: [[Unicode.Scalar]] = [[]]
        var last: [[Unicode.Scalar]] = [[]]
        for _ in 1...4 {
            last = last.flatMap { w in alphabet.map { w + [$0] } }
            words += last
        }
        var checked = 0
        for a in words where a.count <= 3 {
            for b in words {
                let (x, y) = (String(String.UnicodeScalarView(a)), String(String.UnicodeScalarView(b)))
                #expect(PersonKeyMerger.withinOneEdit(x, y) == (distance(a, b) <= 1), "\(x) / \(y)")
                checked += 1
            }
        }
        #expect(checked > 10_000)
        #expect(PersonKeyMerger().samePerson(["kim", "jong", "un"], ["kim", "jongun"]))
        #expect(!PersonKeyMerger().samePerson(["kim", "jong", "un"], ["kim", "jong"]))
        #expect(PersonKeyMerger().samePerson(["jos\u{E9}", "ruiz"], ["jose\u{301}ruiz"]))
    }
}
