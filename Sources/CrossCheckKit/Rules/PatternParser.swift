/// Parses the token pattern language (see `Rules/README.md`) into a `PatternNode`, reporting every
/// mistake it can find with its byte offset inside the pattern string.
public struct PatternParser {
    public struct Failure: Error, Sendable, Hashable {
        /// Byte offset in the pattern string.
        public var offset: Int
        public var message: String
    }

    /// The largest bound accepted in `{m,n}`.
    public static let maxBound = 50
    /// The largest automaton a single pattern may compile to.
    public static let maxCompiledSize = 20_000

    private let bytes: [UInt8]
    private let recognizers: Set<String>
    private let lexicons: Set<String>
    private var i = 0
    private var depth = 0
    private(set) var failures: [Failure] = []
    private var captureNames: Set<String> = []

    public init(_ pattern: String, recognizers: Set<String>, lexicons: Set<String>) {
        self.bytes = Array(pattern.utf8)
        self.recognizers = recognizers
        self.lexicons = lexicons
    }

    /// The parsed pattern, or every failure found.
    public static func parse(_ pattern: String, recognizers: Set<String>, lexicons: Set<String>) -> Result<PatternNode, PatternErrors> {
        var p = PatternParser(pattern, recognizers: recognizers, lexicons: lexicons)
        let node = p.parseAll()
        if p.failures.isEmpty, let node { return .success(node) }
        return .failure(PatternErrors(failures: p.failures.isEmpty ? [Failure(offset: 0, message: "invalid pattern")] : p.failures))
    }

    public struct PatternErrors: Error, Sendable { public var failures: [Failure] }

    private struct Stop: Error {}

    private mutating func fail(_ message: String, at offset: Int? = nil) {
        failures.append(Failure(offset: offset ?? i, message: message))
    }

    mutating func parseAll() -> PatternNode? {
        skipSpace()
        if i >= bytes.count { fail("empty pattern"); return nil }
        do {
            let node = try parseAlternation()
            skipSpace()
            if i < bytes.count {
                if bytes[i] == 0x29 { fail("unbalanced ')': no '(' to close") } else { fail("unexpected '\(char(i))'") }
                return nil
            }
            if failures.isEmpty && node.compiledSize > PatternParser.maxCompiledSize {
                fail("pattern too large: nested bounded repeats unroll to more than \(PatternParser.maxCompiledSize) automaton states; use * or + instead", at: 0)
            }
            if failures.isEmpty && VMCode.leafCount(of: node) == nil {
                fail("pattern too complex: nested optional repeats make its automaton hold more than \(VMCode.maxLeavesPerRule) closure entries; make the inner part required or use * instead", at: 0)
            }
            if failures.isEmpty && node.isNullable {
                fail("pattern can match zero tokens (every element is optional); a rule must match at least one token", at: 0)
            }
            return node
        } catch {
            return nil
        }
    }

    private func char(_ at: Int) -> String {
        var end = at + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[at..<min(end, bytes.count)], as: UTF8.self)
    }

    private mutating func skipSpace() {
        while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D) { i += 1 }
    }

    private mutating func parseAlternation() throws -> PatternNode {
        var branches: [PatternNode] = []
        // A capture name may be reused in different alternatives (`(?<m> x) | y (?<m> z)`), not within one.
        let namesBefore = captureNames
        var namesAfter = captureNames
        defer { captureNames = namesAfter }
        while true {
            captureNames = namesBefore
            defer { namesAfter.formUnion(captureNames) }
            let seq = try parseSequence()
            if case .sequence(let items) = seq, items.isEmpty {
                fail(branches.isEmpty && (i >= bytes.count || bytes[i] != 0x7C) ? "empty group" : "empty alternative", at: i)
                throw Stop()
            }
            branches.append(seq)
            skipSpace()
            if i < bytes.count && bytes[i] == 0x7C { i += 1; continue }
            break
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseSequence() throws -> PatternNode {
        var items: [PatternNode] = []
        while true {
            skipSpace()
            guard i < bytes.count else { break }
            let b = bytes[i]
            if b == 0x7C || b == 0x29 { break }
            let atomStart = i
            if b == 0x3F || b == 0x2A || b == 0x2B || b == 0x7B {
                fail("'\(char(i))' has nothing to repeat (put it right after an element)")
                throw Stop()
            }
            var atom = try parseAtom()
            // Postfix operators.
            var repeated = false
            while i < bytes.count {
                let c = bytes[i]
                guard c == 0x3F || c == 0x2A || c == 0x2B || c == 0x7B else { break }
                let opAt = i
                if repeated {
                    fail("'\(char(i))' follows another repeat operator; use parentheses: (x?)*", at: opAt)
                    throw Stop()
                }
                if case .sentenceStart = atom { fail("an anchor cannot be repeated", at: opAt); throw Stop() }
                if case .sentenceEnd = atom { fail("an anchor cannot be repeated", at: opAt); throw Stop() }
                i += 1
                switch c {
                case 0x3F: atom = .repetition(atom, min: 0, max: 1)
                case 0x2A: atom = .repetition(atom, min: 0, max: nil)
                case 0x2B: atom = .repetition(atom, min: 1, max: nil)
                default:
                    let (lo, hi) = try parseBounds(opAt)
                    atom = .repetition(atom, min: lo, max: hi)
                }
                repeated = true
            }
            _ = atomStart
            items.append(atom)
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func parseNumber() -> Int? {
        var v: Int?
        while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 {
            v = min((v ?? 0) * 10 + Int(bytes[i] - 0x30), 1_000_000)
            i += 1
        }
        return v
    }

    /// `{m}`, `{m,}`, `{m,n}`; `i` is just past the `{`.
    private mutating func parseBounds(_ open: Int) throws -> (Int, Int?) {
        skipSpace()
        guard let lo = parseNumber() else { fail("expected a number after '{' (write {m}, {m,} or {m,n})"); throw Stop() }
        skipSpace()
        var hi: Int? = lo
        if i < bytes.count && bytes[i] == 0x2C {
            i += 1
            skipSpace()
            hi = parseNumber()
            skipSpace()
        }
        guard i < bytes.count && bytes[i] == 0x7D else { fail("expected '}' to close the bound opened here", at: open); throw Stop() }
        i += 1
        if let hi, hi < lo { fail("bound {\(lo),\(hi)}: the maximum is smaller than the minimum", at: open) }
        if lo > PatternParser.maxBound || (hi ?? 0) > PatternParser.maxBound {
            fail("bound larger than \(PatternParser.maxBound); use * or + for long runs", at: open)
        }
        if hi == 0 { fail("bound {0} matches nothing", at: open) }
        return (lo, hi)
    }

    private static let specials: Set<UInt8> = [0x28, 0x29, 0x7C, 0x3F, 0x2A, 0x2B, 0x7B, 0x7D, 0x3C, 0x3E, 0x5E, 0x24, 0x22]

    private mutating func parseAtom() throws -> PatternNode {
        let start = i
        let b = bytes[i]
        switch b {
        case 0x28: // (
            i += 1
            depth += 1
            if depth > 100 { fail("groups nested more than 100 deep", at: start); throw Stop() }
            defer { depth -= 1 }
            var name: String?
            if i < bytes.count && bytes[i] == 0x3F {
                // (?<name> ...)
                i += 1
                guard i < bytes.count && bytes[i] == 0x3C else { fail("expected '<' after '(?': a capture is written (?<name> ...)"); throw Stop() }
                i += 1
                let nameStart = i
                while i < bytes.count && bytes[i] != 0x3E && bytes[i] != 0x20 && bytes[i] != 0x29 { i += 1 }
                let n = String(decoding: bytes[nameStart..<i], as: UTF8.self)
                guard i < bytes.count && bytes[i] == 0x3E else { fail("capture name not closed with '>'", at: nameStart); throw Stop() }
                i += 1
                if !PatternParser.isName(n) {
                    fail("invalid capture name '\(n)' (letters, digits, '-' and '_', starting with a letter)", at: nameStart)
                } else if captureNames.contains(n) {
                    fail("capture '\(n)' is defined twice", at: nameStart)
                } else if recognizers.contains(n) || lexicons.contains(n) || TokenClass(rawValue: n) != nil {
                    fail("capture name '\(n)' is a class name; choose another name", at: nameStart)
                }
                captureNames.insert(n)
                name = n
            }
            let inner = try parseAlternation()
            skipSpace()
            guard i < bytes.count && bytes[i] == 0x29 else { fail("unbalanced '(': no ')' closes the group opened here", at: start); throw Stop() }
            i += 1
            if let name { return .capture(name: name, inner) }
            return inner
        case 0x3C: // <class>
            i += 1
            let nameStart = i
            while i < bytes.count && bytes[i] != 0x3E && bytes[i] != 0x20 && bytes[i] != 0x29 && bytes[i] != 0x7C { i += 1 }
            let n = String(decoding: bytes[nameStart..<i], as: UTF8.self)
            guard i < bytes.count && bytes[i] == 0x3E else { fail("class '<\(n)' not closed with '>'", at: start); throw Stop() }
            i += 1
            if let tc = TokenClass(rawValue: n) { return .tokenClass(tc) }
            if recognizers.contains(n) { return .recognizer(name: n) }
            if lexicons.contains(n) { return .lexicon(name: n) }
            fail("unknown class <\(n)> (not a token class, a recognizer or a lexicon defined in the rule files)", at: start)
            return .tokenClass(.any)
        case 0x5E: i += 1; return .sentenceStart
        case 0x24: i += 1; return .sentenceEnd
        case 0x22: // "literal"
            i += 1
            var lit: [UInt8] = []
            while true {
                guard i < bytes.count else { fail("unterminated quoted literal", at: start); throw Stop() }
                if bytes[i] == 0x5C && i + 1 < bytes.count { lit.append(bytes[i + 1]); i += 2; continue }
                if bytes[i] == 0x22 { i += 1; break }
                lit.append(bytes[i])
                i += 1
            }
            return try literal(lit, at: start)
        case 0x29:
            fail("unbalanced ')': no '(' to close")
            throw Stop()
        case 0x3E, 0x7D:
            fail("unexpected '\(char(i))'")
            throw Stop()
        default:
            while i < bytes.count {
                let c = bytes[i]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || PatternParser.specials.contains(c) { break }
                i += 1
            }
            return try literal(Array(bytes[start..<i]), at: start)
        }
    }

    private mutating func literal(_ lit: [UInt8], at start: Int) throws -> PatternNode {
        let text = String(decoding: lit, as: UTF8.self)
        let hashes = PatternParser.literalHashes(lit)
        if hashes.isEmpty { fail("empty literal", at: start); throw Stop() }
        return .literal(hashes: hashes, text: text)
    }

    /// Token hashes of a literal, split exactly as text is tokenized ("U.S." → U . S .); "'s" is the possessive token.
    public static func literalHashes(_ lit: [UInt8]) -> [UInt64] {
        let normalized = Normalizer.normalize(bytes: lit)
        if normalized == Array("'s".utf8) { return [Token.hash(literal: "'s")] }
        return Tokenizer().tokenize(lit).map(\.hash)
    }

    static func isName(_ s: String) -> Bool {
        guard let f = s.utf8.first, (f | 0x20) >= 0x61 && (f | 0x20) <= 0x7A else { return false }
        return s.utf8.allSatisfy { b in (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F }
    }
}
