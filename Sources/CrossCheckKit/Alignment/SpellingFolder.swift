/// Folds British and American spelling conventions (and similar house-style variants) to one form,
/// so "honour"/"honor", "programme"/"program", "organise"/"organize", "centre"/"center",
/// "travelled"/"traveled", "defence"/"defense" compare equal. Both sides of a comparison are folded,
/// so a fold only has to be consistent, not a real spelling.
enum SpellingFolder {
    /// Whole-word pairs no suffix rule covers.
    static let words: [String: String] = [
        "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
        "defences": "defenses", "offences": "offenses", "licences": "licenses", "pretences": "pretenses",
        "programme": "program", "programmes": "programs", "grey": "gray", "ageing": "aging",
        "judgement": "judgment", "aluminium": "aluminum", "cheque": "check", "kerb": "curb", "tyre": "tire",
        "storey": "story", "storeys": "stories", "mould": "mold", "plough": "plow", "sceptical": "skeptical",
        "manoeuvre": "maneuver", "catalogue": "catalog", "dialogue": "dialog", "analogue": "analog",
        "towards": "toward", "amongst": "among", "whilst": "while",
        // British past forms in -t beside American -ed ("dreamt"/"dreamed"): one verb, two conventions.
        "learnt": "learned", "spelt": "spelled", "dreamt": "dreamed", "burnt": "burned", "spoilt": "spoiled",
        "leapt": "leaped", "knelt": "kneeled", "smelt": "smelled", "dwelt": "dwelled", "spilt": "spilled",
        "leant": "leaned",
        "fulfil": "fulfill", "enrol": "enroll", "instil": "instill", "practise": "practice",
    ]

    /// `words` by the FNV-1a hash of the word, as an index into `wordPairs` (looked up without Swift's `Hasher`).
    private static let wordPairs: [(String, String)] = words.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    private static let wordIndex: HashMap64 = {
        var m = HashMap64(capacity: wordPairs.count)
        for (i, p) in wordPairs.enumerated() { m.set(StableHash.fnv1a(p.0), Int32(i)) }
        return m
    }()

    /// The suffix rules of `fold`, in the order they are tried: (shortest word, suffix, replacement).
    private static let suffixRules: [(Int, [UInt8], [UInt8])] = {
        var rules: [(Int, [UInt8], [UInt8])] = []
        func add(_ minLength: Int, _ suffixes: [String], from: String, to: String) {
            for s in suffixes {
                let r = s.range(of: from)!
                var tail = s
                tail.replaceSubrange(r, with: to)
                rules.append((minLength, Array(s.utf8), Array(tail.utf8)))
            }
        }
        add(6, ["our", "ours", "oured", "ouring", "ourite", "ourable", "ourful"], from: "our", to: "or")
        add(6, ["ise", "ised", "ises", "ising", "isation", "isations"], from: "is", to: "iz")
        add(6, ["yse", "ysed", "yses", "ysing"], from: "ys", to: "yz")
        add(5, ["tre", "tres"], from: "tre", to: "ter")
        add(8, ["lled", "lling", "ller", "llers"], from: "ll", to: "l")
        return rules
    }()

    /// Indices into `suffixRules` by the suffix's last byte, in rule order (only those can match a word
    /// ending with that byte, and the first that matches is the one `fold` applies).
    private static let rulesByLastByte: [[Int]] = {
        var table = [[Int]](repeating: [], count: 256)
        for (i, r) in suffixRules.enumerated() { table[Int(r.1.last!)].append(i) }
        return table
    }()

    /// Folds one lower-case word.
    static func fold(_ w: String) -> String {
        var w = w
        let folded: String?? = w.withUTF8 { b -> String?? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }  // not ASCII: the general rules below
            return .some(fold(ascii: b))
        }
        switch folded {
        case .some(.some(let f)): return f
        case .some(.none): return w
        case .none: return foldByCharacter(w)
        }
    }

    /// `fold` of a lower-case ASCII word given as bytes: the folded form, or nil when the word folds to
    /// itself. ASCII is one byte per character, so lengths and suffixes are byte counts and byte runs.
    static func fold(ascii b: UnsafeBufferPointer<UInt8>) -> String? {
        var h = StableHash.offset
        for x in b { h = (h ^ UInt64(x)) &* StableHash.prime }
        if let i = wordIndex.get(h), wordPairs[Int(i)].0.utf8.elementsEqual(b) { return wordPairs[Int(i)].1 }
        let n = b.count
        guard n > 0 else { return nil }
        for r in rulesByLastByte[Int(b[n - 1])] {
            let (minLength, suffix, replacement) = suffixRules[r]
            guard n >= minLength && n >= suffix.count else { continue }
            guard b[(n - suffix.count)...].elementsEqual(suffix) else { continue }
            return String(decoding: b[..<(n - suffix.count)], as: UTF8.self) + String(decoding: replacement, as: UTF8.self)
        }
        return nil
    }

    /// `fold` by characters (any word).
    static func foldByCharacter(_ w: String) -> String {
        if let mapped = words[w] { return mapped }
        let n = w.count
        // -our → -or (colour, honour, labour, favourite); short words (four, hour, your) are left alone.
        if n >= 6, let r = replaceSuffix(w, ["our", "ours", "oured", "ouring", "ourite", "ourable", "ourful"], from: "our", to: "or") { return r }
        // -ise/-isation/-yse → -ize/-ization/-yze (organise, analyse); short words (rise, wise) are left alone.
        if n >= 6, let r = replaceSuffix(w, ["ise", "ised", "ises", "ising", "isation", "isations"], from: "is", to: "iz") { return r }
        if n >= 6, let r = replaceSuffix(w, ["yse", "ysed", "yses", "ysing"], from: "ys", to: "yz") { return r }
        // -tre → -ter (centre, metre, theatre).
        if n >= 5, let r = replaceSuffix(w, ["tre", "tres"], from: "tre", to: "ter") { return r }
        // -lled/-lling → -led/-ling (travelled, cancelling, labelled, modelling).
        if n >= 8, let r = replaceSuffix(w, ["lled", "lling", "ller", "llers"], from: "ll", to: "l") { return r }
        return w
    }

    /// When `w` ends with one of `suffixes`, replaces the first `from` of that suffix with `to`.
    private static func replaceSuffix(_ w: String, _ suffixes: [String], from: String, to: String) -> String? {
        for s in suffixes where w.hasSuffix(s) {
            let stem = w.dropLast(s.count)
            guard let range = s.range(of: from) else { continue }
            var tail = s
            tail.replaceSubrange(range, with: to)
            return String(stem) + tail
        }
        return nil
    }
}
