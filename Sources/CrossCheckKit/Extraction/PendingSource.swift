/// One source of an extraction between its stages (`Extractor.run(_:scratch:)`): what the passes before the
/// recognizers found, its recognition table being filled, and at the end its claims.
struct PendingSource {
    let index: Int
    /// The scratch's room for this source of the batch (`ExtractionScratch.room(_:)`).
    let room: SourceScratch
    /// Its place in the caller's batch.
    var position = 0
    /// The text extracted from (repaired when the caller's did not tile), and per sentence of it the
    /// caller's sentence (nil: the caller's text).
    let text: SegmentedText
    let original: [Int]?
    /// The context the recognizers get (once the number pass is done, its scans: people, numbers, starts).
    var context: RecognizerContext
    /// The start pass's lists (in the source's room), given back once the recognizers are done.
    var starts: TokenStarts?
    /// Per sentence: the prefilter clauses its words satisfy and the recognizers wanted in it (the
    /// room's lists, lent to the source).
    var words: [RulePrefilter.Present] = []
    var wantedMasks: [UInt64] = []
    /// `wantedMasks` when recognizers run only in the sentences that want them (nil: all run
    /// everywhere), until the table is placed; and the recognizers wanted in some sentence
    /// (`RecognitionTable.anywhere`).
    var wanted: [UInt64]?
    var anywhere: UInt64 = ~0
    /// The room's table, lent to the source while it is filled and read.
    var table = RecognitionTable()
    /// The claims, once made.
    var claims: [Claim] = []

    init(index: Int, text: SegmentedText, original: [Int]?, context: RecognizerContext, room: SourceScratch) {
        self.index = index
        self.text = text
        self.original = original
        self.context = context
        self.room = room
    }

    /// Runs the program's recognizer `i` (`recognizers[slot]`, in place when `inPlace` lists it;
    /// none when `slot` is -1) on the source and
    /// adds its recognitions to the table (in program order: recognizer `i - 1` ran before).
    @inline(__always)
    mutating func recognize(_ i: Int, slot: Int, of recognizers: [any Recognizer], inPlace: InPlaceRecognizers) {
        table.recognize(i, slot: slot, of: recognizers, inPlace: inPlace, text: text, context: &context, wanted: wanted, anywhere: anywhere)
    }
}
