/// English function words that say nothing about what a claim is about (context matching skips them).
enum StopWords {
    static let words: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
        "as", "into", "onto", "over", "under", "about", "after", "before", "during", "since", "until", "than",
        "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "why", "how",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "it", "its", "he", "she", "they",
        "them", "their", "his", "her", "him", "we", "our", "us", "you", "your", "i", "me", "my", "not", "no",
        "so", "if", "then", "there", "here", "also", "said", "says", "say", "told", "more", "most", "some",
        "such", "other", "any", "all", "both", "each", "per", "up", "down", "out", "off", "again", "very",
        "just", "only", "one", "two", "mr", "mrs", "ms", "s", "new", "while", "between", "against", "through",
        "according", "reported", "added", "including", "around", "nearly", "almost", "least", "last", "first",
    ]
}
