/// One token: a byte range of the analysis text, its kind, layout flags and the hash of its
/// normalized form (ASCII lower-cased, curly quotes and apostrophes straightened, dashes folded to "-").
public struct Token: Sendable, Hashable {
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// White space (or the start of a segment) separates this token from the previous one.
        public static let spaceBefore = Flags(rawValue: 1 << 0)
        /// A line break lies between this token and the previous one.
        public static let newlineBefore = Flags(rawValue: 1 << 1)
        /// First letter upper case.
        public static let capitalized = Flags(rawValue: 1 << 2)
        /// Every letter upper case (and at least two letters).
        public static let allCaps = Flags(rawValue: 1 << 3)
        /// First token of its sentence.
        public static let sentenceStart = Flags(rawValue: 1 << 4)
        /// First token of its paragraph.
        public static let paragraphStart = Flags(rawValue: 1 << 5)
        /// A quote mark that opens a quotation (by position: after space or start, before a word).
        public static let opening = Flags(rawValue: 1 << 6)
        /// A quote mark that closes a quotation.
        public static let closing = Flags(rawValue: 1 << 7)
        /// A single-quote character (' ‘ ’) rather than a double one.
        public static let single = Flags(rawValue: 1 << 8)
        /// A single quote character used as an apostrophe, neither opening nor closing a quotation:
        /// a plural possessive ("the countries’ ties") or an elision ("the ’90s").
        public static let apostrophe = Flags(rawValue: 1 << 9)
    }

    /// FNV-1a 64 of the normalized form; equal normalized forms have equal hashes.
    public var hash: UInt64
    public var start: Int32
    /// Length in bytes (low 12 bits) and kind (high 4 bits): a token is 16 bytes, not 24, which matters
    /// because a cluster's tokens are its largest data (about one token per 5 bytes of text).
    private var lengthAndKind: UInt16
    public var flags: Flags

    /// The longest token, in bytes; the tokenizer cuts longer runs (never real words) into pieces.
    public static let maxLength = 0xFFF

    public init(start: Int32, end: Int32, kind: TokenKind, flags: Flags, hash: UInt64) {
        precondition(end >= start && end - start <= Int32(Token.maxLength), "token longer than Token.maxLength")
        self.hash = hash
        self.start = start
        self.lengthAndKind = UInt16(end - start) | UInt16(kind.rawValue) << 12
        self.flags = flags
    }

    /// A word token of `length` bytes (at most `maxLength`: the tokenizer has checked).
    @inline(__always)
    init(word start: Int32, length: UInt16, flags: Flags, hash: UInt64) {
        self.hash = hash
        self.start = start
        self.lengthAndKind = length | UInt16(TokenKind.word.rawValue) << 12
        self.flags = flags
    }

    public var end: Int32 {
        get { start + Int32(lengthAndKind & 0xFFF) }
        set {
            precondition(newValue >= start && newValue - start <= Int32(Token.maxLength), "token longer than Token.maxLength")
            lengthAndKind = (lengthAndKind & 0xF000) | UInt16(newValue - start)
        }
    }

    public var kind: TokenKind {
        // The stored kind always comes from a `TokenKind` (both initializers and the setter), so it is
        // one of its raw values; the range check keeps the old fallback without the jump table that
        // `TokenKind(rawValue:)` compiles to (a few instructions on every token a gate looks at).
        @inline(__always) get {
            let raw = UInt8(truncatingIfNeeded: lengthAndKind >> 12)
            return raw <= TokenKind.symbol.rawValue ? unsafeBitCast(raw, to: TokenKind.self) : .symbol
        }
        set { lengthAndKind = (lengthAndKind & 0xFFF) | UInt16(newValue.rawValue) << 12 }
    }

    /// Length in bytes (`end - start`, without the add and subtract and their overflow checks).
    @inline(__always)
    var length: Int { Int(lengthAndKind & 0xFFF) }

    /// The raw value of `kind`, for tests against a bit set of kinds without building the enum.
    @inline(__always)
    var rawKind: UInt8 { UInt8(truncatingIfNeeded: lengthAndKind >> 12) }

    public var span: TextSpan { TextSpan(start: Int(start), end: Int(end)) }

    /// The hash the tokenizer gives a normalized form: use it to compare a token to a literal.
    public static func hash<S: Sequence>(normalized bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// Hash of a literal as a rule writes it ("Story", "’s"): normalized the way the tokenizer normalizes.
    public static func hash(literal: String) -> UInt64 { hash(normalized: Normalizer.normalize(literal).utf8) }
}
