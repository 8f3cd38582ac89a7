/// `<person>`: person names in news copy, each resolved within its source to one canonical name.
///
/// "Kim Jong-un" → `Kim Jong-un` (key `kimjongun`, the same key as "Kim Jong Un" in another source);
/// a later "Mr Kim" or "Kim" in the same source → the full name given earlier. Organisations, places
/// and sentence-initial ordinary words are not persons ("North Korea", "Kim Il Sung Square",
/// "Wednesday's", "Security Council", "Radio New Zealand").
///
/// Value `.name(canonical)`; parts `name` (the name tokens) and `honorific`; attributes `surface`
/// (spelling here), `key` (`PersonName.key`) and `resolved` ("true" for a short mention resolved to a
/// full name).
public struct PersonRecognizer: Recognizer, RecognizesInPlace, PeopleRecognizing {
    public let name = "person"

    public init() {}

    public func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        recognizedList(text, context: context)
    }

    /// `recognize(_:context:)`, appended to `out` (`RecognizesInPlace`).
    func recognize(_ text: SegmentedText, context: RecognizerContext, into out: inout [Recognition]) {
        let people = PeopleAnalysis.of(text, context)
        let scan = people.scan
        // The attributes of each form once: a source names few people many times. Forms are numbered
        // in the order of their first mention, so a form not made yet is the next one (the list is
        // appended to, not made of `formCount` optionals first).
        var attributes: [Attributes] = []
        attributes.reserveCapacity(scan.formCount)
        out.reserveCapacity(scan.mentions.count)
        // A form's attributes, in key order, written into one reused buffer and copied out.
        var writer = AttributeWriter()
        for i in scan.mentions.indices {
            // (Fields read in place: the mention is not copied.)
            let tokens = scan.mentions[i].tokens, honorific = scan.mentions[i].honorific
            let start = honorific?.lowerBound ?? tokens.lowerBound
            let parts = honorific.map { RecognitionParts(.honorific, $0, .name, tokens) } ?? RecognitionParts(.name, tokens)
            let form = Int(scan.forms[i])
            let a: Attributes
            if form < attributes.count { a = attributes[form] } else {
                assert(form == attributes.count)
                writer.reset()
                writer.append("key" as StaticString)
                writer.append(scan.mentions[i].key)
                writer.append("resolved" as StaticString)
                if scan.mentions[i].resolved { writer.append("true" as StaticString) } else { writer.append("false" as StaticString) }
                writer.append("surface" as StaticString)
                writer.append(scan.mentions[i].surface)
                a = writer.attributes()
                attributes.append(a)
            }
            out.append(Recognition(tokens: start..<tokens.upperBound, value: .name(scan.mentions[i].canonical), parts: parts, attributes: a))
        }
    }

    public var examples: [RecognizerExample] {
        [
            // Full names, with and without titles.
            RecognizerExample("Prime Minister Anna Berglund opened the bridge on Monday.", match: "Anna Berglund", value: "Anna Berglund"),
            RecognizerExample("The deal was signed by Marco Ferreira in Lisbon.", match: "Marco Ferreira", value: "Marco Ferreira"),
            RecognizerExample("Harbour master Tomas Okafor said the ferry was late.", match: "Tomas Okafor", value: "Tomas Okafor"),
            // Hyphenated and multi-part names.
            RecognizerExample("Northland leader Park Min-jun arrived in Velm on Tuesday.", match: "Park Min-jun", value: "Park Min-jun"),
            RecognizerExample("Gallery director Jean-Luc Marchetti said the show would open.", match: "Jean-Luc Marchetti", value: "Jean-Luc Marchetti"),
            RecognizerExample("The report was written by Sofia Amara Lindqvist, an analyst with the Harbour Institute.", match: "Sofia Amara Lindqvist", value: "Sofia Amara Lindqvist"),
            RecognizerExample("Mayor Lo Seung-hyun cut the ribbon.", match: "Lo Seung-hyun", value: "Lo Seung-hyun"),
            // Particles and initials.
            RecognizerExample("The award went to Pieter van der Berg last year.", match: "Pieter van der Berg", value: "Pieter van der Berg"),
            RecognizerExample("Officials met Omar bin Rashid at the port.", match: "Omar bin Rashid", value: "Omar bin Rashid"),
            RecognizerExample("Farmers cheered Walter J. Brennan at the fair.", match: "Walter J. Brennan", value: "Walter J. Brennan"),
            // Later mentions resolve to the full name in the same source.
            RecognizerExample("Governor Ilse Marten toured the dam. Marten said repairs would start soon.", match: "Marten", value: "Ilse Marten"),
            RecognizerExample("Northland leader Park Min-jun visited the mill. Mr Park praised the workers.", match: "Mr Park", value: "Park Min-jun"),
            RecognizerExample("Envoy Rosa Delgado met the council. Ms. Delgado left at noon.", match: "Ms. Delgado", value: "Rosa Delgado"),
            RecognizerExample("Accompanying Ilse Marten was her deputy. Appearing with Marten, the deputy spoke briefly.", match: "Marten", value: "Ilse Marten"),
            // Honorific or title alone makes a single name a person.
            RecognizerExample("Dr Osei examined the samples.", match: "Dr Osei", value: "Osei"),
            RecognizerExample("FM Varga and a number of ministers are in the delegation.", match: "Varga", value: "Varga"),
            RecognizerExample("Grain prices rose sharply, said Halvorsen, a trader.", match: "Halvorsen", value: "Halvorsen"),
            // A rank word before a title is the title's, no name ("said Deputy Governor", not a person "Deputy").
            RecognizerExample("The pier was closed, said Deputy Governor Petra Sand.", match: "Petra Sand", value: "Petra Sand"),
            .none("The pier was closed, said Deputy Governor Petra Sand.", match: "Deputy"),
            .none("\"We held the line,\" said Assistant Chief Fire Officer Danica Orme.", match: "Assistant"),
            // A title-case headline only names people known from the body.
            RecognizerExample("Berglund Gets Warm Welcome in Velm\n\nPrime Minister Anna Berglund arrived on Monday.", match: "Berglund", value: "Anna Berglund"),
            // Must not match: organisations, places, sentence-initial words, titles alone.
            .none("Officials gathered at the Marten Il Sung Square on Friday.", match: "Marten Il Sung"),
            .none("Rain fell across North Korea and South Korea overnight.", match: "North Korea"),
            .none("Wednesday's agenda includes a concert.", match: "Wednesday"),
            .none("The Norland President arrived late.", match: "Norland President"),
            .none("The Velm Security Council met again.", match: "Velm Security Council"),
            .none("The interview aired on Radio New Zealand at noon.", match: "Radio New Zealand"),
            .none("The ministers stayed at the Kumara State Guest House.", match: "Kumara State Guest House"),
            .none("Cheering crowds lined the streets of Velm.", match: "Cheering"),
            .none("Appearing tired, the minister left.", match: "Appearing"),
            .none("An article in the Harbour Sentinel praised the port.", match: "Harbour Sentinel"),
            .none("Seoul-based analysts expected a deal.", match: "Seoul-based"),
            .none("The Norland Central News Agency said the talks went well.", match: "Norland Central News Agency"),
            .none("Students at Ewald Womans University protested.", match: "Ewald Womans University"),
            .none("GRAIN PRICES SOAR IN VELM", match: "GRAIN PRICES"),
        ]
    }
}
