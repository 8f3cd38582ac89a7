import Testing
@testable import CrossCheckKit

/// The per-sentence prefilter asks only what every match needs, so skipping rules never loses a match.
@Suite struct RulePrefilterTests {
    typealias S = RuleTestSupport

    private func filter(_ pattern: String, lexicons: String = "") throws -> RulePrefilter {
        let rules = try S.ruleSet(S.singleRule(pattern, lexicons: lexicons))
        return Program(rules: rules.rules, recognizerNames: ["number", "person"], lexicons: rules.lexicons).prefilter
    }

    /// The clauses of the (single) rule's row; `words: true`: of its word row (recognizers read as
    /// needing nothing, for `RecognizerDemand`).
    private func clauseCount(_ f: RulePrefilter, words: Bool = false) -> Int {
        f.ruleMasks.dropFirst(words ? f.words : 0).prefix(f.words).reduce(0) { $0 + $1.nonzeroBitCount }
    }

    @Test func wordRowsReadRecognizersAsNeedingNothing() throws {
        // death, toll, (to | at): the <number> clause is left out.
        let f = try filter("death toll (rose | rises)? (to | at) <number>")
        #expect(clauseCount(f, words: true) == 3)
        #expect(f.ruleMasks.count == 2 * f.words)
        // On the rule's row the alternation needs {<number>} and {quake, measured} (every branch has a
        // number, and one of the two words); on the word row only the words: one clause {quake, measured}.
        let g = try filter("(<number> quake | measured <number>)")
        #expect(clauseCount(g) == 2 && clauseCount(g, words: true) == 1)
        let quake = Int(g.byHash.get(Token.hash(literal: "quake")) ?? -1), measured = Int(g.byHash.get(Token.hash(literal: "measured")) ?? -1)
        #expect(quake >= 0 && measured >= 0)
        let wordClause = g.ruleMasks[g.words]
        #expect(g.hashMasks[quake * g.words] & wordClause != 0 && g.hashMasks[measured * g.words] & wordClause != 0)
        // Both words satisfy the same clause of the rule's own row, and neither satisfies the number's.
        #expect(g.hashMasks[quake * g.words] & g.ruleMasks[0] == g.hashMasks[measured * g.words] & g.ruleMasks[0])
        #expect((g.hashMasks[quake * g.words] & g.ruleMasks[0]).nonzeroBitCount == 1)
        // A rule that is a recognizer call needs no word at all.
        #expect(clauseCount(try filter("<person>"), words: true) == 0)
    }

    @Test func clausesComeFromRequiredPartsOnly() throws {
        // death, toll, (to | at), <number>; the optional verb needs nothing.
        let f = try filter("death toll (rose | rises)? (to | at) <number>")
        #expect(clauseCount(f) == 4)
        #expect(f.recognizers == [0])
        // "to" and "at" satisfy the same one clause.
        let to = Int(f.byHash.get(Token.hash(literal: "to")) ?? -1), at = Int(f.byHash.get(Token.hash(literal: "at")) ?? -1)
        #expect(to >= 0 && at >= 0 && to != at)
        #expect(f.hashMasks[to] == f.hashMasks[at] && f.hashMasks[to].nonzeroBitCount == 1)
        #expect(f.byHash.get(Token.hash(literal: "rose")) == nil)
        // A branch that needs nothing (a token class) frees the alternation.
        #expect(clauseCount(try filter("(a | <word>) b")) == 1)
        // Nothing required at all: the filter is off.
        #expect(try filter("<word>? <cap>+").words == 0)
    }

    @Test func alternativesSharingAnAtomStillNeedWhatTellsThemApart() throws {
        // Both branches open with a number. The rule needs a number, and for each of the first branch's
        // words one of {that word, boats, ships}: 4 clauses (before, the first narrowest clause of each
        // branch, <number>, stood for it, and any sentence with a number ran the rule).
        let pattern = "<number> of the people | <number> (boats | ships)"
        let f = try filter(pattern)
        #expect(clauseCount(f) == 4)
        func row(_ w: String) -> UInt64 { f.byHash.get(Token.hash(literal: w)).map { f.hashMasks[Int($0) * f.words] } ?? 0 }
        #expect(row("boats") & f.ruleMasks[0] == row("ships") & f.ruleMasks[0])
        #expect((row("boats") & f.ruleMasks[0]).nonzeroBitCount == 3)
        #expect((row("of") & f.ruleMasks[0]).nonzeroBitCount == 1)
        #expect(row("cats") == 0)
        #expect(try S.matches(pattern, "Some 5 of the people. 12 boats. 7 cats. Of the 3 people, none.") == ["5 of the people", "12 boats"])
    }

    @Test func eitherKeepsEveryChoiceUpToItsLimitAndDropsImpliedClauses() {
        typealias A = RulePrefilter.Atom
        let n = A(kind: 1, value: 0), a = A(kind: 0, value: 1), b = A(kind: 0, value: 2), c = A(kind: 0, value: 3)
        // (n a) | (n b) needs n and {a, b}; {n, b} and {a, n} are implied by {n}.
        #expect(RulePrefilter.either([[[n], [a]], [[n], [b]]]) == [[n], [a, b]])
        // One branch with one clause: its clause.
        #expect(RulePrefilter.either([[[c]], [[a], [b]]]) == [[a, c], [b, c]])
        // More choices than the limit: some unions, each holding a clause of every branch.
        let wide = (0..<5).map { k in [[A(kind: 0, value: UInt64(10 + k))], [A(kind: 0, value: UInt64(20 + k))]] }
        let unions = RulePrefilter.either(wide)
        #expect(!unions.isEmpty && unions.count <= RulePrefilter.maxAlternationClauses)
        #expect(unions.allSatisfy { u in wide.allSatisfy { $0.contains(where: { $0.allSatisfy(u.contains) }) } })
        // An atom every branch needs is a clause of its own, however many choices there are.
        let d = A(kind: 1, value: 9)
        let shared = (0..<5).map { k in [[A(kind: 0, value: UInt64(10 + k))], [d], [A(kind: 0, value: UInt64(20 + k))]] }
        #expect(RulePrefilter.either(shared).contains([d]))
    }

    @Test func lexiconClausesUseTheEntriesFirstWords() throws {
        let f = try filter("<number> <unit>", lexicons: "unit: [ 'km', 'square kilometres' ]")
        #expect(clauseCount(f) == 2)
        #expect(f.byHash.get(Token.hash(literal: "square")) != nil)
        #expect(f.byHash.get(Token.hash(literal: "kilometres")) == nil)
    }

    @Test func skippedRulesLoseNoMatches() throws {
        #expect(try S.matches("(a | b c) d", "x b c d. then a d.") == ["b c d", "a d"])
        #expect(try S.matches("(a | b c) d", "x b d. c d.") == [])
        #expect(try S.matches("(early)? <number> (people | persons){1,2}", "Some 5 people. No one else.") == ["5 people"])
        #expect(try S.matches("death toll (<word>){0,3} <number>", "The death toll rose to 12. The toll was 3.") == ["death toll rose to 12"])
        let lex = "unit: [ 'km', 'square km', 'square kilometres' ]"
        #expect(try S.matches("<number> <unit>", "It covers 5 square kilometres. It is 5 miles away.", lexicons: lex) == ["5 square kilometres"])
    }

    @Test func hashFilterKeepsEveryInsertedKeyAndSkipsMostOthers() {
        var filter = HashFilter64()
        var x: UInt64 = 1
        func next() -> UInt64 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return x
        }
        let keys = (0..<300).map { _ in next() }
        for k in keys { filter.insert(k) }
        #expect(keys.allSatisfy(filter.mayContain))
        let misses = (0..<1000).filter { _ in !filter.mayContain(next()) }.count
        #expect(misses > 800)
    }
}
