/// What a recognizer may know besides the text: the source's publication time (to resolve
/// "Wednesday" or "last month") and the lexicons from the rule files.
public struct RecognizerContext: Sendable {
    public var published: PublishedTime?
    public var lexicons: Lexicons
    /// Set by the Extractor: what it found in the text before the recognizers run, shared by them
    /// (one reference, so the context stays cheap to copy and to destroy).
    var scans: SharedScans?
    /// Set by the Extractor per recognizer: the tokens where some rule can use its recognitions (nil:
    /// all). The built-in recognizers start no match outside it.
    var scope: TokenScope?

    /// The text's people scan, shared by the person, official and quote recognizers so the text is
    /// scanned for people once.
    var people: PeopleAnalysis? { scans?.people }
    /// The unit table built once from the rule lexicons (nil: build it from `lexicons`).
    var units: UnitConverter? { scans?.units }
    /// When both `<number>` and `<percent>` run: the number pass over the text, done once and shared
    /// (the percent recognizer keeps the matches whose unit is percent).
    var numbers: [Recognition]? { scans?.numbers }
    /// Where numbers, dates, durations and times can start in the text, found once and shared by their
    /// recognizers (nil: each finds them itself).
    var starts: TokenStarts? { scans?.starts }

    public init(published: PublishedTime? = nil, lexicons: Lexicons = Lexicons()) {
        self.published = published
        self.lexicons = lexicons
    }
}
