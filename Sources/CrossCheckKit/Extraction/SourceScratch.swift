/// The room one source of a batch needs from the passes before the recognizers until its table is
/// read (`ExtractionScratch.room(_:)`): each source of a batch holds its own while the batch is
/// extracted stage by stage; what is used by one source at a time (the VM, the claims) stays in the
/// `ExtractionScratch`.
///
/// Its properties are not checked for overlapping access at run time (`@exclusivity(unchecked)`): only
/// the extractor reaches them, one access at a time (see `ExtractionScratch`).
final class SourceScratch {
    /// The recognition table, refilled per source in its own room.
    @exclusivity(unchecked) var table = RecognitionTable()
    /// Per sentence: the prefilter clauses its words satisfy and the recognizers wanted in it (`RecognizerDemand`).
    @exclusivity(unchecked) var words: [RulePrefilter.Present] = []
    @exclusivity(unchecked) var wanted: [UInt64] = []
    /// The room of the text's `TokenStarts` (its lists and parsed numbers), lent to it per source.
    @exclusivity(unchecked) var startLists: [Int32] = []
    @exclusivity(unchecked) var startParsed: [ParsedNumber?] = []
    /// The number pass's recognitions (shared with the scans and the table while the source is
    /// extracted), emptied and refilled in place by the next source's pass: its room is kept.
    @exclusivity(unchecked) var numbers: [Recognition] = []
    /// The people scan's working arrays (its scan shares its lists with them until the next scan).
    let people = PeopleScanner.Scratch()
    /// The number pass's counted-noun lemmas and `of` attributes, kept from source to source.
    let nouns = CountedNounCache()
    /// The people analysis of the room's last source (nil before the first), refilled by the next.
    @exclusivity(unchecked) var analysis: PeopleAnalysis?
    /// The scans the recognizers of the room's source get (filled per source, emptied once they are done).
    @exclusivity(unchecked) var scans = SharedScans()

    init() {}
}
