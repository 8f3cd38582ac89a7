import Testing
@testable import CrossCheckKit

@Suite struct AttributesTests {
    @Test func readsLikeADictionary() {
        var a: Attributes = ["surface": "Kim", "key": "kimjongun", "resolved": "true"]
        #expect(a["surface"] == "Kim")
        #expect(a["key"] == "kimjongun")
        #expect(a["resolved"] == "true")
        #expect(a["missing"] == nil)
        #expect(a.count == 3)
        a["surface"] = "Kim Jong-un"
        #expect(a["surface"] == "Kim Jong-un")
        #expect(a.count == 3)
        a["head"] = "leader"
        #expect(a.count == 4)
        a["key"] = nil
        #expect(a["key"] == nil)
        #expect(a.count == 3)
        a["absent"] = nil
        #expect(a.count == 3)
        #expect(a.dictionary == ["surface": "Kim Jong-un", "resolved": "true", "head": "leader"])
    }

    @Test func iteratesInKeyOrderWhateverTheInsertionOrder() {
        var a = Attributes()
        #expect(a.isEmpty)
        for (k, v) in [("words", "5"), ("attribution", "pronoun"), ("style", "full"), ("clipped", "true"), ("marks", "single")] {
            a[k] = v
        }
        #expect(a.keys == ["attribution", "clipped", "marks", "style", "words"])
        #expect(a.map(\.value) == ["pronoun", "true", "single", "full", "5"])
        #expect(!a.isEmpty)
    }

    @Test func equalityAndHashIgnoreInsertionOrder() {
        var a = Attributes(), b = Attributes(minimumCapacity: 3)
        a["x"] = "1"; a["y"] = "2"; a["z"] = "3"
        b["z"] = "3"; b["x"] = "1"; b["y"] = "2"
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        b["y"] = "4"
        #expect(a != b)
        #expect(Attributes(["x": "1", "y": "2", "z": "3"]) == a)
        let empty: Attributes = [:]
        #expect(empty == Attributes())
        #expect(empty != a)
    }

    @Test func laterLiteralValueWins() {
        let a: Attributes = ["k": "first", "k": "second"]
        #expect(a.count == 1)
        #expect(a["k"] == "second")
    }
}

@Suite struct AttributesEncodingTests {
    @Test func longAndNonASCIIKeysAndValuesRoundTrip() {
        // Lengths that need one, two and three length bytes, empty strings, and non-ASCII text.
        let values = ["", "x", String(repeating: "a", count: 127), String(repeating: "b", count: 128),
                      String(repeating: "é", count: 9_000), String(repeating: "z", count: 20_000), "Ōsaka 大阪 🚢"]
        for (n, v) in values.enumerated() {
            let keys = ["k\(n)", "ключ", "é", ""]
            var a = Attributes()
            for k in keys { a[k] = v }
            #expect(a.count == keys.count)
            for k in keys { #expect(a[k] == v) }
            let built = Attributes(sortedKeysAndValues: keys.sorted().flatMap { [$0, v] })
            #expect(built == a)
            #expect(built.map(\.key) == keys.sorted())
            #expect(built.map(\.value) == Array(repeating: v, count: keys.count))
            #expect(built.keeping(["é"]) == Attributes(["é": v]))
        }
    }

    @Test func keysCompareAsStrings() {
        // "é" written precomposed and decomposed is one key, as a dictionary's would be.
        var a: Attributes = ["caf\u{E9}": "1"]
        #expect(a["cafe\u{301}"] == "1")
        a["cafe\u{301}"] = "2"
        #expect(a.count == 1)
        #expect(a["caf\u{E9}"] == "2")
    }

    @Test func fixedPairsEncodeAsTheSortedArrayDoes() {
        let long = String(repeating: "wörd ", count: 40)  // a length over 127 bytes takes two length bytes
        #expect(Attributes(sorted: "of", long) == Attributes(sortedKeysAndValues: ["of", long]))
        #expect(Attributes(sorted: "of", "troops") == ["of": "troops"])
        #expect(Attributes(sorted: "of", "x", "vague", long) == ["vague": long, "of": "x"])
        let three = Attributes(sorted: "of", "x", "qualifier", "at least", "vague", "true")
        #expect(three == Attributes(sortedKeysAndValues: ["of", "x", "qualifier", "at least", "vague", "true"]))
        #expect(three.map(\.key) == ["of", "qualifier", "vague"] && three["qualifier"] == "at least")
    }
}
