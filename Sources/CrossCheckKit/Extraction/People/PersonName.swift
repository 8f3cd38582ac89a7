import Foundation

/// Canonical forms of person names, shared by the people and quote recognizers and by alignment.
///
/// - `key` folds case, diacritics, periods, hyphens and spaces: "Kim Jong Un" = "Kim Jong-un" =
///   "KIM JONG-UN" = "Kim Jongun" → `kimjongun`. Use it to decide that two spellings are one person.
/// - `romanizationKey` is looser: vowel runs collapse and doubled letters merge, so romanization
///   variants meet ("Kim Jong Un" / "Kim Jung Un", "Sergey" / "Sergei") → `k*mj*ng*n`.
/// - `display` is the surface spelling cleaned for reporting (honorifics and possessives removed,
///   white space collapsed); different displays with one `key` are spelling variants.
/// - `canRefer(_:to:)` says whether a short mention ("Putin", "Mr Kim", "Easley") can stand for a
///   full name; `samePerson` combines the two.
public enum PersonName {
    /// Strict matching key: letters and digits only, lower-cased, diacritics folded.
    public static func key(_ name: String) -> String {
        // Most names: native ASCII that `display` returns as it is, folded in one pass over the bytes.
        if let folded = name.utf8.withContiguousStorageIfAvailable({ cleanASCIIKey($0) }), let folded { return folded }
        let shown = display(name)
        // ASCII: folding drops the spaces, so folding the whole name is folding each part and joining.
        if let folded = asciiFold(shown) { return folded }
        var out = ""
        for part in parts(shown) { out += fold(part) }
        return out
    }

    /// `key` of the bytes of a native ASCII name that `display` returns unchanged (what `isClean`
    /// checks, with the shipped honorifics): its letters lower-cased and its digits, as `asciiFold`
    /// writes them; nil for any other name (the general path then decides).
    private static func cleanASCIIKey(_ u: UnsafeBufferPointer<UInt8>) -> String? {
        var firstNonASCII = -1
        guard isClean(u, vocabulary: PeopleVocabulary.shippedHonorifics, firstNonASCII: &firstNonASCII), firstNonASCII < 0 else { return nil }
        return asciiLettersAndDigits(u)
    }

    /// The ASCII bytes' letters lower-cased and their digits, the rest dropped: `fold` of ASCII.
    private static func asciiLettersAndDigits(_ u: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: u.count) { out in
            var n = 0
            for b in u {
                if b >= 0x41 && b <= 0x5A { out[n] = b | 0x20; n += 1 }
                else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { out[n] = b; n += 1 }
            }
            return n
        }
    }

    /// Loose key for romanization variants: the strict key with every vowel run written `*` and
    /// doubled consonants merged.
    public static func romanizationKey(_ name: String) -> String {
        var out: [Character] = []
        for ch in key(name) {
            let isVowel = "aeiouy".contains(ch)
            let c: Character = isVowel ? "*" : ch
            if let last = out.last, last == c { continue }
            out.append(c)
        }
        return String(out)
    }

    /// The surface spelling as reported: honorifics and a trailing possessive removed, white space
    /// collapsed, hyphens and initials kept ("Mr  Kim’s" → "Kim").
    /// Honorifics are those of the shipped `honorific` lexicon.
    public static func display(_ surface: String) -> String {
        display(surface, vocabulary: PeopleVocabulary.shippedHonorifics)
    }

    /// `display` with the honorifics of `vocabulary`.
    static func display(_ surface: String, vocabulary: PeopleVocabulary) -> String {
        if isClean(surface, vocabulary: vocabulary) { return surface }
        var words = surface.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        while let first = words.first, words.count > 1, vocabulary.isHonorific(first) {
            words.removeFirst()
        }
        if var last = words.last {
            for suffix in ["'s", "’s", "'", "’"] where last.hasSuffix(suffix) && last.count > suffix.count {
                last.removeLast(suffix.count)
                break
            }
            words[words.count - 1] = last
        }
        return words.joined(separator: " ")
    }

    /// Whether `display` would return `surface` unchanged: single spaces only, no leading honorific,
    /// no trailing possessive or apostrophe. Most names are; they skip the split and join.
    private static func isClean(_ surface: String, vocabulary: PeopleVocabulary) -> Bool {
        if let clean = surface.utf8.withContiguousStorageIfAvailable({ isClean($0, vocabulary: vocabulary) }) { return clean }
        let u = surface.utf8
        guard let first = u.first, let last = u.last, first != 0x20, last != 0x20, last != 0x27, last != 0x99 else { return false }
        var firstSpace: String.Index?
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for i in u.indices {
            let b = u[i]
            if b == 0x0A || b == 0x09 || b == 0x0D || (b == 0x20 && previous == 0x20) { return false }
            if b == 0x20 && firstSpace == nil { firstSpace = i }
            beforePrevious = previous
            previous = b
        }
        // "...'s" / "...’s" (’ is E2 80 99).
        if previous | 0x20 == 0x73 && (beforePrevious == 0x27 || beforePrevious == 0x99) { return false }
        if let space = firstSpace, vocabulary.isHonorific(String(surface[..<space])) { return false }
        return true
    }

    /// `isClean` on the UTF-8 bytes of a native string (no index arithmetic, no substring).
    private static func isClean(_ u: UnsafeBufferPointer<UInt8>, vocabulary: PeopleVocabulary) -> Bool {
        var firstNonASCII = -1
        return isClean(u, vocabulary: vocabulary, firstNonASCII: &firstNonASCII)
    }

    /// `isClean` on the UTF-8 bytes of a native string. When it returns true, `firstNonASCII` holds the
    /// index of the first byte of 0x80 or more, or -1 (for `cleanASCIIKey`); when it returns false, it
    /// holds nothing to rely on (left as it was, or set from the bytes read before the answer).
    @inline(__always)
    private static func isClean(_ u: UnsafeBufferPointer<UInt8>, vocabulary: PeopleVocabulary, firstNonASCII: inout Int) -> Bool {
        guard let first = u.first, let last = u.last, first != 0x20, last != 0x20, last != 0x27, last != 0x99 else { return false }
        var firstSpace = -1
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        var nonASCII = -1
        defer { firstNonASCII = nonASCII }
        for i in 0..<u.count {
            let b = u[i]
            if b == 0x0A || b == 0x09 || b == 0x0D || (b == 0x20 && previous == 0x20) { return false }
            if b == 0x20 && firstSpace < 0 { firstSpace = i }
            if b >= 0x80 && nonASCII < 0 { nonASCII = i }
            beforePrevious = previous
            previous = b
        }
        // (Read only when there is a space: the first word is ASCII when no byte before the first space
        // is 0x80 or more.)
        let ascii = nonASCII < 0 || nonASCII > firstSpace
        // "...'s" / "...’s" (’ is E2 80 99).
        if previous | 0x20 == 0x73 && (beforePrevious == 0x27 || beforePrevious == 0x99) { return false }
        if firstSpace >= 0 {
            // The first word: hashed in place when ASCII, else as the String the general path makes.
            let honorific = ascii ? vocabulary.isHonorific(ascii: u, 0..<firstSpace)
                : vocabulary.isHonorific(String(decoding: UnsafeBufferPointer(rebasing: u[0..<firstSpace]), as: UTF8.self))
            if honorific { return false }
        }
        return true
    }

    /// Name parts as written (space separated; hyphenated syllables stay together: "Kim", "Jong-un").
    public static func parts(_ name: String) -> [String] {
        name.split(separator: " ").map(String.init).filter { !$0.isEmpty }
    }

    /// The strict key of a single part ("Jong-un" → "jongun").
    public static func partKey(_ part: String) -> String { fold(part) }

    /// Whether a short mention (surname, given name, or honorific + surname) can refer to `full`:
    /// its key equals the key of `full`'s last part or first part, or `full`'s whole key.
    public static func canRefer(_ short: String, to full: String) -> Bool {
        let s = key(short)
        guard !s.isEmpty else { return false }
        let fullParts = parts(display(full))
        if key(full) == s { return true }
        guard fullParts.count >= 2 else { return false }
        return fold(fullParts[fullParts.count - 1]) == s || fold(fullParts[0]) == s
            || fold(fullParts.dropFirst().joined()) == s
    }

    /// Whether two mentions may be one person: equal strict keys, or one can refer to the other.
    public static func samePerson(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        if ka == kb { return true }
        let na = parts(display(a)).count, nb = parts(display(b)).count
        if na == 1 && nb > 1 { return canRefer(a, to: b) }
        if nb == 1 && na > 1 { return canRefer(b, to: a) }
        return false
    }

    /// `fold` of an ASCII native string, on its bytes; nil for any other string.
    private static func asciiFold(_ s: String) -> String? {
        let folded: String?? = s.utf8.withContiguousStorageIfAvailable { u -> String? in
            for b in u where b >= 0x80 { return nil }
            return asciiLettersAndDigits(u)
        }
        return folded ?? nil
    }

    /// Lower-case base letters of the precomposed Latin letters U+00C0–U+017F whose canonical
    /// decomposition is one ASCII letter and combining marks ("É" → e, "ň" → n); "." for the others
    /// (ß, æ, ø, ł, ×, ...: those take the general path). A test checks every entry against it.
    private static let latinBases: [UInt8] = Array(
        ("aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.y"
         + "aaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll."
         + "...nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz.").utf8)

    /// `fold` of a string of ASCII characters and the Latin letters of `latinBases` (most accented
    /// names: "José Núñez", "Dvořák"), scalar by scalar without Foundation; nil for any other string.
    static func latinFold(_ s: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                let b = UInt8(v)
                if b >= 0x41 && b <= 0x5A { out.append(b | 0x20) }
                else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { out.append(b) }
                continue
            }
            guard v >= 0xC0 && v < 0x180 else { return nil }
            let b = latinBases[Int(v - 0xC0)]
            if b == 0x2E { return nil }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `fold` through Foundation only (the reference the fast paths must agree with; for tests).
    static func foundationFold(_ s: String) -> String {
        let folded = s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        for u in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(u) { out.unicodeScalars.append(u) }
        }
        return out.lowercased()
    }

    private static func fold(_ s: String) -> String {
        if let folded = asciiFold(s) { return folded }
        if let folded = latinFold(s) { return folded }
        // ASCII fast path: letters lower-cased, digits kept, the rest dropped.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count)
            for b in s.utf8 {
                if b >= 0x41 && b <= 0x5A { bytes.append(b | 0x20) }
                else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { bytes.append(b) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return foundationFold(s)
    }
}
