/// Which rules can start at a token, answered without testing every rule: rules are filed under each
/// token hash their first step can consume (literals, and the first words of lexicon entries), under
/// each token class their first step tests, and under each recognizer their first step calls. A token
/// costs one hash lookup plus one test per distinct first class and first recognizer, however many
/// rules there are. Lists are flattened into plain integer arrays so the VM's inner loop does no
/// reference counting.
struct StartIndex: Sendable {
    /// Token hash → list number.
    private(set) var byHash = HashMap64()
    /// The keys of `byHash`, to skip most misses cheaply.
    private(set) var hashFilter = HashFilter64()
    /// Distinct token classes that start some rule, each with its list number.
    private(set) var classes: [TokenClass] = []
    private(set) var classLists: [Int32] = []
    /// Distinct recognizers that start some rule, each with its list number.
    private(set) var recognizers: [Int32] = []
    private(set) var recognizerLists: [Int32] = []
    /// The rules of list `k` are `rules[listStart[k]..<listStart[k + 1]]`.
    private(set) var listStart: [Int32] = [0]
    private(set) var rules: [Int32] = []
    /// The rules filed under some token hash, each once.
    private(set) var hashRules: [Int32] = []

    init() {}

    /// Files rule `r` under everything its first step can consume.
    init(filters: [FirstTokenFilter], tries: [LexiconTrie]) {
        var hashLists: [UInt64: [Int32]] = [:]
        var hashOrder: [UInt64] = []
        var classRules: [TokenClass: [Int32]] = [:]
        var recognizerRules: [Int: [Int32]] = [:]
        func file(_ h: UInt64, _ r: Int) {
            if hashLists[h] == nil { hashOrder.append(h) }
            if hashLists[h, default: []].last != Int32(r) { hashLists[h, default: []].append(Int32(r)) }
        }
        for (r, filter) in filters.enumerated() {
            for h in filter.literals { file(h, r) }
            for i in filter.lexicons { for h in tries[i].firstTokens { file(h, r) } }
            for c in filter.classes {
                if classRules[c] == nil { classes.append(c) }
                classRules[c, default: []].append(Int32(r))
            }
            for i in filter.recognizers {
                if recognizerRules[i] == nil { recognizers.append(Int32(i)) }
                recognizerRules[i, default: []].append(Int32(r))
            }
        }
        func addList(_ list: [Int32]) -> Int32 {
            rules += list
            listStart.append(Int32(rules.count))
            return Int32(listStart.count - 2)
        }
        for h in hashOrder {
            byHash.set(h, addList(hashLists[h]!))
            hashFilter.insert(h)
        }
        for h in hashOrder { for r in hashLists[h]! where !hashRules.contains(r) { hashRules.append(r) } }
        classLists = classes.map { addList(classRules[$0]!) }
        recognizerLists = recognizers.map { addList(recognizerRules[Int($0)]!) }
    }
}
