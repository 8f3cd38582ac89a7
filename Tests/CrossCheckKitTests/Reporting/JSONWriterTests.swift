import Foundation
import Testing
@testable import CrossCheckKit

/// The byte writer must give exactly what the scalar-by-scalar `String` writer gave before it (the
/// reference below), and the streamed report exactly what its `JSONValue` tree renders to.
@Suite struct JSONWriterTests {
    /// The escaping rules as first written, one Unicode scalar at a time.
    static func referenceQuoted(_ s: String) -> String {
        let hexDigits = Array("0123456789abcdef")
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let v = Int(scalar.value)
                    out += "\\u"
                    for shift in [12, 8, 4, 0] { out.append(hexDigits[(v >> shift) & 0xF]) }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func written(_ body: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter(pretty: false)
        body(&w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    @Test func stringsEscapeAsTheScalarWriterDid() {
        let samples = [
            "", "plain ascii", "a\"b\\c/d", "\u{7F}del", "line\u{2028}sep\u{2029}para", "\u{2027}\u{202A}\u{2030}",
            "em—dash “quoted” ‘single’ … €5", "𝄞 clef, é, ß, 日本", "\r\n\t\u{08}\u{0C}\u{0B}\u{1F}\u{0}",
            "ends with \u{E2}\u{80}"  // as text: "â" and a C1 control, not a truncated U+2028
        ]
        var all = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        all += samples
        all.append(samples.joined(separator: "|"))
        for s in all {
            #expect(Self.written { $0.string(s) } == Self.referenceQuoted(s), "\(Array(s.unicodeScalars))")
        }
    }

    @Test func randomStringsEscapeAsTheScalarWriterDid() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", " ", "\"", "\\", "\n", "\u{1}", "\u{7F}", "\u{2028}", "\u{2029}", "\u{2026}",
                                          "\u{201C}", "é", "\u{E2}", "\u{80}", "\u{A8}", "𝄞", "\u{2027}"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var s = String.UnicodeScalarView()
            let plainRun = Bool.random(using: &rng)
            for _ in 0..<Int.random(in: 0...40, using: &rng) {
                // Some strings mostly plain ASCII, so whole eight-byte blocks are skipped around the odd escape.
                s.append(plainRun && Int.random(in: 0..<8, using: &rng) > 0 ? "x" : alphabet.randomElement(using: &rng)!)
            }
            let text = String(s)
            #expect(Self.written { $0.string(text) } == Self.referenceQuoted(text))
        }
    }

    @Test func integersPrintAsTheirDoubleFormDid() {
        for n in [0, 1, -1, 9, 10, 99, 100, 12345, -987654321, Int(Int32.max), 9_007_199_254_740_991, -9_007_199_254_740_991,
                  9_007_199_254_740_992, Int.max, Int.min] {
            #expect(Self.written { $0.int(n) } == JSONValue.format(Double(n)), "\(n)")
        }
        for d in [0.0, -0.0, 1.5, -12.0, 1e-5, 1.5e20, 1e300, .nan, .infinity, 24966.218] {
            #expect(Self.written { $0.number(d) } == JSONValue.format(d), "\(d)")
        }
    }

    @Test func streamedReportEqualsItsTree() {
        let filtered = ReportFilter(baseline: Baseline(entries: [.init(id: "a1b2c3d4e5f60718")]), minSeverity: .warning)
            .apply(ReportFixtures.full())
        for report in [ReportFixtures.full(), ReportFixtures.empty(), filtered] {
            for pretty in [true, false] {
                let streamed = JSONRenderer(pretty: pretty).renderBytes(report)
                let tree = JSONRenderer.json(report).rendered(pretty: pretty)
                #expect(String(decoding: streamed, as: UTF8.self) == tree)
                #expect(JSONRenderer(pretty: pretty).render(report) == tree)
            }
        }
    }
}

@Suite struct JSONChunkedRenderTests {
    @Test func piecesJoinToTheWholeTextAndEachIsValidUTF8() {
        let report = ReportFixtures.full()
        for pretty in [true, false] {
            let whole = JSONRenderer(pretty: pretty).renderBytes(report)
            for chunk in [1, 100, 1 << 16] {
                var pieces: [[UInt8]] = []
                JSONRenderer(pretty: pretty).render(report, chunkSize: chunk) { pieces.append($0) }
                #expect(Array(pieces.joined()) == whole)
                #expect(pieces.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
                if chunk == 1 { #expect(pieces.count > 10) }
            }
        }
    }
}
