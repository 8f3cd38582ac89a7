/// Room an `Extractor` reuses from source to source: the rule VM (its tables and thread lists sized
/// by the rules once, not per source), the recognition table's arrays and the extractor's own lists.
///
/// Not `Sendable`: one scratch serves one thread at a time (each of `CrossCheck`'s workers has its
/// own). Any extractor can use any scratch: its VM is rebuilt when the extractor's compiled program
/// is another one (even from the same rules), and the other buffers are refilled per source.
public final class ExtractionScratch {
    /// The VM of the last extractor that used the scratch (nil before the first use).
    var vm: PikeVM?
    /// The recognition table, refilled per source in its own room.
    var table = RecognitionTable()
    var direct: [RuleMatch] = []
    var resume: [Int] = []
    /// Per sentence: the prefilter clauses its words satisfy and the recognizers wanted in it (`RecognizerDemand`).
    var words: [RulePrefilter.Present] = []
    var wanted: [UInt64] = []
    /// The room of the text's `TokenStarts` (its lists and parsed numbers), lent to it per source.
    var startLists: [Int32] = []
    var startParsed: [ParsedNumber?] = []
    /// The people scan's working arrays.
    let people = PeopleScanner.Scratch()

    /// An empty scratch; its room grows with the first sources it serves.
    public init() {}

    /// Makes `vm` a VM for `program` (the last one when it ran the same program).
    func prepareVM(for program: Program) {
        if vm?.program !== program { vm = PikeVM(program: program) }
    }
}
