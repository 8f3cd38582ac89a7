import Testing
@testable import CrossCheckKit

@Suite struct PatternMatchingTests {
    typealias S = RuleTestSupport

    @Test func literalsAreCaseInsensitiveAndNormalized() throws {
        #expect(try S.matches("foreign minister", "The Foreign Minister spoke. A foreign MINISTER left.") == ["Foreign Minister", "foreign MINISTER"])
        #expect(try S.matches("russia 's", "Russia’s army and Russia's navy.") == ["Russia’s", "Russia's"])
        #expect(try S.matches("\"U.S.\" forces", "The U.S. forces left.") == ["U.S. forces"])
        #expect(try S.matches("jong-un", "Kim Jong-un and Kim Jong–un.") == ["Jong-un", "Jong–un"])
    }

    @Test func alternativesAndGroups() throws {
        #expect(try S.matches("(story | storeys | floor)", "a story, two storeys and a floor") == ["story", "storeys", "floor"])
        #expect(try S.matches("a ( b c | d )", "a b c. a d. a b.") == ["a b c", "a d"])
    }

    @Test func repeatsAreLongestAndBounded() throws {
        #expect(try S.matches("very+ big", "a very very very big dog") == ["very very very big"])
        #expect(try S.matches("x{2,3}", "x x x x x") == ["x x x", "x x"])
        #expect(try S.matches("x{2}", "x x x x x") == ["x x", "x x"])
        #expect(try S.matches("a <word>* z", "a b c z d z") == ["a b c z d z"])
        #expect(try S.matches("a <word>{0,1} z", "a b c z") == [])
    }

    @Test func leftmostLongestNonOverlapping() throws {
        #expect(try S.matches("a | a b c d", "a b c a") == ["a", "a"])
        #expect(try S.matches("a b | b c d", "a b c d") == ["a b"])
        #expect(try S.matches("b | a b c", "a b c") == ["a b c"])
    }

    @Test func tokenClasses() throws {
        #expect(try S.matches("<month> <ordinal>", "On June 19th and jun 20th.") == ["June 19th", "jun 20th"])
        #expect(try S.matches("<year>", "In 2024, 13,500 and 9999 and 1999.") == ["2024", "1999"])
        #expect(try S.matches("<cap> <cap>", "met Kim Jong Un today") == ["Kim Jong"])
        #expect(try S.matches("<weekday>", "on Wednesday and wed.") == ["Wednesday", "wed"])
        #expect(try S.matches("<digits> <symbol>", "up 80% today") == ["80%"])
    }

    @Test func anchorsAreSentenceBounds() throws {
        #expect(try S.matches("^ <word>", "Hello there. Again here.") == ["Hello", "Again"])
        #expect(try S.matches("<word> $", "Hello there. Again here") == ["Again here"].map { _ in "here" })
        #expect(try S.matches("<word> <punct> $", "Hello there. Again here.") == ["there.", "here."])
    }

    @Test func recognizerSpansAreConsumedWhole() throws {
        #expect(try S.matches("<number> troops", "about 7 million troops and 5 troops") == ["7 million troops", "5 troops"])
        let rules = try S.ruleSet(S.singleRule("(?<n> <number>) -? (story | storey)", extra: "value: { quantity: \"$n\", of: \"storey\" },"))
        let claims = S.claims(rules, "the 101-story hotel")
        #expect(claims.map(\.value.display) == ["101 (storey)"])
    }

    @Test func lexiconsMatchMultiWordEntries() throws {
        let lex = "title: [ \"minister\", { phrase: \"foreign minister\", group: \"fm\" }, { phrase: \"FM\", canonical: \"foreign minister\" } ]"
        #expect(try S.matches("<title> <cap>", "the foreign minister Lavrov and FM Choe", lexicons: lex) == ["foreign minister Lavrov", "FM Choe"])
        let rules = try S.ruleSet(S.singleRule("<title> (?<who> <cap>)", extra: "key: \"$who\", value: { text: \"$title\" },", lexicons: lex))
        let claims = S.claims(rules, "FM Choe arrived.")
        #expect(claims.map(\.value.display) == ["foreign minister"])
        #expect(claims.map(\.key) == ["choe"])
    }

    @Test func capturesFormKeyValueAndSpan() throws {
        let extra = "key: \"gap-$unit\", value: \"$n\", span: \"$n\","
        let rules = try S.ruleSet(S.singleRule("(?<n> <number>) (?<unit> years | months)", extra: extra))
        let source = Source(id: "s", file: "s", text: "after 24 Years away")
        let claims = S.claims(rules, source.string(TextSpan(start: 0, end: source.text.count)))
        #expect(claims.count == 1)
        #expect(claims.first?.key == "gap-years")
        #expect(claims.first?.value.display == "24")
        #expect(claims.first.map { source.string($0.span) } == "24")
    }

    @Test func officialsUsePersonNamesAndTitleCanonicalForms() throws {
        let lex = "title: [ { phrase: \"FM\", canonical: \"foreign minister\" }, \"president\" ]"
        let rules = try S.ruleSet(S.singleRule("<title> <person>", extra: "key: \"$person\", value: { name: \"$person\", title: \"$title\" },", lexicons: lex))
        let claims = S.claims(rules, "He met FM Choe Son Hui in Moscow.")
        #expect(claims.map(\.value.display) == ["Choe Son Hui (foreign minister)"])
        #expect(claims.map(\.key) == ["Choe Son Hui"])
    }

    @Test func optionalCaptureMissingMeansNoClaimForValue() throws {
        let rules = try S.ruleSet(S.singleRule("count (?<n> <number>)? items", extra: "value: \"$n\","))
        #expect(S.claims(rules, "count 5 items. count items.").map(\.value.display) == ["5"])
    }

    @Test func matchesNeverCrossSentences() throws {
        #expect(try S.matches("end <any> start", "It is the end. Start again.") == [])
    }

    @Test func claimsAreSortedByPosition() throws {
        let file = """
        { version: 1, rules: [
          { id: "b", kind: "k", description: "d", pattern: "beta", examples: { match: [{ text: "beta", value: "beta" }], noMatch: ["x"] } },
          { id: "a", kind: "k", description: "d", pattern: "alpha", examples: { match: [{ text: "alpha", value: "alpha" }], noMatch: ["x"] } },
        ] }
        """
        let claims = S.claims(try S.ruleSet(file), "beta alpha beta. alpha")
        #expect(claims.map(\.rule) == ["b", "a", "b", "a"])
    }
}

extension PatternMatchingTests {
    @Test func titlesCapturedAroundSeveralElementsStillGetTheirCanonicalForm() throws {
        let lex = "title: [ { phrase: \"FM\", canonical: \"foreign minister\" }, { phrase: \"defence chief\", canonical: \"defence minister\" } ], rank: [ \"deputy\" ]"
        let rules = try S.ruleSet(S.singleRule("(?<t> <rank>? <word> <word>?) <person>", extra: "value: { name: \"$person\", title: \"$t\" },", lexicons: lex))
        #expect(S.claims(rules, "The defence chief Anna Berg spoke.").map(\.value.display) == ["Anna Berg (defence minister)"])
        #expect(S.claims(rules, "The deputy chief Anna Berg spoke.").map(\.value.display) == ["Anna Berg (deputy chief)"])
    }
}
