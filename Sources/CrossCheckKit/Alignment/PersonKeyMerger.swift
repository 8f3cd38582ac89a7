import Foundation

/// Merges person keys that name one person: the same letters ("kim jong un" / "kim jongun"), one
/// letter apart in one name part of three letters or more ("kim jong un" / "kim jung un", "ana kolar" /
/// "anna kolar"), though not by one letter for another in a first name of fewer than six or any part of
/// three ("mark ellis" / "mary ellis", "tom hale" / "tim hale" are most often two people, and a false merge
/// sets one's age against the other's), or a
/// lone surname when exactly one full name in the cluster ends with it ("putin" / "vladimir putin"), or
/// full names whose middle names agree ("gregory a pruett" / "gregory alden pruett"; `middleNameUnions`).
/// Keys are only compared inside buckets that share a first or last name part, never all pairs.
struct PersonKeyMerger: Sendable {
    /// Largest bucket compared pairwise (a bucket is the distinct keys sharing a name part).
    var maxBucket = 64

    /// Lower case, hyphens, periods and underscores to spaces, spaces collapsed.
    static func normalize(_ key: String) -> String {
        var out: [UInt8] = []
        var space = false
        for c in key.lowercased().unicodeScalars {
            let v = c.value
            let separator = v < 0x80 ? (v == 0x20 || (v >= 0x09 && v <= 0x0D) || v == 0x2D || v == 0x2E || v == 0x5F)
                : (c.properties.isWhitespace || (0x2010...0x2015).contains(v))
            if separator {
                space = true
                continue
            }
            if space && !out.isEmpty { out.append(0x20) }
            space = false
            if v < 0x80 { out.append(UInt8(v)) } else { out.append(contentsOf: String(c).utf8) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Maps every key (as given) to the key of its merged person. `counts` says how often each key
    /// occurs: the most frequent spelling names the person (ties: the longer, then alphabetical).
    func merge(_ counts: [String: Int]) -> [String: String] {
        let keys = counts.keys.sorted()
        let normalized: [String] = keys.map(PersonKeyMerger.normalize)
        var index: [String: Int] = [:]
        for (i, k) in normalized.enumerated() where index[k] == nil { index[k] = i }
        var dsu = DisjointSet(count: keys.count)
        for (i, k) in normalized.enumerated() { dsu.union(i, index[k]!) }
        let parts = normalized.map { $0.split(separator: " ").map(String.init) }
        let names = parts.map(Name.init)
        // Per normalized key (at its first index): whether any spelling of it has a hyphenated first name.
        var compound = [Bool](repeating: false, count: keys.count)
        for (i, k) in keys.enumerated() where PersonKeyMerger.hasCompoundFirstName(k) { compound[index[normalized[i]]!] = true }
        var buckets: [String: [Int]] = [:]
        for (i, p) in parts.enumerated() where index[normalized[i]] == i {
            guard let first = p.first, let last = p.last else { continue }
            buckets["l:" + last, default: []].append(i)
            if p.count > 1 { buckets["f:" + first, default: []].append(i) }
        }
        for name in buckets.keys.sorted() {
            let members = buckets[name]!
            guard members.count > 1, members.count <= maxBucket else { continue }
            for x in 0..<members.count {
                for y in (x + 1)..<members.count where samePerson(names[members[x]], names[members[y]]) {
                    dsu.union(members[x], members[y])
                }
            }
            if name.hasPrefix("l:") {
                middleNameUnions(members.filter { !compound[$0] }, parts, &dsu)
                // A lone surname joins the only full name ending with it.
                let full = members.filter { parts[$0].count > 1 }
                let fullPeople = Set(full.map { dsu.find($0) })
                if fullPeople.count == 1 {
                    for m in members where parts[m].count == 1 { dsu.union(m, full[0]) }
                }
            }
        }
        var best: [Int: Int] = [:]
        for i in 0..<keys.count {
            let r = dsu.find(i)
            if let b = best[r] {
                let (ci, cb) = (counts[keys[i]]!, counts[keys[b]]!)
                if ci > cb || (ci == cb && (keys[i].count > keys[b].count || (keys[i].count == keys[b].count && keys[i] < keys[b]))) {
                    best[r] = i
                }
            } else {
                best[r] = i
            }
        }
        var out: [String: String] = [:]
        for i in 0..<keys.count { out[keys[i]] = normalized[best[dsu.find(i)]!] }
        return out
    }

    /// Each merged person of `merged` (`merge(counts)`, whose values are normalized) as written: the
    /// first spelling, in sorted order, of `counts`' keys that normalizes to it.
    static func spellings(of counts: [String: Int], merged: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for name in counts.keys.sorted() {
            guard let m = merged[name], out[m] == nil, normalize(name) == m else { continue }
            out[m] = name
        }
        return out
    }

    /// Joins full names that differ only in their middle names when these agree: "gregory a pruett" /
    /// "gregory alden pruett", "gregory pruett" / "gregory alden pruett" (`middleNamesAgree`). Two
    /// names are joined only when every name agreeing with either agrees with both, so a name that
    /// could be either of two people ("john smith" beside "john q smith" and "john r smith", or
    /// "john q smith" beside "john quincy smith" and "john quentin smith") joins neither.
    func middleNameUnions(_ members: [Int], _ parts: [[String]], _ dsu: inout DisjointSet) {
        let full = members.filter { parts[$0].count > 1 }
        guard full.count > 1 else { return }
        // Agreeing names, per member (names sharing a last part: a handful).
        var agreeing: [Int: [Int]] = [:]
        for x in full {
            agreeing[x] = full.filter { $0 != x && PersonKeyMerger.middleNamesAgree(parts[x], parts[$0]) }
        }
        for x in full {
            for y in agreeing[x]! where x < y && !dsu.same(x, y) {
                let both = Set(agreeing[x]! + agreeing[y]!)
                if both.allSatisfy({ z in z == x || z == y || (agreeing[x]!.contains(z) && agreeing[y]!.contains(z)) }) {
                    dsu.union(x, y)
                }
            }
        }
    }

    /// Whether a key's first name is joined to the next by a hyphen ("jean-pierre dupont"): its second
    /// part is then no middle name, and "jean dupont" may be someone else (so such a name takes no part in
    /// `middleNameUnions`).
    static func hasCompoundFirstName(_ key: String) -> Bool {
        guard let first = key.split(whereSeparator: { $0.isWhitespace }).first else { return false }
        return first.unicodeScalars.contains { $0 == "-" || (0x2010...0x2015).contains($0.value) }
    }

    /// Same first and last parts (the first more than an initial), and middle parts that agree: one
    /// side has none, or each pair is equal or an initial and a name it begins ("a" / "alden").
    static func middleNamesAgree(_ a: [String], _ b: [String]) -> Bool {
        guard a.count >= 2, b.count >= 2, a != b, a[0] == b[0], a[0].count > 1, a[a.count - 1] == b[b.count - 1] else { return false }
        let ma = a[1..<(a.count - 1)], mb = b[1..<(b.count - 1)]
        if ma.isEmpty || mb.isEmpty { return true }
        guard ma.count == mb.count else { return false }
        for (x, y) in zip(ma, mb) where x != y {
            let (initial, name) = x.count <= y.count ? (x, y) : (y, x)
            guard initial.count == 1, name.first == initial.first else { return false }
        }
        return true
    }

    /// A key's name parts with what `samePerson` reads of them, worked out once per key: a bucket of a
    /// large cluster compares every pair of its keys, thousands of pairs.
    struct Name {
        let parts: [String]
        /// The parts run together ("kim jong un" and "kim jongun" are one person).
        let joined: String
        /// Characters per part.
        let lengths: [Int]

        init(parts: [String]) {
            self.parts = parts
            joined = parts.joined()
            lengths = parts.map(\.count)
        }
    }

    func samePerson(_ a: [String], _ b: [String]) -> Bool { samePerson(Name(parts: a), Name(parts: b)) }

    func samePerson(_ a: Name, _ b: Name) -> Bool {
        if a.joined == b.joined { return true }
        guard a.parts.count == b.parts.count, a.parts.count > 1 else { return false }
        var differing = 0
        for k in a.parts.indices where a.parts[k] != b.parts[k] {
            let (x, y, nx, ny) = (a.parts[k], b.parts[k], a.lengths[k], b.lengths[k])
            differing += 1
            // (Three letters each and one apart is one letter for another: "tom" / "tim".)
            guard differing == 1, nx >= 3, ny >= 3, max(nx, ny) >= 4, PersonKeyMerger.withinOneEdit(x, y) else { return false }
            // A first name with one letter for another is most often another name ("mark" / "mary", "john" /
            // "joan", "jane" / "june"): only a long one is taken for a misspelling ("sergei" / "sergey").
            // (A letter and its accented form are one letter: "tomás" / "tomas".)
            if k == 0 && nx == ny && nx < 6 && !PersonKeyMerger.sameLetters(x, y) { return false }
        }
        return true
    }

    /// Whether `a` and `b` differ only in accents ("tomás" / "tomas").
    static func sameLetters(_ a: String, _ b: String) -> Bool {
        a.folding(options: .diacriticInsensitive, locale: nil) == b.folding(options: .diacriticInsensitive, locale: nil)
    }

    /// Whether the Levenshtein distance of `a` and `b`, over Unicode scalars, is at most 1: once their
    /// common beginning and then their common end are set aside, at most one scalar is left of each (one
    /// substituted, inserted or deleted). No table, no arrays: this runs for every pair of a bucket.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        var x = a.unicodeScalars[...], y = b.unicodeScalars[...]
        while let p = x.first, let q = y.first, p == q {
            x.removeFirst()
            y.removeFirst()
        }
        while let p = x.last, let q = y.last, p == q {
            x.removeLast()
            y.removeLast()
        }
        return x.count <= 1 && y.count <= 1
    }
}
