/// English function words (and reporting verbs every story uses), left out of vocabulary overlap.
enum Stopwords {
    static let words: [String] = [
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out",
        "has", "have", "his", "him", "how", "its", "may", "new", "now", "old", "see", "two", "way", "who", "did", "get",
        "let", "say", "she", "too", "use", "that", "with", "this", "they", "from", "will", "would", "there", "their",
        "what", "about", "which", "when", "make", "like", "time", "just", "know", "take", "into", "year", "your",
        "some", "could", "them", "than", "then", "look", "only", "come", "over", "think", "also", "back", "after",
        "work", "first", "well", "even", "want", "because", "these", "give", "most", "been", "were", "said", "says",
        "more", "such", "very", "where", "while", "those", "being", "other", "both", "each", "many", "much", "should",
        "does", "done", "here", "however", "before", "since", "until", "during", "under", "between", "against",
        "among", "through", "without", "within", "upon", "again", "further", "once", "same", "own", "few", "nor",
        "off", "per", "via", "yet", "told", "added", "according", "including", "last", "next", "week", "day", "days",
        "years", "month", "months", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "mr", "mrs", "ms", "dr", "per", "cent", "percent", "people", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "still", "already", "around", "across", "along", "never", "always",
        "often", "who", "whom", "whose", "why", "because", "made", "went", "going", "come", "came", "says", "saying",
    ]

    /// Hashes of the normalized stopwords (as `Token.hash` computes them).
    static let hashes: HashSet64 = HashSet64(words.map { Token.hash(literal: $0) })
}
