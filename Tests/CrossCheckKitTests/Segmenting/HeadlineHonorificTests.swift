import Testing
@testable import CrossCheckKit

/// An honorific that ends a title-case headline ("..., Sir") belongs to neither the body's first sentence
/// nor the name that opens it.
@Suite struct HeadlineHonorificTests {
    func claims(_ text: String) throws -> [Claim] {
        let extractor = Extractor(rules: try RuleSet.builtin())
        let source = Source(id: "s", file: "s.txt", text: text)
        return extractor.extract(source, index: 0, text: extractor.segmenter.segment(source))
    }

    @Test func theNameBelowAHeadlineTakesNoHonorificFromIt() throws {
        let c = try claims("Retired Ferryman Gets a Thank You, Sir\nHarold Finch, 81, was honoured on Saturday.\n")
        // The name and the age are read in the body's sentence, which starts at the name.
        #expect(c.contains { $0.rule == "name.person" && $0.value == .name("Harold Finch") && $0.span.start > 38 })
        #expect(c.contains { $0.rule == "count.age" && $0.key == "age of Harold Finch" })
        #expect(!c.contains { $0.rule == "name.person" && $0.span.start < 38 })
    }

    @Test func aTitleHoldersHonorificAcrossALineBreakStaysHis() throws {
        let c = try claims("The talks ended late on Thursday, when Prime Minister Sir\nKeir Starmer left the building.\n")
        #expect(c.contains { $0.rule == "official.title" && $0.value == .official(name: "Keir Starmer", title: "prime minister") })
    }
}
