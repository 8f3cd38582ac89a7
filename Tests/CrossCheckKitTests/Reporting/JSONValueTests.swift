import Foundation
import Testing
import CrossCheckKit

@Suite struct JSONValueTests {
    @Test(arguments: [
        (398.0, "398"), (0.0, "0"), (-0.0, "0"), (-12.0, "-12"), (1.5, "1.5"), (0.1, "0.1"),
        (13500.0, "13500"), (1e-5, "0.00001"), (1.5e20, "150000000000000000000"), (24966.218, "24966.218"),
        (-0.000123, "-0.000123"), (1e15, "1000000000000000"), (1e300, "1e+300"), (2.5e-300, "2.5e-300"),
    ])
    func numberFormatting(value: Double, expected: String) {
        #expect(JSONValue.format(value) == expected)
        #expect(Double(JSONValue.format(value)) == value)
    }

    @Test func nonFiniteNumbersAreNull() {
        #expect(JSONValue.format(.nan) == "null")
        #expect(JSONValue.number(.infinity).rendered(pretty: false) == "null")
    }

    @Test func stringsAreEscaped() throws {
        let v = JSONValue.string("a\"b\\c\nd\te\u{01}f\u{2028}é—“x”")
        #expect(v.rendered(pretty: false) == "\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028é—“x”\"")
        #expect(try JSONValue.parse(v.rendered(pretty: false)) == v)
    }

    @Test func prettyLayoutSortsKeysAndIndentsByTwo() {
        let v = JSONValue.object(["b": .array([.int(1), .null]), "a": .object([:]), "B": .array([]), "ä": .bool(true)])
        #expect(v.rendered() == """
        {
          "B": [],
          "a": {},
          "b": [
            1,
            null
          ],
          "ä": true
        }

        """)
        #expect(v.rendered(pretty: false) == "{\"B\":[],\"a\":{},\"b\":[1,null],\"ä\":true}")
    }

    @Test func roundTripsThroughTheParser() throws {
        let v = JSONValue.object([
            "n": .array([.number(-3.25), .number(0.001), .int(42)]),
            "s": .string("𝄞 clef and \u{0} nul"),
            "o": .object(["x": .null, "y": .bool(false)]),
        ])
        #expect(try JSONValue.parse(v.rendered()) == v)
        #expect(try JSONValue.parse(v.rendered(pretty: false)) == v)
        // Foundation agrees the text is JSON.
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(v.rendered().utf8)) }
    }

    @Test func parsesEscapesAndSurrogatePairs() throws {
        #expect(try JSONValue.parse(#""\ud834\udd1e \u00e9 \/""#) == .string("𝄞 é /"))
        #expect(try JSONValue.parse(" [1e2, -0.5, 0] ") == .array([.number(100), .number(-0.5), .number(0)]))
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\":1,}", "01", "1.", "\"abc", "{\"a\" 1}", "tru", "[1] 2",
                      "{\"a\":1,\"a\":2}", "\"\\ud834\"", "\"\\x\"", "// comment\n{}", "\"a\nb\""])
    func rejectsInvalidJSON(text: String) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(text) }
    }

    @Test func parseErrorsGiveLineAndColumn() {
        do {
            _ = try JSONValue.parse("{\n  \"a\": 1,\n  \"b\": ]\n}")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.column == 8)
        }
    }
}
