/// Character references: the named entities news pages use, and numeric ones (`&#8217;`, `&#x2019;`).
enum HTMLEntities {
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
        "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D, "shy": 0xAD,
        "ndash": 0x2013, "mdash": 0x2014, "minus": 0x2212, "hellip": 0x2026, "bull": 0x2022, "middot": 0xB7,
        "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E,
        "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A, "prime": 0x2032, "Prime": 0x2033,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "para": 0xB6, "sect": 0xA7,
        "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5, "cent": 0xA2, "times": 0xD7, "divide": 0xF7,
        "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "plusmn": 0xB1, "micro": 0xB5,
        "iexcl": 0xA1, "iquest": 0xBF, "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030,
        "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4, "aring": 0xE5, "aelig": 0xE6,
        "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB, "igrave": 0xEC, "iacute": 0xED,
        "icirc": 0xEE, "iuml": 0xEF, "ntilde": 0xF1, "ograve": 0xF2, "oacute": 0xF3, "ocirc": 0xF4, "otilde": 0xF5,
        "ouml": 0xF6, "oslash": 0xF8, "ugrave": 0xF9, "uacute": 0xFA, "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD,
        "szlig": 0xDF, "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5,
        "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Iacute": 0xCD, "Ntilde": 0xD1,
        "Oacute": 0xD3, "Ouml": 0xD6, "Oslash": 0xD8, "Uacute": 0xDA, "Uuml": 0xDC, "scaron": 0x161, "Scaron": 0x160,
        "zcaron": 0x17E, "Zcaron": 0x17D, "oelig": 0x153, "OElig": 0x152,
    ]

    /// Decodes the reference starting at `buf[i] == "&"`: the scalar and the reference's byte length.
    static func decode(_ buf: UnsafeBufferPointer<UInt8>, at i: Int, end n: Int) -> (scalar: UInt32, length: Int)? {
        var j = i + 1
        let limit = min(n, i + 34)
        if j < limit, buf[j] == 0x23 { // &#
            j += 1
            var hex = false
            if j < limit, buf[j] | 0x20 == 0x78 { hex = true; j += 1 }
            var value: UInt32 = 0
            var digits = 0
            while j < limit {
                let b = buf[j]
                var d: UInt32
                if b >= 0x30 && b <= 0x39 { d = UInt32(b - 0x30) }
                else if hex, (b | 0x20) >= 0x61, (b | 0x20) <= 0x66 { d = UInt32((b | 0x20) - 0x61 + 10) }
                else { break }
                value = value &* (hex ? 16 : 10) &+ d
                digits += 1
                if value > 0x10FFFF { return nil }
                j += 1
            }
            guard digits > 0 else { return nil }
            if j < n, buf[j] == 0x3B { j += 1 }
            if value == 0 || (0xD800...0xDFFF).contains(value) { value = 0xFFFD }
            // Windows-1252 code points people write as &#146; and the like.
            if (0x80...0x9F).contains(value) { value = cp1252[Int(value - 0x80)] }
            return (value, j - i)
        }
        while j < limit, (buf[j] | 0x20) >= 0x61 && (buf[j] | 0x20) <= 0x7A || (buf[j] >= 0x30 && buf[j] <= 0x39) { j += 1 }
        guard j > i + 1, j < n, buf[j] == 0x3B else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: buf[(i + 1)..<j]), as: UTF8.self)
        guard let v = named[name] else { return nil }
        return (v, j + 1 - i)
    }

    private static let cp1252: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Appends the UTF-8 encoding of a scalar.
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
