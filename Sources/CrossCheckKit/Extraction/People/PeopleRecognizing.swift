/// A recognizer that works from the shared `PeopleAnalysis` (person, official, quote): the Extractor
/// computes the analysis once per source when the rules use any of them.
protocol PeopleRecognizing: Recognizer {}
