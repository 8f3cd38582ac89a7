/// What the Extractor finds in one text before the recognizers run and hands them in their
/// `RecognizerContext` (see the context's properties of the same names).
final class SharedScans: Sendable {
    let people: PeopleAnalysis?
    let units: UnitConverter?
    let numbers: [Recognition]?
    let starts: TokenStarts?

    init(people: PeopleAnalysis?, units: UnitConverter?, numbers: [Recognition]?, starts: TokenStarts?) {
        self.people = people
        self.units = units
        self.numbers = numbers
        self.starts = starts
    }
}
