/// `<official>`: a person named with a title or role, in the common news constructions:
///
/// - before the name: "Foreign Minister Anna Berglund", "FM Berglund", "Minister of Defence ...",
///   with qualifiers "Norland President ...", "NATO Secretary General ...", "White House national
///   security council spokesman ...", and a possessor "Berglund's foreign policy aide ...";
/// - an appositive after the name: "..., the U.S. Secretary of State", "..., a former Northland special
///   forces commander", "..., professor of marine biology at Velm University", "..., an analyst with
///   the 38 Harbour program".
///
/// The value is `.official(name: canonical person, title: normalized title)`: lexicon canonical forms
/// ("FM" → "foreign minister", "aide" → "adviser", "defence chief" → "defense minister") with the
/// lower-case modifiers that matter ("foreign policy adviser", "former special forces commander");
/// capitalized qualifiers (nation, organisation) go to the `org` attribute, a possessor to `of`, the
/// head title's canonical form and group to `head` and `group`.
public struct OfficialRecognizer: Recognizer, PeopleRecognizing {
    public let name = "official"

    public init() {}

    private static let possessive = Token.hash(literal: "'s")
    private static let comma = Token.hash(literal: ",")
    private static let dot = Token.hash(literal: ".")
    private static let ex = Token.hash(literal: "ex")
    /// Words after which a title word is a verb: "voters will judge Tom Hale", "she used to coach Tom Hale".
    private static let verbLeads: HashSet64 = HashSet64(["to", "will", "would", "shall", "should", "can", "could", "may",
                                                          "might", "must", "'ll", "did", "does", "do"].map { Token.hash(literal: $0) })
    private static let determiners: HashSet64 = HashSet64(["a", "an", "the"].map { Token.hash(literal: $0) })
    private static let ofHash = Token.hash(literal: "of")
    private static let orgPrepositions: HashSet64 = HashSet64(["at", "with", "for", "from"].map { Token.hash(literal: $0) })
    private static let stopComplement: HashSet64 = HashSet64(["the", "a", "an", "and", "in", "at", "with", "for", "to", "on", "by", "who", "which", "that"].map { Token.hash(literal: $0) })

    public func recognize(_ text: SegmentedText, context: RecognizerContext) -> [Recognition] {
        let people = PeopleAnalysis.of(text, context)
        // Both constructions need a title phrase (`before` one ending at the name, `after` a head),
        // and a person. (Asked first: a text without either copies none of the scan's tables out.)
        if people.scan.titles.isEmpty || people.scan.mentions.isEmpty { return [] }
        let scan = people.scan
        let vocabulary = people.vocabulary
        var out: [Recognition] = []
        // A recognition's attributes, written into one reused buffer and copied out.
        var kv = AttributeWriter()
        let comma = Self.comma
        // Most mentions have neither a title phrase ending right before them nor a comma right after:
        // both are checked here on the raw tables, and `before`/`after` run only for the mentions that
        // pass (no call, no segment, no optional recognition for the others).
        scan.titleIndex.withUnsafeBufferPointer { titleIndex in
            scan.titles.withUnsafeBufferPointer { titles in
                text.tokens.withUnsafeBufferPointer { tokens in
                    scan.mentions.withUnsafeBufferPointer { mentions in
                        let n = tokens.count
                        for i in 0..<mentions.count {
                            // (By index: a mention is not copied, only the fields read. The list is made at its
                            // first recognition, with room for one per mention: not regrown one append at a time.)
                            let name = mentions[i].tokens
                            let s = mentions[i].honorific?.lowerBound ?? name.lowerBound
                            let ts = Self.titleStart(endingAt: s, titleIndex, titles)
                            if ts >= 0, let r = before(i, titleStart: ts, text, scan, vocabulary, &kv) {
                                if out.capacity == 0 { out.reserveCapacity(mentions.count) }
                                out.append(r)
                            }
                            if name.upperBound < n, tokens[name.upperBound].hash == comma,
                               Self.titleStarts(after: name.upperBound + 1, titleIndex),
                               let r = after(i, text, scan, vocabulary, &kv) {
                                if out.capacity == 0 { out.reserveCapacity(mentions.count) }
                                out.append(r)
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Whether a title phrase starts in the tokens `after` walks through first: from `k` (the token after
    /// the comma) over an age and a determiner (three tokens) and the eleven words or modifiers it
    /// reads at most before its first title (any more and its twelve steps are spent).
    @inline(__always)
    private static func titleStarts(after k: Int, _ titleIndex: UnsafeBufferPointer<Int32>) -> Bool {
        let end = min(titleIndex.count, k + 15)
        var t = k
        while t < end {
            if titleIndex[t] >= 0 { return true }
            t += 1
        }
        return false
    }

    /// The start of the title phrase ending at `s` that starts in the five tokens before it, the nearest
    /// one (the title `before` builds on), or -1: read from the scan's tables (`titleIndex` empty: no
    /// title phrases).
    @inline(__always)
    private static func titleStart(endingAt s: Int, _ titleIndex: UnsafeBufferPointer<Int32>,
                                   _ titles: UnsafeBufferPointer<PeopleVocabulary.Title>) -> Int {
        guard !titleIndex.isEmpty else { return -1 }
        var t = s - 1
        let lowest = max(0, s - 5)
        while t >= lowest {
            let k = titleIndex[t]
            if k >= 0 && t + titles[Int(k)].length == s { return t }
            t -= 1
        }
        return -1
    }

    /// The attribute keys, encoded once (`AttributeWriter.append(encoded:)`: one copy, no length to
    /// write), behind one reference.
    private final class Keys: Sendable {
        let group = AttributeWriter.encoded("group"), head = AttributeWriter.encoded("head"), of = AttributeWriter.encoded("of")
        let org = AttributeWriter.encoded("org"), surface = AttributeWriter.encoded("surface")
        let titleSurface = AttributeWriter.encoded("titleSurface")
    }

    private static let keys = Keys()

    private struct Segment {
        var range: Range<Int>
        /// The first qualifier, the only one `before` finds (no array for it); any others in `moreOrg`.
        var org: Range<Int>?
        var moreOrg: [Range<Int>] = []
        var possessor: String?
        /// The head title, by its index in the scan's `titles` (or -1): read in place there, not copied
        /// into the segment with its strings retained.
        var head: Int32 = -1

        mutating func appendOrg(_ r: Range<Int>) {
            if org == nil { org = r } else { moreOrg.append(r) }
        }

        /// Keeps the qualifiers that end by `end`, in order.
        mutating func keepOrg(endingBy end: Int) {
            // (One qualifier or none, most often: no list is made for it.)
            if moreOrg.isEmpty {
                if let o = org, o.upperBound > end { org = nil }
                return
            }
            // The qualifiers come in text order, none overlapping: those ending by `end` are a prefix.
            guard let o = org, o.upperBound <= end else {
                org = nil
                moreOrg = []
                return
            }
            let kept = moreOrg.prefix { $0.upperBound <= end }.count
            moreOrg.removeLast(moreOrg.count - kept)
        }
    }

    /// "Norland President Anna Berglund", "Berglund's foreign policy adviser Tomas Okafor": mention `mi`
    /// after the title phrase starting at `ts` (`titleStart(endingAt:)` of the mention's start).
    private func before(_ mi: Int, titleStart ts: Int, _ text: SegmentedText, _ scan: PeopleScan, _ v: PeopleVocabulary,
                        _ kv: inout AttributeWriter) -> Recognition? {
        let tokens = text.tokens
        let mTokens = scan.mentions[mi].tokens, mHonorific = scan.mentions[mi].honorific
        let s = mHonorific?.lowerBound ?? mTokens.lowerBound
        let head = scan.titleIndex[ts]
        let sentenceStart = text.sentences[text.sentenceIndex(ofToken: s)].tokens.lowerBound
        var seg = Segment(range: ts..<s, head: head)
        var k = ts - 1
        // Lower-case modifiers and further titles: "national security council spokesman". (The
        // tokens `(k + 1)..<ts` once found: no list of them is made.)
        while k >= sentenceStart {
            let t = tokens[k]
            // Capitalized ones too ("Regional Governor", "Deputy Prime Minister"), not all-caps.
            if t.kind == .word, !t.flags.contains(.allCaps), v.titleModifiers.contains(t.hash) { k -= 1; continue }
            break
        }
        let modifiers = (k + 1)..<ts
        if modifiers.isEmpty, k >= sentenceStart, !tokens[ts].flags.contains(.capitalized), Self.verbLeads.contains(tokens[k].hash) { return nil }
        // "ex-president", "Ex-treasurer": a glued "ex-" before the title (or its modifiers) is "former".
        var former = false
        if k - 1 >= sentenceStart, tokens[k].kind == .dash, !tokens[k].flags.contains(.spaceBefore),
           !tokens[k + 1].flags.contains(.spaceBefore), tokens[k - 1].hash == Self.ex {
            former = true
            k -= 2
        }
        // Capitalized qualifiers: "Norland", "NATO", "U.S.", "White House".
        var orgEnd = k + 1
        while k >= sentenceStart {
            let t = tokens[k]
            if t.kind == .word, t.flags.contains(.capitalized), !v.stopCaps.contains(t.hash), !v.honorifics.contains(t.hash) {
                k -= 1; continue
            }
            if t.hash == Self.dot, k > 0, !t.flags.contains(.spaceBefore), tokens[k - 1].length == 1,
               tokens[k - 1].flags.contains(.capitalized) {
                k -= 1; continue
            }
            break
        }
        if k + 1 < orgEnd { seg.org = (k + 1)..<orgEnd }
        // A possessor: "Berglund's foreign policy adviser".
        if seg.org == nil, k >= sentenceStart + 1, tokens[k].hash == Self.possessive {
            var p = k - 1
            while p - 1 >= sentenceStart, tokens[p - 1].kind == .word, tokens[p - 1].flags.contains(.capitalized) { p -= 1 }
            if tokens[k - 1].kind == .word, tokens[k - 1].flags.contains(.capitalized) {
                seg.possessor = possessorName(text, p..<k, scan, v)
                orgEnd = p
            }
        } else if let org = seg.org, org.lowerBound > sentenceStart, tokens[org.lowerBound - 1].hash == Self.possessive {
            // "Putin's Kremlin aide": keep the qualifier, note the possessor.
            let e = org.lowerBound - 1
            if e > sentenceStart, tokens[e - 1].kind == .word, tokens[e - 1].flags.contains(.capitalized) {
                seg.possessor = possessorName(text, (e - 1)..<e, scan, v)
            }
        }
        let start = min(seg.org?.lowerBound ?? (k + 1), k + 1)
        seg.range = start..<s
        // (Most titles have no modifiers: the head's canonical form as it is.)
        let canonical = scan.titles[Int(head)].canonical
        let title = (former ? "former " : "") + (modifiers.isEmpty ? canonical : self.title(text, modifiers: modifiers, head: canonical))
        return recognition(mi, scan, seg, title: title, whole: start..<mTokens.upperBound, text, &kv)
    }

    /// "Anna Berglund, the Norland foreign minister", "Tomas Okafor, professor of ... at ...".
    private func after(_ mi: Int, _ text: SegmentedText, _ scan: PeopleScan, _ v: PeopleVocabulary, _ kv: inout AttributeWriter) -> Recognition? {
        let tokens = text.tokens
        let mTokens = scan.mentions[mi].tokens, mHonorific = scan.mentions[mi].honorific
        let n = tokens.count
        var k = mTokens.upperBound
        guard k < n, tokens[k].hash == Self.comma else { return nil }
        let sentenceEnd = text.sentences[text.sentenceIndex(ofToken: mTokens.lowerBound)].tokens.upperBound
        k += 1
        // "X, 54, a ..."
        if k + 1 < sentenceEnd, tokens[k].kind == .number, tokens[k + 1].hash == Self.comma { k += 2 }
        if k < sentenceEnd, Self.determiners.contains(tokens[k].hash) { k += 1 }
        let segStart = k
        var seg = Segment(range: segStart..<segStart)
        var words: [String] = []
        var lastHeadEnd = -1
        var orgStart = -1
        func closeOrg(_ at: Int) { if orgStart >= 0 { seg.appendOrg(orgStart..<at); orgStart = -1 } }
        var steps = 0
        while k < sentenceEnd && steps < 12 {
            steps += 1
            let t = tokens[k]
            if t.kind == .word, scan.titleEnd(k) > k {
                let title = scan.titleIndex[k]
                closeOrg(k)
                let e = scan.titleEnd(k)
                if e < sentenceEnd, tokens[e].hash == Self.possessive { return nil } // "the leader's sister"
                words.append(scan.titles[Int(title)].canonical)
                seg.head = title
                lastHeadEnd = e
                k = e
                continue
            }
            if t.kind == .word, !t.flags.contains(.allCaps), v.titleModifiers.contains(t.hash),
               !t.flags.contains(.capitalized) || orgStart < 0 {
                closeOrg(k)
                words.append(modifier(text, k))
                k += 1
                continue
            }
            if t.kind == .word, t.flags.contains(.capitalized), !v.stopCaps.contains(t.hash) {
                if orgStart < 0 { orgStart = k }
                k += 1
                continue
            }
            if t.hash == Self.dot, orgStart >= 0, !t.flags.contains(.spaceBefore), tokens[k - 1].length == 1 {
                k += 1
                continue
            }
            if t.hash == Self.possessive, orgStart >= 0 {
                seg.possessor = possessorName(text, orgStart..<k, scan, v)
                orgStart = -1
                k += 1
                continue
            }
            break
        }
        closeOrg(k)
        guard seg.head >= 0, lastHeadEnd > 0 else { return nil }
        let headCanonical = scan.titles[Int(seg.head)].canonical
        // "Appearing with X, NATO Secretary General Y": the title belongs to the name after it.
        if lastHeadEnd < n, tokens[lastHeadEnd].kind == .word, tokens[lastHeadEnd].flags.contains(.capitalized) { return nil }
        // Words after the last head that are not part of the title end it there.
        while let last = words.last, last != headCanonical { words.removeLast() }
        seg.keepOrg(endingBy: lastHeadEnd)
        var end = lastHeadEnd
        // Complements: "of marine biology", then "at Velm University" / "with the 38 Harbour program".
        if end < sentenceEnd, tokens[end].hash == Self.ofHash {
            var c = end + 1
            var comp: [String] = []
            while c < sentenceEnd, comp.count < 4, tokens[c].kind == .word, !tokens[c].flags.contains(.capitalized),
                  !Self.stopComplement.contains(tokens[c].hash) {
                comp.append(modifier(text, c))
                c += 1
            }
            if !comp.isEmpty {
                words.append("of")
                words += comp
                end = c
            }
        }
        if end < sentenceEnd, Self.orgPrepositions.contains(tokens[end].hash) {
            var c = end + 1
            if c < sentenceEnd, Self.determiners.contains(tokens[c].hash) { c += 1 }
            let os = c
            while c < sentenceEnd {
                let t = tokens[c]
                if (t.kind == .word && t.flags.contains(.capitalized)) || t.kind == .number
                    || (c > os && t.kind == .word && v.organisationWords.contains(t.hash)) { c += 1; continue }
                break
            }
            if c > os, tokens[c - 1].kind == .word {
                seg.appendOrg(os..<c)
                end = c
            }
        }
        seg.range = segStart..<end
        guard !words.isEmpty else { return nil }
        // (Most titles are one word: no join.)
        let title = words.count == 1 ? words[0] : Self.spaced(words)
        return recognition(mi, scan, seg, title: title, whole: (mHonorific?.lowerBound ?? mTokens.lowerBound)..<end, text, &kv)
    }

    /// The recognition of mention `mi` of `scan` with the title `title` (`seg`'s words, joined) and the
    /// segment's qualifiers; `kv` writes the attributes. (The mention's fields are read in place, not
    /// copied with its strings retained.)
    private func recognition(_ mi: Int, _ scan: PeopleScan, _ seg: Segment, title: String, whole: Range<Int>,
                             _ text: SegmentedText, _ kv: inout AttributeWriter) -> Recognition? {
        guard seg.head >= 0 else { return nil }
        let head = Int(seg.head)
        let keys = Self.keys
        // Attributes in key order (encoded into their own storage: `kv` is reused).
        kv.reset()
        if let g = scan.titles[head].group { kv.append(encoded: keys.group); kv.append(g) }
        kv.append(encoded: keys.head); kv.append(scan.titles[head].canonical)
        if let p = seg.possessor { kv.append(encoded: keys.of); kv.append(p) }
        if let first = seg.org {
            if seg.moreOrg.isEmpty {
                kv.append(encoded: keys.org); kv.append(text, tokens: first)
            } else {
                var org = text.string(tokens: first)
                for r in seg.moreOrg {
                    org += "; "
                    org += text.string(tokens: r)
                }
                kv.append(encoded: keys.org); kv.append(org)
            }
        }
        kv.append(encoded: keys.surface); kv.append(scan.mentions[mi].surface)
        kv.append(encoded: keys.titleSurface); kv.append(text, tokens: seg.range)
        let attributes = kv.attributes()
        // Names ascending: name, org, title (stored inline).
        let mTokens = scan.mentions[mi].tokens
        let parts = seg.org.map { RecognitionParts(.name, mTokens, .org, $0, .title, seg.range) }
            ?? RecognitionParts(.name, mTokens, .title, seg.range)
        return Recognition(tokens: whole, value: .official(name: scan.mentions[mi].canonical, title: title), parts: parts, attributes: attributes)
    }

    /// `words.joined(separator: " ")` (at least one word), written once into a string of its exact size.
    private static func spaced(_ words: [String]) -> String {
        var size = words.count - 1
        for w in words { size += w.utf8.count }
        return String(unsafeUninitializedCapacity: size) { out in
            var i = 0
            for (k, var w) in words.enumerated() {
                if k > 0 { out[i] = 0x20; i += 1 }
                w.withUTF8 { u in
                    for b in u { out[i] = b; i += 1 }
                }
            }
            return i
        }
    }

    /// The modifiers of tokens `modifiers` and `head`, spaced (`spaced` of their words): when the
    /// modifiers are ASCII (or respelled), their bytes are written lowercased straight into one
    /// string sized once; else through their strings.
    private func title(_ text: SegmentedText, modifiers: Range<Int>, head: String) -> String {
        let spelling = Self.spelling
        let tokens = text.tokens
        var head = head
        return text.text.withUnsafeBufferPointer { b in
            var size = head.utf8.count
            for k in modifiers {
                let tok = tokens[k]
                if let i = spelling.index.get(tok.hash) { size += spelling.spelled[Int(i)].utf8.count + 1; continue }
                let start = Int(tok.start), end = Int(tok.end)
                guard Normalizer.isASCII(b, start, end) else { return Self.spaced(modifiers.map { modifier(text, $0) } + [head]) }
                size += end - start + 1
            }
            return head.withUTF8 { h in
                String(unsafeUninitializedCapacity: size) { out in
                    var i = 0
                    for k in modifiers {
                        let tok = tokens[k]
                        if let x = spelling.index.get(tok.hash) {
                            var w = spelling.spelled[Int(x)]
                            w.withUTF8 { for c in $0 { out[i] = c; i += 1 } }
                        } else {
                            Self.writeLowered(b, Int(tok.start), Int(tok.end), to: out, at: &i)
                        }
                        out[i] = 0x20
                        i += 1
                    }
                    for c in h { out[i] = c; i += 1 }
                    return i
                }
            }
        }
    }

    /// `PeopleVocabulary.spelling` by the token hash of its keys (`Token.hash(literal:)`): a word is
    /// looked up by the hash its token already holds, not by a normalized String through Swift's
    /// seeded `Hasher`, and a word to respell is never normalized at all.
    private struct Spelling: Sendable {
        var index = HashMap64()
        var spelled: [String] = []

        init() {
            for (from, to) in PeopleVocabulary.spelling.sorted(by: { $0.key < $1.key }) {
                index.set(Token.hash(literal: from), Int32(spelled.count))
                spelled.append(to)
            }
        }
    }

    private static let spelling = Spelling()

    /// The normalized word of token `k`, respelled (`PeopleVocabulary.spelling`).
    private func modifier(_ text: SegmentedText, _ k: Int) -> String {
        let spelling = Self.spelling
        let tok = text.tokens[k]
        if let i = spelling.index.get(tok.hash) { return spelling.spelled[Int(i)] }
        // An ASCII word normalizes to its bytes in lower case: written straight into the string (a
        // short one is stored inline, no allocation), with no array between.
        let start = Int(tok.start), end = Int(tok.end)
        let word: String? = text.text.withUnsafeBufferPointer { b in
            guard Normalizer.isASCII(b, start, end) else { return nil }
            return String(unsafeUninitializedCapacity: end - start) { out in
                var i = 0
                Self.writeLowered(b, start, end, to: out, at: &i)
                return i
            }
        }
        return word ?? text.normalized(k)
    }

    /// Writes bytes `start..<end` of `b` (ASCII) lower-cased into `out` from `i`, advancing `i`.
    @inline(__always)
    private static func writeLowered(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                     to out: UnsafeMutableBufferPointer<UInt8>, at i: inout Int) {
        for j in start..<end {
            out[i] = Normalizer.lowerASCII(b[j])
            i += 1
        }
    }

    /// The possessor of a role ("Putin's"): the canonical person when it is a known mention.
    private func possessorName(_ text: SegmentedText, _ range: Range<Int>, _ scan: PeopleScan, _ v: PeopleVocabulary) -> String {
        for t in range { if let m = scan.mention(at: t) { return m.canonical } }
        return PersonName.display(text.string(tokens: range), vocabulary: v)
    }

    public var examples: [RecognizerExample] {
        [
            RecognizerExample("Foreign Minister Anna Berglund arrived in Velm.", match: "Foreign Minister Anna Berglund", value: "Anna Berglund (foreign minister)"),
            RecognizerExample("Delegates included FM Varga and the trade minister.", match: "FM Varga", value: "Varga (foreign minister)"),
            RecognizerExample("The ex-president Ana Lind spoke first.", match: "ex-president Ana Lind", value: "Ana Lind (former president)"),
            RecognizerExample("The court heard that ex-treasurer Pruett had lied.", match: "ex-treasurer Pruett", value: "Pruett (former treasurer)"),
            RecognizerExample("Voters will judge Tom Hale on his record in May.", match: "judge Tom Hale", value: nil),
            RecognizerExample("She used to coach Tom Hale at the club.", match: "coach Tom Hale", value: nil),
            RecognizerExample("Cheering crowds greeted Norland President Ilse Marten in Velm.", match: "Norland President Ilse Marten", value: "Ilse Marten (president)"),
            RecognizerExample("Also present was Minister of Defence Pavel Orlik.", match: "Minister of Defence Pavel Orlik", value: "Pavel Orlik (defense minister)"),
            RecognizerExample("Norland's defence chief Pavel Orlik stayed home.", match: "defence chief Pavel Orlik", value: "Pavel Orlik (defense minister)"),
            RecognizerExample("The talks were described by Marten's foreign policy aide Tomas Okafor.", match: "foreign policy aide Tomas Okafor", value: "Tomas Okafor (foreign policy adviser)"),
            RecognizerExample("Palace official Lena Brandt confirmed the delay.", match: "Palace official Lena Brandt", value: "Lena Brandt (official)"),
            RecognizerExample("Velm Hall national security council spokesman Marcus Hale said on Monday the trip was planned.", match: "Velm Hall national security council spokesman Marcus Hale", value: "Marcus Hale (national security council spokesperson)"),
            RecognizerExample("Later, NATO Secretary General Ingrid Dahl spoke.", match: "NATO Secretary General Ingrid Dahl", value: "Ingrid Dahl (secretary general)"),
            RecognizerExample("In Velm, U.S. Secretary of State Paul Brandt told reporters the visit was useful.", match: "U.S. Secretary of State Paul Brandt", value: "Paul Brandt (secretary of state)"),
            RecognizerExample("The plan was backed by Paul Brandt, the U.S. Secretary of State, on Friday.", match: "Paul Brandt, the U.S. Secretary of State", value: "Paul Brandt (secretary of state)"),
            RecognizerExample("Tomas Okafor, Marten's foreign policy adviser, said the pact was ready.", match: "Tomas Okafor, Marten's foreign policy adviser", value: "Tomas Okafor (foreign policy adviser)"),
            RecognizerExample("\"It will not be easy,\" said Jae-won Seo, a former Northland special forces commander, on Monday.", match: "Jae-won Seo, a former Northland special forces commander", value: "Jae-won Seo (former special forces commander)"),
            RecognizerExample("The grid is fragile, wrote Mira Solberg Haug, an analyst with the 38 Harbour program in Velm.", match: "Mira Solberg Haug, an analyst with the 38 Harbour program", value: "Mira Solberg Haug (analyst)"),
            RecognizerExample("\"It is a test,\" said Leif-Arne Dahl, professor of marine biology at Velm Coastal University in Norland.", match: "Leif-Arne Dahl, professor of marine biology at Velm Coastal University", value: "Leif-Arne Dahl (professor of marine biology)"),
            RecognizerExample("Regional Governor Petra Sand visited the pier.", match: "Regional Governor Petra Sand", value: "Petra Sand (regional governor)"),
            RecognizerExample("Deputy Governor Petra Sand visited the pier.", match: "Deputy Governor Petra Sand", value: "Petra Sand (deputy governor)"),
            RecognizerExample("Transport Minister Jonas Ekholm spoke first.", match: "Transport Minister Jonas Ekholm", value: "Jonas Ekholm (transport minister)"),
            RecognizerExample("Minister of Transport Jonas Ekholm spoke first.", match: "Minister of Transport Jonas Ekholm", value: "Jonas Ekholm (minister of transport)"),
            RecognizerExample("Later, Secretary for Home Affairs Lena Brandt arrived.", match: "Secretary for Home Affairs Lena Brandt", value: "Lena Brandt (secretary for home affairs)"),
            RecognizerExample("Hana Orlik, 54, a senior researcher, said the data were clear.", match: "Hana Orlik, 54, a senior researcher", value: "Hana Orlik (senior researcher)"),
            RecognizerExample("The document was prepared by Emil Rask, foreign policy advisor to the president, last week.", match: "Emil Rask, foreign policy advisor", value: "Emil Rask (foreign policy adviser)"),
            // Must not match: roles without a named person, relations that are not titles.
            .none("Marten's foreign policy aide has said the pact would be signed.", match: "foreign policy aide"),
            .none("Officials greeted Ilse Marten, the leader's sister, at the airport.", match: "Ilse Marten, the leader"),
            .none("The president arrived in Velm on Monday.", match: "president"),
            .none("Velm Security Council members voted on the plan.", match: "Security Council"),
            .none("Appearing with Paul Brandt, NATO Secretary General Ingrid Dahl said the alliance was ready.", match: "Paul Brandt,"),
        ]
    }
}
