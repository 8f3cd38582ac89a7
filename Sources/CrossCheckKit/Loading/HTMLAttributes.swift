/// The attributes of an HTML start tag, read in one pass over its bytes: what `HTMLPublishedDate` reads
/// of `meta`, `time` and `script` tags, and what `PageFurniture` reads of blocks (`class`, `id`).
struct HTMLAttributes: Sendable {
    /// The attributes from `start` (after the tag's name) to its `>`, in order (a repeated name each
    /// time), names lower-cased, and the values of `lowercasing`'s names too; a value longer than
    /// `maxValue` bytes is read as empty (a page may carry megabytes in one attribute); and the offset
    /// after the tag.
    static func read(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, end n: Int, maxValue: Int,
                     lowercasing: Set<String>) -> (pairs: [(name: String, value: String)], end: Int) {
        var out: [(name: String, value: String)] = []
        var i = start
        while i < n {
            while i < n, HTMLConverter.isSpace(buf[i]) || buf[i] == 0x2F { i += 1 }
            guard i < n, buf[i] != 0x3E else { break }
            let nameStart = i
            while i < n, !HTMLConverter.isSpace(buf[i]), buf[i] != 0x3D, buf[i] != 0x3E, buf[i] != 0x2F { i += 1 }
            let name = HTMLConverter.lowerName(buf, nameStart..<i)
            while i < n, HTMLConverter.isSpace(buf[i]) { i += 1 }
            var value = ""
            if i < n, buf[i] == 0x3D {
                i += 1
                while i < n, HTMLConverter.isSpace(buf[i]) { i += 1 }
                if i < n, buf[i] == 0x22 || buf[i] == 0x27 {
                    let q = buf[i]
                    let from = i + 1
                    i = from
                    while i < n, buf[i] != q { i += 1 }
                    if i - from <= maxValue { value = String(decoding: UnsafeBufferPointer(rebasing: buf[from..<min(i, n)]), as: UTF8.self) }
                    if i < n { i += 1 }
                } else {
                    let from = i
                    while i < n, !HTMLConverter.isSpace(buf[i]), buf[i] != 0x3E { i += 1 }
                    if i - from <= maxValue { value = String(decoding: UnsafeBufferPointer(rebasing: buf[from..<i]), as: UTF8.self) }
                }
            }
            if lowercasing.contains(name) { value = value.lowercased() }
            out.append((name, value))
        }
        return (out, min(i + 1, n))
    }
}
