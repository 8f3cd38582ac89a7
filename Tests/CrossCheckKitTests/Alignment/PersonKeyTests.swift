import Testing
@testable import CrossCheckKit

/// Facts of one person (prison terms, ages, arrest dates) are keyed by that person: two people's facts
/// never line up as one, one person's facts line up however each source names them, and a fact naming
/// nobody joins a person's only when the cluster names exactly one for it.
@Suite struct PersonKeyTests {
    /// The findings of the built-in rules on sources (text, publication date), as "key: values".
    func findings(_ texts: [(String, String)]) throws -> [String] {
        let engine = CrossCheck(rules: try RuleSet.builtin(), parallelism: 1)
        let cluster = Cluster(name: "people", sources: texts.enumerated().map { i, t in
            Source(id: "s\(i)", file: "s\(i).txt", outlet: "Outlet \(i)", published: PublishedTime(iso: t.1), text: t.0)
        })
        let report = engine.check(Cleaner().clean(cluster))
        return report.findings.filter { $0.severity != .info }.map { f in
            f.key + ": " + Set(f.claims.map { $0.value.display }).sorted().joined(separator: " / ")
        }.sorted()
    }

    @Test func coDefendantsTermsAreTwoFacts() throws {
        // Agreeing terms of two people, each source naming them its own way: nothing to report.
        let agree = try findings([
            ("Daniel Hale, 52, was jailed for six years. Tomas Berg, 47, was jailed for three years for his part.\n", "2026-05-12"),
            ("Daniel Hale was sentenced to six years. Mr Berg, 47, was sentenced to three years.\n", "2026-05-12"),
        ])
        #expect(agree == [])
        // One term differs: one error, on that person only.
        let differ = try findings([
            ("Daniel Hale, 52, was jailed for six years and Tomas Berg, 47, for three years.\n", "2026-05-12"),
            ("Former director Daniel Hale was sentenced to seven years.\n\nHis co-defendant Tomas Berg was sentenced to three years.\n", "2026-05-12"),
        ])
        #expect(differ == ["sentence of Daniel Hale: P6Y / P7Y"])
    }

    @Test func twoSuspectsArrestedOnDifferentDaysAreTwoEvents() throws {
        let result = try findings([
            ("Ivo Kell, 34, was arrested on Saturday. Dora Voss, 29, was arrested on Monday.\n", "2026-05-12"),
            ("Dora Voss was arrested on Monday, police said. Ivo Kell had been arrested on Sunday.\n", "2026-05-12"),
        ])
        #expect(result == ["arrest of Ivo Kell: 2026-05-09 / 2026-05-10"])
    }

    @Test func aDateStaysWithItsOwnVerb() throws {
        let result = try findings([
            ("Ivo Kell was arrested on Saturday and charged on Monday with arson.\n", "2026-05-12"),
            ("Ivo Kell, 34, was arrested on Saturday after the fire. Kell was charged on Monday.\n", "2026-05-12"),
        ])
        #expect(result == [])
    }

    @Test func agesOfTwoPeopleAndOneSpelledTwoWays() throws {
        let result = try findings([
            ("Prime Minister Anneli Saarik, 51, claimed victory. Her rival Toomas Parn, 47, conceded.\n", "2026-05-11"),
            ("Ms Saarik, 52, thanked voters. Mr Parn, 47, said he would stay on.\n", "2026-05-11"),
        ])
        #expect(result == ["age of Anneli Saarik: 51 (year) / 52 (year)"])
    }

    @Test func aTermNamingNobodyJoinsTheOnlyPersonNamed() throws {
        // One person in the cluster: the unnamed treasurer's term is his.
        let one = try findings([
            ("A former county treasurer was sentenced on Wednesday to 12 years in federal prison.\n", "2026-03-18"),
            ("Gregory A. Pruett, the former county treasurer, will spend 14 years in federal prison.\n", "2026-03-19"),
        ])
        #expect(one == ["sentence of Gregory A. Pruett: P12Y / P14Y"])
        // Two people: a term naming nobody is compared with neither.
        let two = try findings([
            ("A former director was jailed for six years on Friday.\n", "2026-05-12"),
            ("Daniel Hale was jailed for seven years. Tomas Berg was jailed for three years.\n", "2026-05-12"),
        ])
        #expect(two == [])
    }

    @Test func twoUnnamedSuspectsGivenAgesAreTwoPeople() throws {
        // One story's two suspects, known only by age, arrested on different days; another story dates the
        // first one's arrest: the same arrest, nothing to report (not the second suspect's date against it).
        let agree = try findings([
            ("A 34-year-old man was arrested at a flat on Canal Street on Wednesday. A 41-year-old man was arrested at the railway station on Thursday.\n", "2026-05-14"),
            ("A man, 34, was arrested in Canal Street on 13 May.\n", "2026-05-15"),
        ])
        #expect(agree == [])
        // The same suspect's arrest dated differently is still a conflict.
        let differ = try findings([
            ("A 34-year-old man was arrested on Wednesday. A 41-year-old man was arrested on Thursday.\n", "2026-05-14"),
            ("A man aged 34 was arrested on 12 May.\n", "2026-05-15"),
        ])
        #expect(differ == ["arrest of a man aged 34: 2026-05-12 / 2026-05-13"])
    }

    @Test func anUnnamedSuspectIsTheOnlyPersonNamedOrAnArrestNamingNobody() throws {
        // A lone description beside a lone name: one person ("Ivo Kell, 34" is "a 34-year-old man").
        let named = try findings([
            ("A 34-year-old man was arrested on Saturday.\n", "2026-05-12"),
            ("Ivo Kell, 34, was arrested on Sunday.\n", "2026-05-12"),
        ])
        #expect(named == ["arrest of Ivo Kell: 2026-05-09 / 2026-05-10"])
        // An arrest naming nobody joins the one unnamed suspect described...
        let one = try findings([
            ("A 34-year-old man was arrested on Saturday.\n", "2026-05-12"),
            ("A man was arrested on Sunday.\n", "2026-05-12"),
        ])
        #expect(one == ["arrest of a man aged 34: 2026-05-09 / 2026-05-10"])
        // ...but not one of two: it could be either's.
        let two = try findings([
            ("A 34-year-old man was arrested on Saturday. A 41-year-old woman was arrested on Monday.\n", "2026-05-12"),
            ("A man was arrested on Sunday.\n", "2026-05-12"),
        ])
        #expect(two == [])
    }

    @Test func aDescriptionIsNotANamedPersonOfAnotherAgeOrBesideThem() throws {
        // (A review's cases.) "Tom Hale, 52" is no "boy aged 16": their arrests are two facts.
        let age = try findings([
            ("A 16-year-old boy was arrested on Thursday.\n", "2026-05-15"),
            ("Tom Hale, 52, was arrested on Wednesday.\n", "2026-05-15"),
        ])
        #expect(age == [])
        // A source naming one and describing the other speaks of two people: the description keeps its
        // own key, and its dates are compared.
        let beside = try findings([
            ("Tom Hale and a 34-year-old man were arrested on Wednesday.\n", "2026-05-15"),
            ("A man, 34, was arrested on Thursday. Tom Hale was arrested on Wednesday.\n", "2026-05-15"),
        ])
        #expect(beside == ["arrest of a man aged 34: 2026-05-13 / 2026-05-14"])
    }

    @Test func eachPartysSeatsAreTheirOwnFact() throws {
        // Two parties' seats in two sources: the same figures agree, one party's differ (not 64 against 52).
        let result = try findings([
            ("Unity won 64 seats in the regional assembly on Sunday. Civic Union won 52 seats, down from 58.\n", "2026-03-16"),
            ("The Unity party took 64 of the 151 seats. Civic Union secured 50 seats, and the Greens won 12 out of 90 contested seats.\n", "2026-03-16"),
        ])
        #expect(result == ["seat of Civic Union: 50 (seat) / 52 (seat)"])
        // A seat count naming no party joins the party its sentence names...
        let named = try findings([
            ("The centrist Civic Union won a clear majority on Sunday, taking 38 of the 71 seats.\n", "2026-03-16"),
            ("Civic Union won 36 seats. The Farmers' League, which had hoped to finish first, won 21 seats.\n", "2026-03-16"),
        ])
        #expect(named == ["seat of Civic Union: 36 (seat) / 38 (seat)"])
        // ...and none when its sentence names none: the other party's 21 seats are not Civic Union's 38.
        let other = try findings([
            ("Civic Union won 38 seats on Sunday.\n", "2026-03-16"),
            ("The Farmers' League, which had hoped to finish first, won 21 seats.\n", "2026-03-16"),
        ])
        #expect(other == [])
        // A coalition is a holder of its own, not its last party; a leader in an appositive is no holder;
        // a party named after the claim is not its holder.
        let coalition = try findings([
            ("Unity and the Greens won 80 seats between them. The Greens won 12 seats.\n", "2026-03-16"),
            ("The Greens won 12 seats on Sunday.\n", "2026-03-16"),
        ])
        #expect(coalition == [])
        let appositive = try findings([
            ("Labour, led by Keir Starmer, won 411 seats on Thursday.\n", "2026-03-16"),
            ("Labour won 412 seats in Thursday's general election.\n", "2026-03-16"),
        ])
        #expect(appositive == ["seat of Labour: 411 (seat) / 412 (seat)"])
        let after = try findings([
            ("Civic Union won 38 seats on Sunday.\n", "2026-03-16"),
            ("The Farmers League came second with 21 seats, behind Civic Union.\n", "2026-03-16"),
        ])
        #expect(after == [])
        // Seats not won are counted apart: an arena's capacity, a party's holdings.
        let held = try findings([
            ("The new Harwick Arena has 18,000 seats.\n", "2026-03-16"),
            ("The new Harwick Arena has 21,000 seats.\n", "2026-03-16"),
        ])
        #expect(held == ["seat count: 18000 (seat) / 21000 (seat)"])
    }
}
