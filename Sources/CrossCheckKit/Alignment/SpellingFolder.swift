/// Folds British and American spelling conventions (and similar house-style variants) to one form,
/// so "honour"/"honor", "programme"/"program", "organise"/"organize", "centre"/"center",
/// "travelled"/"traveled", "defence"/"defense" compare equal. Both sides of a comparison are folded,
/// so a fold only has to be consistent, not a real spelling.
enum SpellingFolder {
    /// Whole-word pairs no suffix rule covers.
    static let words: [String: String] = [
        "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
        "programme": "program", "programmes": "programs", "grey": "gray", "ageing": "aging",
        "judgement": "judgment", "aluminium": "aluminum", "cheque": "check", "kerb": "curb", "tyre": "tire",
        "storey": "story", "storeys": "stories", "mould": "mold", "plough": "plow", "sceptical": "skeptical",
        "manoeuvre": "maneuver", "catalogue": "catalog", "dialogue": "dialog", "analogue": "analog",
        "towards": "toward", "amongst": "among", "whilst": "while", "learnt": "learned", "spelt": "spelled",
        "fulfil": "fulfill", "enrol": "enroll", "instil": "instill", "practise": "practice",
    ]

    /// Folds one lower-case word.
    static func fold(_ w: String) -> String {
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
