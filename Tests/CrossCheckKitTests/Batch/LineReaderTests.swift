import Foundation
import Testing
import CrossCheckKit

@Suite struct LineReaderTests {
    private func lines(_ reader: inout LineReader) -> [String] {
        var out: [String] = []
        while let l = reader.next() { out.append(String(decoding: l, as: UTF8.self)) }
        return out
    }

    private func viaPipe(_ text: String, chunk: Int) -> [String] {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data(text.utf8))
        try? pipe.fileHandleForWriting.close()
        var reader = LineReader(handle: pipe.fileHandleForReading, chunkSize: chunk)
        return lines(&reader)
    }

    @Test func splitsLinesAcrossChunkBoundaries() {
        let text = "first line\r\nsecond, longer line with “curly” quotes\n\nlast without newline"
        let expected = ["first line", "second, longer line with “curly” quotes", "", "last without newline"]
        for chunk in [1, 2, 3, 7, 64, 1 << 16] {
            #expect(viaPipe(text, chunk: chunk) == expected, "chunk \(chunk)")
        }
        var memory = LineReader(bytes: Array(text.utf8))
        #expect(lines(&memory) == expected)
    }

    @Test func emptyInputAndTrailingNewline() {
        #expect(viaPipe("", chunk: 4).isEmpty)
        #expect(viaPipe("a\n", chunk: 4) == ["a"])
        #expect(viaPipe("\n", chunk: 4) == [""])
    }
}
