import Foundation
import Testing
@testable import CrossCheckKit

/// Recognizers run only in the sentences where some rule can use them (`RecognizerDemand`,
/// `TokenScope`): that must change no claim, and must really skip sentences.
@Suite struct RecognizerDemandTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/lake-varno-ferry")

    static func claims(_ text: String, demand: Bool, rules: RuleSet) -> [Claim] {
        let source = Source(id: "s", file: "s.txt", published: PublishedTime(iso: "2024-06-19T08:00:00Z"), text: text)
        var extractor = Extractor(rules: rules)
        extractor.skipsUnneededRecognizers = demand
        return extractor.extract(source, index: 0, text: Segmenter().segment(source))
    }

    /// Word soup dense in numbers, dates, times, durations and the words rules need, with sentence ends
    /// anywhere (so recognitions sit at sentence edges and next to skipped sentences).
    static func soup(seed: UInt64, sentences: Int) -> String {
        var random = RecognizerRuleTests.Random(state: seed)
        let pieces = ["the", "ferry", "sank", "visit", "visited", "on", "Monday", "June", "19", "2024", "at", "6", "a.m.",
                      "for", "three", "days", "lasted", "within", "hours", "first", "in", "24", "people", "died", "killed",
                      "1,200", "passengers", "percent", "of", "10%", "5", "km", "from", "the", "shore", "magnitude", "6.1",
                      "earthquake", "101-story", "tower", "death", "toll", "rose", "to", "Mayor", "Ana", "Lind", "said",
                      "\"We", "grieve,\"", "river", "calm", "years", "ago", "last", "week", "more", "than", "about", "-",
                      "early", "late", "May", "3", "noon", "midnight", "2023", "half", "an", "hour", "weeks", "ten"]
        var out = ""
        for _ in 0..<sentences {
            let n = 2 + random.next(14)
            for k in 0..<n { out += (k == 0 ? "" : " ") + pieces[random.next(pieces.count)] }
            out += [".", ".", "!", "?", ".\n\n"][random.next(5)] + " "
        }
        return out
    }

    @Test func skippingChangesNoClaim() throws {
        let rules = try RuleSet.builtin()
        var texts: [String] = []
        for name in ["02-northern-wire.txt", "04-bay-times.txt"] {
            texts.append(try String(contentsOf: Self.examples.appendingPathComponent(name), encoding: .utf8))
        }
        for seed in 1...120 { texts.append(Self.soup(seed: UInt64(seed), sentences: 4 + seed % 25)) }
        var total = 0
        for text in texts {
            let with = Self.claims(text, demand: true, rules: rules), without = Self.claims(text, demand: false, rules: rules)
            #expect(with == without, "claims differ on: \(text.prefix(300))")
            total += with.count
        }
        // (Enough claims that the comparison means something: 987 since quantity.distance takes lengths
        // only, the soup's bare "5 from the" no longer among them.)
        #expect(total > 900)
    }

    @Test func sentencesWithoutRuleWordsSkipTheirRecognizers() throws {
        let rules = try RuleSet.builtin()
        let extractor = Extractor(rules: rules)
        let program = extractor.program
        let bit = { (name: String) in RecognitionTable.bit(program.recognizerNames.firstIndex(of: name)!) }
        // Person, official and quote rules need no word: wanted everywhere. Dates, times, durations only
        // where an event word or verb is; numbers where a counted noun or a verb of the count rules is.
        #expect(extractor.demand.always & bit("person") != 0)
        #expect(extractor.demand.conditional & bit("date") != 0)
        let text = Segmenter().segment(Array("The river was calm on 3 May 2024. The visit on 3 May 2024 went well. Ten people died.".utf8))
        let wanted = extractor.demand.sentences(text, prefilter: program.prefilter).wanted
        #expect(wanted.count == 3)
        #expect(wanted[0] & bit("date") == 0)
        #expect(wanted[1] & bit("date") != 0)
        #expect(wanted[0] & bit("person") != 0)
        #expect(wanted[2] & bit("number") != 0)
        #expect(wanted[0] & bit("duration") == 0)
        // The date in the first sentence is not even recognized; the visit's date is a claim.
        let claims = Self.claims("The river was calm on 3 May 2024. The visit on 3 May 2024 went well.", demand: true, rules: rules)
        #expect(claims.contains { $0.rule.hasPrefix("date.") && $0.sentence == 1 })
        #expect(!claims.contains { $0.rule.hasPrefix("date.") && $0.sentence == 0 })
    }

    /// The memo of recognizers by clauses, kept from text to text, gives what computing them afresh gives.
    @Test func memoGivesTheSameRecognizers() throws {
        let extractor = Extractor(rules: try RuleSet.builtin())
        let prefilter = extractor.program.prefilter
        var memo = RecognizerDemand.newMemo()
        var present: [RulePrefilter.Present] = [], wanted: [UInt64] = []
        var hits = 0
        for seed in 1...40 {
            let text = Segmenter().segment(Array(Self.soup(seed: UInt64(seed), sentences: 20).utf8))
            let fresh = extractor.demand.sentences(text, prefilter: prefilter)
            extractor.demand.sentences(text, prefilter: prefilter, present: &present, wanted: &wanted, memo: &memo)
            #expect(wanted == fresh.wanted)
            #expect(present.count == fresh.present.count)
            // The same text again finds its clauses in the memo (at most one entry per slot changes:
            // two clause sets may share a slot), with the same recognizers.
            let before = memo
            extractor.demand.sentences(text, prefilter: prefilter, present: &present, wanted: &wanted, memo: &memo)
            #expect(wanted == fresh.wanted)
            if memo == before { hits += 1 }
        }
        #expect(hits > 0)
    }

    /// A recognition never runs past its sentence: "June⏎2024" is not one date that swallows the next
    /// sentence's "2024", whether or not the first sentence is searched for dates at all.
    @Test func matchesStayInsideTheirSentence() throws {
        let rules = try RuleSet.builtin()
        for text in ["Posted June\n2024 summit was short.", "The visit came in June\n2024 summit was short.",
                     "It happened on 4 May\n\n2024 summit was short."] {
            for demand in [true, false] {
                let claims = Self.claims(text, demand: demand, rules: rules)
                let dated = claims.filter { $0.rule.hasPrefix("date.") }.map { String(text.utf8.dropFirst($0.span.start).prefix($0.span.end - $0.span.start))! }
                #expect(dated.contains("2024 summit"), "\(text.debugDescription) demand \(demand): \(dated)")
            }
        }
        // Numbers and times too: "more than⏎⏎30" is 30, "about⏎⏎10pm" is 10pm, each in its own sentence.
        let seg = Segmenter().segment(Array("Rescuers found more than\n\n30 people dead at about\n\n10pm.".utf8))
        var context = RecognizerContext()
        for name in ["number", "time"] {
            context.scope = TokenScope(seg, masks: nil, bit: 1)
            let r = RecognizerRegistry.builtin().first { $0.name == name }!
            for found in r.recognize(seg, context: context) {
                let s = seg.sentenceIndex(ofToken: found.tokens.lowerBound)
                #expect(found.tokens.upperBound <= seg.sentences[s].tokens.upperBound, "\(name) \(seg.string(tokens: found.tokens))")
            }
            context.scope = nil
            // Outside extraction (no scope) the recognizers read the text as one, as before.
            #expect(r.recognize(seg, context: context).contains { seg.sentenceIndex(ofToken: $0.tokens.lowerBound) != seg.sentenceIndex(ofToken: $0.tokens.upperBound - 1) })
        }
    }

    /// `<percent>` without `<number>` runs its own number pass: inside sentences too (review).
    @Test func percentAloneStaysInsideItsSentence() throws {
        let body = "{ id: \"p\", kind: \"count\", description: \"t\", pattern: \"<percent>\", examples: { match: [ { text: \"5%\", value: \"5%\" } ], noMatch: [ \"y\" ] } },"
        let rules = try RuleSet.parse(files: [("p.json5", "{ version: 1, rules: [ \(body) ] }")])
        let claims = Self.claims("Support rose to 40\n\n- 50% backed the plan today.", demand: true, rules: rules)
        #expect(claims.map(\.value.display) == ["50 percent"])
    }

    @Test func scopeSkipsToTheNextWantedSentence() {
        let text = Segmenter().segment(Array("One two. Three four five. Six. Seven eight.".utf8))
        let starts = text.sentences.map(\.tokens.lowerBound)
        #expect(text.sentences.count == 4)
        var cursor = 0
        let all = TokenScope(text, masks: [1, 1, 1, 1], bit: 1)
        #expect(all.skip(starts[2], run: &cursor) == nil && all.sentence(cursor) == text.sentences[2].tokens)
        let scope = TokenScope(text, masks: [0, 1, 0, 1], bit: 1)
        cursor = 0
        #expect(scope.skip(0, run: &cursor) == starts[1])
        #expect(scope.skip(starts[1], run: &cursor) == nil)
        #expect(scope.skip(starts[1] + 2, run: &cursor) == nil)
        #expect(scope.skip(starts[2], run: &cursor) == starts[3])
        #expect(scope.skip(starts[3] + 1, run: &cursor) == nil)
        #expect(scope.skip(text.tokens.count, run: &cursor) == text.tokens.count)
        let none = TokenScope(text, masks: [0, 0, 0, 0], bit: 1)
        cursor = 0
        #expect(none.skip(0, run: &cursor) == text.tokens.count)
    }
}
