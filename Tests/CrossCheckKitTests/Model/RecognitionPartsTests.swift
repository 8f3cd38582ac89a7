import Testing
@testable import CrossCheckKit

@Suite struct RecognitionPartsTests {
    @Test func readsLikeADictionaryInNameOrder() {
        var p: RecognitionParts = ["text": 3..<9, "speaker": 10..<12]
        #expect(p["text"] == 3..<9)
        #expect(p["speaker"] == 10..<12)
        #expect(p["honorific"] == nil)
        p["honorific"] = 1..<2
        p["text"] = 3..<7
        #expect(p.keys == ["honorific", "speaker", "text"])
        #expect(p.map(\.value) == [1..<2, 10..<12, 3..<7])
        p["speaker"] = nil
        #expect(p.count == 2 && p["speaker"] == nil)
        var q = RecognitionParts()
        q["text"] = 3..<7
        q["honorific"] = 1..<2
        #expect(p == q)
        q["text"] = 3..<8
        #expect(p != q)
    }

    @Test func sortedPairsEqualTheSameNamesAssigned() {
        let sorted = RecognitionParts(sorted: [.init(key: "noun", value: 4..<5), .init(key: "number", value: 2..<3),
                                               .init(key: "unit", value: 3..<4)])
        var assigned: RecognitionParts = ["number": 2..<3]
        assigned["unit"] = 3..<4
        assigned["noun"] = 4..<5
        #expect(sorted == assigned)
        #expect(sorted.keys == ["noun", "number", "unit"])
        #expect(sorted["unit"] == 3..<4)
        #expect(RecognitionParts(sorted: []) == RecognitionParts())
    }

    @Test func inlineAndArrayFormsReadAlike() {
        let inline = RecognitionParts(.noun, 4..<5, .number, 2..<3, .unit, 3..<4)
        #expect(inline == RecognitionParts(sorted: [.init(key: "noun", value: 4..<5), .init(key: "number", value: 2..<3),
                                                    .init(key: "unit", value: 3..<4)]))
        #expect(inline == ["unit": 3..<4, "noun": 4..<5, "number": 2..<3])
        #expect(inline.keys == ["noun", "number", "unit"] && inline["number"] == 2..<3 && inline["text"] == nil)
        #expect(inline[.number] == 2..<3 && inline[.unit] == 3..<4 && inline[.text] == nil)
        #expect(inline.map(\.value) == [4..<5, 2..<3, 3..<4])
        // A fourth part does not fit inline; removing it again gives parts equal to the inline ones.
        var four = inline
        four["text"] = 0..<1
        #expect(four.count == 4 && four.keys == ["noun", "number", "text", "unit"] && four["text"] == 0..<1)
        #expect(four[.text] == 0..<1 && four[.number] == 2..<3 && four[.name] == nil)
        #expect(four != inline)
        four["text"] = nil
        #expect(four == inline && Set([four, inline]).count == 1)
        // Names the recognizers do not use, and bounds beyond 32 bits.
        let custom: RecognitionParts = ["zeta": 1..<2, "name": 0..<1]
        #expect(custom.keys == ["name", "zeta"] && custom["zeta"] == 1..<2 && custom["name"] == 0..<1)
        let big = RecognitionParts(.name, 0..<(1 << 40))
        #expect(big["name"] == 0..<(1 << 40) && big != RecognitionParts(.name, 0..<1))
        let far = RecognitionParts(.name, (1 << 33)..<((1 << 33) + 2), .title, 5..<((1 << 24) + 5))
        #expect(far["name"] == (1 << 33)..<((1 << 33) + 2) && far["title"] == 5..<((1 << 24) + 5) && far.count == 2)
        #expect(RecognitionParts(.honorific, 1..<2, .name, 2..<4) == ["name": 2..<4, "honorific": 1..<2])
    }
}
