/// The word lists the people and quote recognizers work from, as token hashes: titles (with their
/// canonical forms and synonym groups), title modifiers, honorifics, name particles, speech verbs,
/// organisation and place words, capitalized function words, news agencies and generic sources.
///
/// A built-in base vocabulary is always present (so the recognizers work without rule files); the
/// lexicons of the same names in the rule files (`Rules/people-lexicons.json5`, passed in the
/// `RecognizerContext`) extend it.
struct PeopleVocabulary: Sendable {
    /// A title phrase from the `title` lexicon.
    struct Title: Sendable {
        var length: Int
        var canonical: String
        var group: String?
    }

    /// Title phrases by the hash of their first token, longest first.
    private(set) var titles: [UInt64: [(tokens: [UInt64], title: Title)]] = [:]
    private(set) var titleModifiers: Set<UInt64> = []
    private(set) var honorifics: Set<UInt64> = []
    private(set) var particles: Set<UInt64> = []
    private(set) var speechVerbs: Set<UInt64> = []
    private(set) var organisationWords: Set<UInt64> = []
    private(set) var places: Set<UInt64> = []
    private(set) var stopCaps: Set<UInt64> = []
    private(set) var agencies: Set<UInt64> = []
    /// Generic sources ("state media", "news agency"), by first token, longest first.
    private(set) var genericSources: [UInt64: [[UInt64]]] = [:]
    private(set) var compoundSuffixes: Set<UInt64> = []

    /// UK/US spelling variants folded in normalized titles.
    static let spelling: [String: String] = ["defence": "defense", "programme": "program", "counsellor": "counselor",
                                             "organisation": "organization", "labour": "labor"]

    static let lexiconNames = ["title", "title-modifier", "honorific", "name-particle", "speech-verb",
                               "organisation-word", "place", "capitalized-function-word", "agency",
                               "generic-source", "compound-suffix"]

    static let base = PeopleVocabulary(lexicons: Lexicons())

    init(lexicons: Lexicons) {
        for (phrase, canonical, group) in PeopleVocabulary.builtinTitles {
            addTitle(Self.split(phrase), canonical: canonical ?? phrase, group: group)
        }
        for w in PeopleVocabulary.builtinTitleModifiers { titleModifiers.insert(Token.hash(literal: w)) }
        for w in PeopleVocabulary.builtinHonorifics { honorifics.insert(Token.hash(literal: w)) }
        for w in PeopleVocabulary.builtinParticles { particles.insert(Token.hash(literal: w)) }
        for w in PeopleVocabulary.builtinSpeechVerbs { speechVerbs.insert(Token.hash(literal: w)) }
        for w in PeopleVocabulary.builtinOrganisationWords { organisationWords.insert(Token.hash(literal: w)) }
        for w in PeopleVocabulary.builtinPlaces { places.insert(Token.hash(literal: w)) }
        for w in PeopleVocabulary.builtinStopCaps { stopCaps.insert(Token.hash(literal: w)) }
        for w in PeopleVocabulary.builtinAgencies { agencies.insert(Token.hash(literal: w)) }
        for w in PeopleVocabulary.builtinCompoundSuffixes { compoundSuffixes.insert(Token.hash(literal: w)) }
        for p in PeopleVocabulary.builtinGenericSources { addGeneric(Self.split(p)) }
        add(lexicons)
    }

    /// Adds the entries of the people lexicons in `lexicons`.
    mutating func add(_ lexicons: Lexicons) {
        for name in PeopleVocabulary.lexiconNames {
            guard let lexicon = lexicons[name] else { continue }
            for entry in lexicon.entries where !entry.tokens.isEmpty {
                let hashes = entry.tokens.map { Token.hash(literal: $0) }
                switch name {
                case "title": addTitle(hashes, canonical: entry.canonical, group: entry.group)
                case "generic-source": addGeneric(hashes)
                default:
                    // Single-word lists: multi-token entries add each token ("U.S." → u . s .).
                    for h in hashes {
                        switch name {
                        case "title-modifier": titleModifiers.insert(h)
                        case "honorific": honorifics.insert(h)
                        case "name-particle": particles.insert(h)
                        case "speech-verb": speechVerbs.insert(h)
                        case "organisation-word": organisationWords.insert(h)
                        case "place": places.insert(h)
                        case "capitalized-function-word": stopCaps.insert(h)
                        case "agency": agencies.insert(h)
                        case "compound-suffix": compoundSuffixes.insert(h)
                        default: break
                        }
                    }
                }
            }
        }
    }

    /// The vocabulary for a context: the base one when the context brings no people lexicons.
    static func from(_ context: RecognizerContext) -> PeopleVocabulary {
        var v = base
        if lexiconNames.contains(where: { context.lexicons[$0] != nil }) { v.add(context.lexicons) }
        return v
    }

    private mutating func addTitle(_ hashes: [UInt64], canonical: String, group: String?) {
        guard let first = hashes.first else { return }
        var list = titles[first, default: []]
        list.removeAll { $0.tokens == hashes }
        list.append((hashes, Title(length: hashes.count, canonical: canonical, group: group)))
        list.sort { $0.tokens.count > $1.tokens.count }
        titles[first] = list
    }

    private mutating func addGeneric(_ hashes: [UInt64]) {
        guard let first = hashes.first else { return }
        var list = genericSources[first, default: []]
        if !list.contains(hashes) { list.append(hashes) }
        list.sort { $0.count > $1.count }
        genericSources[first] = list
    }

    /// Token hashes of a phrase, split the way the tokenizer splits ("secretary-general" → 3 tokens).
    static func split(_ phrase: String) -> [UInt64] {
        let seg = Segmenter().segment(Array(phrase.utf8))
        return seg.tokens.map(\.hash)
    }

    /// The longest title phrase starting at token `i` (`tokens` already hashed).
    func title(at i: Int, in tokens: [Token]) -> Title? {
        guard let list = titles[tokens[i].hash] else { return nil }
        for (hashes, title) in list where i + hashes.count <= tokens.count {
            var ok = true
            for k in 1..<max(1, hashes.count) where tokens[i + k].hash != hashes[k] { ok = false; break }
            if ok { return title }
        }
        return nil
    }

    /// Length of the longest generic source phrase at token `i`, or 0.
    func genericSource(at i: Int, in tokens: [Token]) -> Int {
        guard let list = genericSources[tokens[i].hash] else { return 0 }
        for hashes in list where i + hashes.count <= tokens.count {
            var ok = true
            for k in 1..<max(1, hashes.count) where tokens[i + k].hash != hashes[k] { ok = false; break }
            if ok { return hashes.count }
        }
        return 0
    }

    // MARK: - Built-in base lists (mirrored, and extended, in Rules/people-lexicons.json5)

    static let builtinTitles: [(String, String?, String?)] = [
        ("president", nil, "president"), ("vice president", nil, "vice-president"), ("vice-president", "vice president", "vice-president"),
        ("prime minister", nil, "prime-minister"), ("premier", "prime minister", "prime-minister"), ("PM", "prime minister", "prime-minister"),
        ("foreign minister", nil, "foreign-minister"), ("FM", "foreign minister", "foreign-minister"),
        ("minister of foreign affairs", "foreign minister", "foreign-minister"), ("foreign affairs minister", "foreign minister", "foreign-minister"),
        ("foreign secretary", nil, "foreign-minister"),
        ("defense minister", nil, "defense-minister"), ("defence minister", "defense minister", "defense-minister"),
        ("minister of defense", "defense minister", "defense-minister"), ("minister of defence", "defense minister", "defense-minister"),
        ("defense chief", "defense minister", "defense-minister"), ("defence chief", "defense minister", "defense-minister"),
        ("defense secretary", nil, "defense-minister"), ("defence secretary", "defense secretary", "defense-minister"),
        ("secretary of defense", "defense secretary", "defense-minister"),
        ("secretary of state", nil, "secretary-of-state"), ("secretary general", nil, "secretary-general"),
        ("secretary-general", "secretary general", "secretary-general"),
        ("national security adviser", nil, "adviser"), ("national security advisor", "national security adviser", "adviser"),
        ("minister", nil, "minister"), ("secretary", nil, "secretary"),
        ("adviser", nil, "adviser"), ("advisor", "adviser", "adviser"), ("aide", "adviser", "adviser"),
        ("counsellor", "counselor", "adviser"), ("counselor", nil, "adviser"),
        ("spokesman", "spokesperson", "spokesperson"), ("spokeswoman", "spokesperson", "spokesperson"),
        ("spokesperson", nil, "spokesperson"), ("press secretary", nil, "spokesperson"),
        ("official", nil, "official"), ("analyst", nil, "analyst"), ("expert", nil, "analyst"),
        ("researcher", nil, "analyst"), ("fellow", nil, "analyst"), ("economist", nil, "analyst"),
        ("professor", nil, "professor"), ("prof", "professor", "professor"), ("lecturer", nil, "professor"),
        ("leader", nil, "leader"), ("supreme leader", nil, "leader"), ("chairman", "chair", "chair"),
        ("chairwoman", "chair", "chair"), ("chairperson", "chair", "chair"), ("chair", nil, "chair"),
        ("commander", nil, "commander"), ("chief", nil, "chief"), ("head", nil, "chief"), ("director", nil, "director"),
        ("director general", nil, "director"), ("director-general", "director general", "director"),
        ("ambassador", nil, "ambassador"), ("envoy", nil, "ambassador"), ("general", nil, "general"),
        ("governor", nil, "governor"), ("mayor", nil, "mayor"), ("senator", nil, "senator"), ("sen", "senator", "senator"),
        ("chancellor", nil, "chancellor"), ("king", nil, "king"), ("queen", nil, "queen"),
        ("lawmaker", nil, "lawmaker"), ("legislator", "lawmaker", "lawmaker"), ("congressman", "lawmaker", "lawmaker"),
        ("congresswoman", "lawmaker", "lawmaker"), ("representative", "lawmaker", "lawmaker"),
        ("ceo", "chief executive", "chief-executive"), ("chief executive", nil, "chief-executive"),
        ("editor", nil, "editor"), ("correspondent", nil, "correspondent"), ("spy chief", nil, "chief"),
    ]

    /// Lower-case words that stay in a normalized title when they precede its head ("foreign policy adviser").
    static let builtinTitleModifiers = [
        "foreign", "policy", "national", "security", "council", "special", "forces", "senior", "deputy", "former",
        "top", "chief", "defense", "defence", "military", "economic", "trade", "finance", "interior", "justice",
        "health", "vice", "acting", "assistant", "principal", "executive", "managing", "political", "press",
        "communications", "presidential", "intelligence", "army", "navy", "air", "force", "armed", "party",
        "state", "cabinet", "government", "opposition", "regional", "provincial", "federal", "associate",
        "research", "program", "programme", "international", "affairs", "nuclear", "envoy", "first", "second",
        "veteran", "retired", "independent", "public", "transport", "transportation", "education", "agriculture",
        "environment", "labour", "labor", "culture", "tourism", "housing", "industry", "fisheries", "economy",
        "home", "information", "science", "technology", "infrastructure", "employment", "welfare", "sport",
        "sports", "youth", "immigration", "treasury", "commerce", "water", "regional", "local", "county", "city",
        "municipal", "union", "police", "fire", "coast", "guard", "emergency", "rescue",
    ]

    static let builtinHonorifics = ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "madam", "mx", "lord", "lady", "rev"]

    static let builtinParticles = ["van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "dos", "das",
                                   "la", "le", "bin", "binti", "ibn", "al", "el", "ben", "ter", "zu", "y"]

    static let builtinSpeechVerbs = [
        "said", "says", "say", "saying", "told", "tells", "wrote", "writes", "writing", "added", "adds", "quoted",
        "described", "describes", "describing", "reported", "reports", "reporting", "stated", "states", "declared",
        "announced", "explained", "noted", "stressed", "emphasized", "emphasised", "underscored", "insisted",
        "argued", "warned", "urged", "promised", "pledged", "vowed", "expressed", "called", "calls", "asked",
        "posed", "outlined", "claimed", "recalled", "remarked", "continued", "tweeted", "posted", "answered",
        "replied", "acknowledged", "admitted", "confirmed", "denied", "cited", "according",
    ]

    /// Capitalized words that make a capitalized sequence an organisation, a place or a thing.
    static let builtinOrganisationWords = [
        "council", "house", "square", "palace", "agency", "university", "college", "institute", "school",
        "hotel", "river", "mountain", "mount", "lake", "sea", "ocean", "bay", "island", "islands", "peninsula",
        "street", "avenue", "road", "bridge", "airport", "station", "stadium", "hall", "tower", "center", "centre",
        "museum", "party", "ministry", "department", "office", "committee", "commission", "parliament",
        "assembly", "congress", "senate", "court", "army", "navy", "force", "forces", "command", "bank", "fund",
        "group", "company", "corporation", "inc", "ltd", "news", "radio", "television", "tv", "times", "post",
        "journal", "daily", "herald", "tribune", "press", "network", "media", "channel", "service", "foundation",
        "association", "organization", "organisation", "union", "nations", "states", "federation", "republic",
        "kingdom", "empire", "province", "region", "district", "county", "city", "state", "day", "week", "war",
        "treaty", "pact", "summit", "meeting", "conference", "forum", "program", "programme", "project", "initiative",
        "photo", "photos", "file", "images", "image", "video", "reply", "related", "archive", "edition", "corridor",
        "ministerial", "energy", "gas", "guest", "church", "cathedral", "temple", "mosque", "monument", "gate",
        "embassy", "consulate", "club", "league", "cup", "games", "festival", "award", "prize", "index", "exchange",
        "market", "airlines", "airways", "motors", "systems", "technologies", "labs", "studios", "records",
    ]

    /// Places, nationalities and directions (a capitalized run made only of these is not a person).
    static let builtinPlaces = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new", "united",
        "korea", "korean", "koreans", "russia", "russian", "russians", "china", "chinese", "japan", "japanese",
        "ukraine", "ukrainian", "america", "american", "americans", "usa", "britain", "british",
        "england", "english", "france", "french", "germany", "german", "italy", "italian", "spain", "spanish",
        "iran", "iranian", "iraq", "iraqi", "israel", "israeli", "syria", "syrian", "turkey", "turkish", "india",
        "indian", "pakistan", "pakistani", "vietnam", "vietnamese", "armenia", "armenian", "azerbaijan",
        "azerbaijani", "georgia", "georgian", "belarus", "belarusian", "poland", "polish", "europe", "european",
        "asia", "asian", "africa", "african", "eurasia", "pacific", "atlantic", "arctic", "soviet", "western",
        "washington", "moscow", "pyongyang", "seoul", "beijing", "tokyo", "kyiv", "kiev", "london", "paris",
        "berlin", "brussels", "baku", "yerevan", "hanoi", "taiwan", "taiwanese", "zealand", "australia",
        "australian", "canada", "canadian", "mexico", "mexican", "brazil", "brazilian", "egypt", "egyptian",
        "saudi", "arabia", "arab", "gaza", "palestinian", "lebanon", "lebanese", "qatar", "nato", "kremlin",
        "dprk", "rok", "sino", "far", "middle", "latin", "karabakh", "crimea", "donbas", "sweden", "swedish",
        "norway", "norwegian", "finland", "finnish", "denmark", "danish", "netherlands", "dutch", "ireland", "irish",
    ]

    /// Capitalized function words, weekdays and months: never (part of) a name.
    static let builtinStopCaps = [
        "the", "a", "an", "in", "on", "at", "of", "for", "with", "by", "from", "to", "and", "or", "but", "as",
        "after", "before", "when", "while", "if", "since", "until", "during", "following", "despite", "although",
        "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
        "our", "my", "your", "there", "here", "some", "many", "most", "both", "all", "each", "every", "no", "not",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "should", "may", "might", "must", "what", "who", "why", "how", "where", "which", "earlier", "later",
        "meanwhile", "however", "also", "then", "now", "yet", "still", "so", "just", "only", "even", "likely",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "state", "analysts", "officials", "experts", "critics", "sources", "media", "footage", "photograph",
        "reuters", "related", "back", "leave", "according", "about", "over", "under", "into", "than", "more",
        "less", "such", "other", "another", "same", "once", "twice", "like", "unlike", "amid", "among", "per",
        // Descriptions that precede a name at a sentence start: Survivor, Witness, Resident ...
        "survivor", "survivors", "witness", "eyewitness", "resident", "residents", "passenger", "passengers",
        "villager", "student", "neighbour", "neighbor", "victim", "commuter", "protester", "volunteer", "rescuer",
        "firefighter", "paramedic", "lawyer", "attorney", "activist", "tourist", "shopkeeper", "fisherman",
    ]

    /// News agencies and outlets that act as speakers ("KCNA said").
    static let builtinAgencies = [
        "kcna", "ria", "tass", "interfax", "reuters", "ap", "afp", "xinhua", "yonhap", "kyodo", "bloomberg",
        "bbc", "cnn", "sputnik", "efe", "ansa", "dpa", "upi", "nhk", "ukrinform", "irna", "anadolu",
    ]

    /// Generic sources that resolve to the most recent named agency ("the agency reported").
    static let builtinGenericSources = [
        "the agency", "the news agency", "the state news agency", "the state agency", "state media",
        "state news agency", "state television", "state tv", "news agency", "the newspaper", "the report",
        "russian media", "official media",
    ]

    /// Lower-case second halves that make a hyphenated capitalized word an adjective ("Seoul-based").
    static let builtinCompoundSuffixes = [
        "based", "led", "made", "era", "style", "born", "owned", "run", "backed", "funded", "linked", "related",
        "speaking", "like", "wide", "level", "class", "type", "bound", "born", "controlled", "friendly", "centric",
        "american", "russian", "korean", "chinese", "european", "western", "soviet",
    ]
}
