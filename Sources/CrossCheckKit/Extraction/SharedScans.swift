/// What the Extractor finds in one text before the recognizers run and hands them in their
/// `RecognizerContext` (see the context's properties of the same names).
///
/// One per room of an `ExtractionScratch`, refilled per source (`fill`) and emptied once the
/// recognizers are done (`empty`), instead of one allocated and freed per source. It is changed only
/// while the room holds the only reference (`fill`'s caller checks, and makes a new one otherwise), so
/// no recognizer, and no other thread, can see it change: that is why it is `@unchecked Sendable`.
final class SharedScans: @unchecked Sendable {
    private(set) var people: PeopleAnalysis?
    private(set) var units: UnitConverter?
    private(set) var numbers: [Recognition]?
    private(set) var starts: TokenStarts?

    init() {}

    /// Sets the scans of the next text (the only reference must be the caller's).
    func fill(people: PeopleAnalysis?, units: UnitConverter?, numbers: [Recognition]?, starts: TokenStarts?) {
        self.people = people
        self.units = units
        self.numbers = numbers
        self.starts = starts
    }

    /// Lets go of the scans (their lists go back to their rooms with no other reference).
    func empty() {
        people = nil
        units = nil
        numbers = nil
        starts = nil
    }
}
