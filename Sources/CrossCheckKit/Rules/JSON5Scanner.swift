/// A position-tracking JSON5 parser over UTF-8 bytes (a byte loop, no regex): comments, trailing commas,
/// unquoted keys, single-quoted strings, hexadecimal numbers, `Infinity`/`NaN`, line continuations.
/// It produces `JSON5Node`s that remember their byte offsets, and syntax errors with the offset
/// where the scan stopped.
public struct JSON5Scanner {
    public struct SyntaxError: Error, Sendable {
        public var offset: Int
        public var message: String
    }

    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses the whole input as one value.
    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSON5Node {
        var s = JSON5Scanner(bytes)
        if s.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { s.i = 3 }
        try s.skipSpace()
        let v = try s.parseValue()
        try s.skipSpace()
        if s.i < s.bytes.count { throw s.error("unexpected \(s.describe(s.i)) after the end of the document") }
        return v
    }

    private func error(_ message: String, at offset: Int? = nil) -> SyntaxError {
        SyntaxError(offset: offset ?? i, message: message)
    }

    private func describe(_ at: Int) -> String {
        guard at < bytes.count else { return "end of file" }
        let b = bytes[at]
        if b >= 0x21 && b < 0x7F { return "'" + String(UnicodeScalar(b)) + "'" }
        return "character"
    }

    private mutating func skipSpace() throws(SyntaxError) {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C { i += 1; continue }
            if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { i += 2; continue }
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { i += 3; continue }
            if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { i += 3; continue }
            if b == 0x2F, i + 1 < bytes.count {
                if bytes[i + 1] == 0x2F {
                    while i < bytes.count && bytes[i] != 0x0A { i += 1 }
                    continue
                }
                if bytes[i + 1] == 0x2A {
                    let start = i
                    i += 2
                    while i + 1 < bytes.count && !(bytes[i] == 0x2A && bytes[i + 1] == 0x2F) { i += 1 }
                    if i + 1 >= bytes.count { throw error("unterminated /* comment", at: start) }
                    i += 2
                    continue
                }
            }
            return
        }
    }

    private mutating func parseValue() throws(SyntaxError) -> JSON5Node {
        guard i < bytes.count else { throw error("unexpected end of file: a value is missing") }
        let start = i
        switch bytes[i] {
        case 0x7B: return try parseObject()
        case 0x5B: return try parseArray()
        case 0x22, 0x27:
            let (s, offs) = try parseString()
            return JSON5Node(value: .string(s), offset: start, stringOffsets: offs)
        default:
            if let word = identifier() {
                switch word {
                case "true": return JSON5Node(value: .bool(true), offset: start)
                case "false": return JSON5Node(value: .bool(false), offset: start)
                case "null": return JSON5Node(value: .null, offset: start)
                case "Infinity": return JSON5Node(value: .number(.infinity), offset: start)
                case "NaN": return JSON5Node(value: .number(.nan), offset: start)
                default:
                    throw error("unexpected word '\(word)' (strings must be quoted)", at: start)
                }
            }
            return JSON5Node(value: .number(try parseNumber()), offset: start)
        }
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > 200 { throw error("nesting deeper than 200 levels") }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSON5Node {
        let start = i
        try enter()
        defer { depth -= 1 }
        i += 1
        var members: [JSON5Node.Member] = []
        while true {
            try skipSpace()
            guard i < bytes.count else { throw error("unterminated object: '}' missing for the '{' here", at: start) }
            if bytes[i] == 0x7D { i += 1; break }
            let keyOffset = i
            let key: String
            if bytes[i] == 0x22 || bytes[i] == 0x27 {
                key = try parseString().0
            } else if let word = identifier() {
                key = word
            } else {
                throw error("expected a key or '}' but found \(describe(i))")
            }
            try skipSpace()
            guard i < bytes.count, bytes[i] == 0x3A else { throw error("expected ':' after key '\(key)' but found \(describe(i))") }
            i += 1
            try skipSpace()
            let node = try parseValue()
            members.append(JSON5Node.Member(key: key, keyOffset: keyOffset, node: node))
            try skipSpace()
            guard i < bytes.count else { throw error("unterminated object: '}' missing for the '{' here", at: start) }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x7D { i += 1; break }
            throw error("expected ',' or '}' but found \(describe(i))")
        }
        return JSON5Node(value: .object(members), offset: start)
    }

    private mutating func parseArray() throws(SyntaxError) -> JSON5Node {
        let start = i
        try enter()
        defer { depth -= 1 }
        i += 1
        var items: [JSON5Node] = []
        while true {
            try skipSpace()
            guard i < bytes.count else { throw error("unterminated array: ']' missing for the '[' here", at: start) }
            if bytes[i] == 0x5D { i += 1; break }
            items.append(try parseValue())
            try skipSpace()
            guard i < bytes.count else { throw error("unterminated array: ']' missing for the '[' here", at: start) }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x5D { i += 1; break }
            throw error("expected ',' or ']' but found \(describe(i))")
        }
        return JSON5Node(value: .array(items), offset: start)
    }

    /// An ECMAScript-style identifier (ASCII letters, digits, `_`, `$`, and non-ASCII letters).
    private mutating func identifier() -> String? {
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            let isLetter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            let isDigit = b >= 0x30 && b <= 0x39
            if isLetter || b == 0x5F || b == 0x24 || b >= 0x80 || (isDigit && i > start) { i += 1 } else { break }
        }
        return i > start ? String(decoding: bytes[start..<i], as: UTF8.self) : nil
    }

    private mutating func parseString() throws(SyntaxError) -> (String, [Int]) {
        let quote = bytes[i]
        let start = i
        i += 1
        var out: [UInt8] = []
        var offs: [Int] = []
        while true {
            guard i < bytes.count else { throw error("unterminated string", at: start) }
            let b = bytes[i]
            if b == quote { offs.append(i); i += 1; break }
            if b == 0x0A || b == 0x0D { throw error("unterminated string (a line break inside a string needs a '\\' before it)", at: start) }
            if b != 0x5C { out.append(b); offs.append(i); i += 1; continue }
            let esc = i
            i += 1
            guard i < bytes.count else { throw error("unterminated string", at: start) }
            let c = bytes[i]
            i += 1
            func put(_ bs: [UInt8]) { for x in bs { out.append(x); offs.append(esc) } }
            switch c {
            case 0x6E: put([0x0A])
            case 0x74: put([0x09])
            case 0x72: put([0x0D])
            case 0x62: put([0x08])
            case 0x66: put([0x0C])
            case 0x76: put([0x0B])
            case 0x30: put([0x00])
            case 0x0A: break                                     // line continuation
            case 0x0D: if i < bytes.count && bytes[i] == 0x0A { i += 1 }
            case 0x78, 0x75:
                let n = c == 0x78 ? 2 : 4
                guard let v = hex(n) else { throw error("invalid \\\(c == 0x78 ? "x" : "u") escape", at: esc) }
                var scalar = v
                if c == 0x75, (0xD800..<0xDC00).contains(v), i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
                    i += 2
                    guard let lo = hex(4), (0xDC00..<0xE000).contains(lo) else { throw error("invalid surrogate pair", at: esc) }
                    scalar = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
                }
                put(Array(String(UnicodeScalar(UInt32(scalar)).map(Character.init) ?? "\u{FFFD}").utf8))
            default:
                // \" \' \\ \/ and any other character stand for themselves.
                out.append(c)
                offs.append(esc)
                // copy the rest of a multi-byte character
                while i < bytes.count && bytes[i] & 0xC0 == 0x80 { out.append(bytes[i]); offs.append(esc); i += 1 }
            }
        }
        return (String(decoding: out, as: UTF8.self), offs)
    }

    private mutating func hex(_ n: Int) -> Int? {
        guard i + n <= bytes.count else { return nil }
        var v = 0
        for k in 0..<n {
            let b = bytes[i + k]
            let d: Int
            switch b {
            case 0x30...0x39: d = Int(b) - 0x30
            case 0x41...0x46: d = Int(b) - 0x41 + 10
            case 0x61...0x66: d = Int(b) - 0x61 + 10
            default: return nil
            }
            v = v * 16 + d
        }
        i += n
        return v
    }

    private mutating func parseNumber() throws(SyntaxError) -> Double {
        let start = i
        var sign = 1.0
        if i < bytes.count && (bytes[i] == 0x2B || bytes[i] == 0x2D) {
            if bytes[i] == 0x2D { sign = -1 }
            i += 1
        }
        if let word = identifier() {
            if word == "Infinity" { return sign * .infinity }
            if word == "NaN" { return .nan }
            throw error("invalid number", at: start)
        }
        if i + 1 < bytes.count, bytes[i] == 0x30, bytes[i + 1] | 0x20 == 0x78 {
            i += 2
            var v = 0.0
            var any = false
            while i < bytes.count, let d = hexDigit(bytes[i]) { v = v * 16 + Double(d); i += 1; any = true }
            guard any else { throw error("invalid hexadecimal number", at: start) }
            return sign * v
        }
        let numStart = i
        while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
        // JSON5, like JSON, has no leading zeros ("01"): Foundation would reject the value only when decoded.
        if i - numStart >= 2, bytes[numStart] == 0x30 { throw error("a number cannot start with 0 (\"01\"); write 1", at: start) }
        if i < bytes.count, bytes[i] == 0x2E { i += 1; while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 } }
        if i > numStart, i < bytes.count, bytes[i] | 0x20 == 0x65 {
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            let e = i
            while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
            if i == e { throw error("invalid number exponent", at: start) }
        }
        let text = String(decoding: bytes[numStart..<i], as: UTF8.self)
        guard i > numStart, text != ".", let v = Double(text.hasPrefix(".") ? "0" + text : (text.hasSuffix(".") ? text + "0" : text)) else {
            throw error("unexpected \(describe(start)): expected a value", at: start)
        }
        return sign * v
    }

    private func hexDigit(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: return Int(b) - 0x30
        case 0x41...0x46: return Int(b) - 0x41 + 10
        case 0x61...0x66: return Int(b) - 0x61 + 10
        default: return nil
        }
    }
}
