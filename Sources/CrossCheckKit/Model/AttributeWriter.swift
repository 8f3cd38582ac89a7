/// The attributes of one recognition, written straight into `Attributes`' encoded form (each key and
/// value as its UTF-8 length in LEB128 and its bytes, keys ascending: the bytes
/// `Attributes(sortedKeysAndValues:)` writes) in one buffer a recognizer reuses for every recognition
/// of a source, then copied out at their exact size: no array of key and value Strings per recognition.
/// (The person, official and quote recognizers write theirs with it.)
struct AttributeWriter {
    /// Room for the bytes (made at the first `reset`: a source without a recognition allocates
    /// nothing), the first `count` of them written.
    private var buffer: [UInt8] = []
    private var count = 0

    init() {}

    /// Starts the next recognition's attributes.
    mutating func reset() {
        if buffer.isEmpty { buffer = [UInt8](repeating: 0, count: 256) }
        count = 0
    }

    /// Appends a key or a value (keys must come in ascending order, each followed by its value).
    mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { write($0) }
    }

    /// Appends a key (or a fixed value such as "true"), from its static bytes: no String to read.
    mutating func append(_ s: StaticString) {
        write(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Keys and values encoded in turn (a fixed pair, or a key alone), for `append(encoded:)`: made once
    /// per recognizer, not once per recognition.
    static func encoded(_ strings: String...) -> [UInt8] {
        var out: [UInt8] = []
        for var s in strings { s.withUTF8 { Attributes.appendEncoded($0, to: &out) } }
        return out
    }

    /// Appends pairs (or a key) already encoded, e.g. once for all recognitions: a fixed key and value.
    mutating func append(encoded bytes: [UInt8]) {
        let n = bytes.count
        guard n > 0 else { return }
        reserve(n)
        let at = count
        buffer.withUnsafeMutableBufferPointer { b in bytes.withUnsafeBufferPointer { (b.baseAddress! + at).update(from: $0.baseAddress!, count: n) } }
        count = at + n
    }

    /// Appends the text of tokens `range` (`text.string(tokens: range)`): its bytes as they are when
    /// ASCII (the String would hold the same bytes), else through that String.
    mutating func append(_ text: SegmentedText, tokens range: Range<Int>) {
        guard !range.isEmpty else { write(UnsafeBufferPointer(start: nil, count: 0)); return }
        let span = text.span(tokens: range)
        let ascii: Bool = text.text.withUnsafeBufferPointer { b in
            guard Normalizer.isASCII(b, span.start, span.end) else { return false }
            write(UnsafeBufferPointer(rebasing: b[span.start..<span.end]))
            return true
        }
        if !ascii { append(text.string(tokens: range)) }
    }

    private mutating func write(_ u: UnsafeBufferPointer<UInt8>) {
        let n = u.count
        // (At most 10 length bytes for any Int.)
        reserve(n + 10)
        let end: Int = buffer.withUnsafeMutableBufferPointer { b in
            var i = count
            Attributes.writeLength(n, to: b, at: &i)
            if let from = u.baseAddress, n > 0 { (b.baseAddress! + i).update(from: from, count: n) }
            return i + n
        }
        count = end
    }

    /// Room for `n` more bytes.
    private mutating func reserve(_ n: Int) {
        if count + n > buffer.count { buffer += [UInt8](repeating: 0, count: max(buffer.count, count + n - buffer.count)) }
    }

    /// The attributes written since `reset`, in storage of exactly their size.
    func attributes() -> Attributes {
        let n = count
        // (A copy of the written bytes, not a zero-filled array written over.)
        return Attributes(encoded: buffer.withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[0..<n])) })
    }
}
