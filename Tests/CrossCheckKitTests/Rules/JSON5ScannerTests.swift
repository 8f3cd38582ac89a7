import Testing
@testable import CrossCheckKit

@Suite struct JSON5ScannerTests {
    @Test func readsJSON5() throws {
        let text = """
        // comment
        { unquoted: 'single', "double": "a\\"b", hex: 0x1F, lead: .5, trail: 5., plus: +3, list: [1, 2,], /* block */
          cont: 'one \\
        two', nested: { t: true, f: false, n: null }, }
        """
        let node = try JSON5Scanner.parse(Array(text.utf8))
        let m = try #require(node.members)
        #expect(m.map(\.key) == ["unquoted", "double", "hex", "lead", "trail", "plus", "list", "cont", "nested"])
        #expect(m[0].node.string == "single")
        #expect(m[1].node.string == "a\"b")
        #expect(m[2].node.number == 31)
        #expect(m[3].node.number == 0.5)
        #expect(m[4].node.number == 5)
        #expect(m[5].node.number == 3)
        #expect(m[6].node.array?.count == 2)
        #expect(m[7].node.string == "one two")
        #expect(m[8].node.members?.map(\.key) == ["t", "f", "n"])
    }

    @Test func stringOffsetsMapEscapesBackToTheFile() throws {
        let text = #"{ p: "a\"bc" }"#
        let node = try JSON5Scanner.parse(Array(text.utf8))
        let p = try #require(node.members?.first?.node)
        // decoded: a " b c ; file offsets: a=6, \"=7 (the backslash), b=9, c=10
        #expect((0..<4).map { p.offset(ofStringByte: $0) } == [6, 7, 9, 10])
    }

    @Test func errorsCarryOffsets() {
        func offset(_ s: String) -> Int? {
            do { _ = try JSON5Scanner.parse(Array(s.utf8)); return nil } catch { return error.offset }
        }
        #expect(offset("{ a: 1 b: 2 }") == 7)
        #expect(offset("{ a: [1, 2 }") == 11)
        #expect(offset("{ a: 'x }") == 5)
        #expect(offset("{ a: nope }") == 5)
        #expect(offset("{ a: 1 } x") == 9)
        #expect(offset("/* open") == 0)
    }

    @Test func hugeUnrolledPatternsAreRejected() {
        #expect(throws: InputError.self) {
            _ = try RuleTestSupport.ruleSet(RuleTestSupport.singleRule("((a{50}){50}){50}"))
        }
    }
}
