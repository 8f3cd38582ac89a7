/// Claim keys that do not say what a value is about: the kind or recognizer class names rules fall
/// back to ("date", "number", "duration") and counted nouns or dimensions any story uses for many
/// things ("people", "years", "distance"). A claim of such a key needs shared context to be linked;
/// a specific key ("death toll", "passenger", "since-last-visit") names one fact of the story.
enum GenericKeys {
    static let words: Set<String> = [
        "number", "count", "quantity", "date", "time", "duration", "percent", "percentage", "quote", "name",
        "official", "text", "value", "amount", "total", "share", "distance", "length", "height", "weight",
        "area", "speed", "mass", "volume", "money", "price", "cost", "year", "years", "month", "months", "week", "weeks", "day",
        "days", "hour", "hours", "minute", "minutes", "times", "people", "person", "persons", "man", "men",
        "woman", "women", "child", "children", "thing", "things", "one", "ones", "other", "others", "unit",
        "units", "item", "items", "part", "parts",
    ]

    /// Whether `key` (a claim key, as the rule produced it) is generic.
    static func contains(_ key: String) -> Bool {
        words.contains(key.lowercased())
    }
}
