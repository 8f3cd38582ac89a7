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
}
