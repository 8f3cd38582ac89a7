import Testing
@testable import CrossCheckKit

@Suite struct LineIndexTests {
    /// Line and column by counting from the buffer's start: what `location(ofByte:)` must answer.
    private func naive(_ bytes: [UInt8], _ offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for i in 0..<min(offset, bytes.count) {
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    @Test func shortLinesCountScalarsFromTheLineStart() {
        let bytes = Array("Året\nså ä\n\nend".utf8)
        let index = LineIndex(bytes)
        for offset in 0...bytes.count + 2 {
            let got = index.location(ofByte: offset), want = naive(bytes, offset)
            #expect(got.line == want.line && got.column == want.column, "offset \(offset)")
        }
    }

    /// Lines longer than a checkpoint stride, with multi-byte letters straddling the checkpoints: every
    /// offset answers as counting from the start does (the checkpoints only shorten the count).
    @Test func longLinesAnswerFromCheckpointsAsFromTheStart() {
        let stride = LineIndex.checkpointStride
        var bytes: [UInt8] = []
        // One line of about 3.5 strides mixing 1-, 2-, 3- and 4-byte scalars, a short line, then a line
        // of exactly one stride plus one byte, and a last line without a line feed.
        let pieces = ["a", "é", "€", "𝄞", "b c"]
        var k = 0
        while bytes.count < stride * 7 / 2 { bytes += Array(pieces[k % pieces.count].utf8); k += 1 }
        bytes += Array("\nshort\n".utf8)
        bytes += [UInt8](repeating: 0x78, count: stride + 1) + [0x0A]
        k = 0
        while bytes.count < stride * 7 { bytes += Array(pieces[(k * 3) % pieces.count].utf8); k += 1 }
        let index = LineIndex(bytes)
        var offsets = Set<Int>()
        for c in 0...(bytes.count / stride + 1) {
            for d in -5...5 { offsets.insert(c * stride + d) }
        }
        for o in Swift.stride(from: 0, through: bytes.count + 3, by: 97) { offsets.insert(o) }
        for offset in offsets.sorted() where offset >= 0 {
            let got = index.location(ofByte: offset), want = naive(bytes, offset)
            #expect(got.line == want.line && got.column == want.column, "offset \(offset)")
        }
    }
}
