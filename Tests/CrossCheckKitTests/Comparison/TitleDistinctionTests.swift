import Testing
@testable import CrossCheckKit

/// Titles that share a head word or agree by their words but name different posts: distinct ranks of
/// one group, a rank word before a generic head, and two agencies' acronyms.
@Suite struct TitleDistinctionTests {
    static let shipped = PeopleComparisonTests.shipped

    @Test func distinctPostsOfOneGroupConflict() {
        let t = Self.shipped
        // Two ranks of one fire department, each a chief.
        #expect(t.relation("fire chief", "battalion chief") == .incompatible)
        #expect(t.relation("former battalion chief", "fire chief") == .incompatible)
        #expect(t.relation("police chief", "fire chief") == .incompatible)
        // One post, with and without more words, or worded otherwise.
        #expect(t.relation("Fire Chief", "fire chief") == .same)
        #expect(t.relation("county fire chief", "fire chief") == .compatible)
        #expect(t.relation("chief of police", "police chief") == .same)
        #expect(t.relation("police chief", "chief") == .compatible)
        #expect(t.relation("police chief", "commissioner") == .compatible)
    }

    @Test func aRankWordMakesAnotherPostEvenBeforeAGenericHead() {
        let t = Self.shipped
        #expect(t.relation("deputy fire chief", "fire chief") == .incompatible)
        #expect(t.relation("deputy chief inspector", "chief inspector") == .incompatible)
        // "former" before a generic head: a story of a resignation gives both titles, rightly.
        #expect(t.relation("former spokesperson", "spokesperson") == .compatible)
        #expect(t.relation("former police chief", "police chief") == .compatible)
        // Without a rank word the generic head still agrees with any post; a junior or acting
        // official is still an official.
        #expect(t.relation("senior official", "official") == .compatible)
        #expect(t.relation("junior official", "official") == .compatible)
        #expect(t.relation("acting spokesperson", "spokesperson") == .compatible)
        #expect(t.relation("harbour spokesperson", "spokesperson") == .compatible)
        #expect(t.relation("chief executive", "ceo") <= .compatible)
        #expect(t.relation("chief executive officer", "chief executive") <= .compatible)
        #expect(t.relation("party chair", "chair") == .compatible)
        #expect(t.relation("returning officer", "Returning Officer") == .same)
    }

    @Test func acronymsAreReadFromTheQualifiers() {
        #expect(TitleComparison.acronyms("CDC") == ["CDC"])
        #expect(TitleComparison.acronyms("Norland NATO; Velm University") == ["NATO"])
        #expect(TitleComparison.acronyms("U.S.F.S.") == ["USFS"])
        // Country and union codes, names and nothing: no acronym.
        #expect(TitleComparison.acronyms("U.S.").isEmpty)
        #expect(TitleComparison.acronyms("UK").isEmpty)
        #expect(TitleComparison.acronyms("Tern Aerospace").isEmpty)
        #expect(TitleComparison.acronyms(nil).isEmpty)
    }

    /// One person named with a title and a body (`org`) in each source.
    func officials(_ versions: [(text: String, title: String, org: String?)]) -> ComparisonResult {
        var f = FixtureCluster()
        for (i, v) in versions.enumerated() {
            let s = f.source("s\(i)", "\(v.text) Mara Quist said the samples were tested twice.")
            var attributes: Attributes = [:]
            if let o = v.org { attributes["org"] = o }
            f.claim(s, "\(v.text) Mara Quist", kind: "official", key: "mara quist", .official(name: "Mara Quist", title: v.title),
                    attributes: attributes)
        }
        return f.run(lexicons: PeopleVocabulary.shippedLexicons).result
    }

    @Test func twoAgenciesAcronymsAreDifferentTitles() {
        let r = officials([("EPA chemist", "chemist", "EPA"), ("OSHA spokeswoman", "spokesperson", "OSHA")])
        #expect(r.findings.count == 1)
        #expect(r.findings.first?.label == "different-titles" && r.findings.first?.severity == .warning)
        #expect(r.findings.first?.message == "Sources give Mara Quist titles with different organisations: “EPA chemist” in s0; “OSHA spokesperson” in s1.")
        // The same post under two acronyms is no finding: most often one body named two ways ("NYPD" /
        // "NYC Police") or a parent department named for its agency ("FEMA" / "DHS").
        #expect(officials([("FEMA spokeswoman", "spokesperson", "FEMA"), ("DHS spokeswoman", "spokesperson", "DHS")]).findings
            .allSatisfy { $0.severity == .info })
        // Acronyms of which one begins the other name one body; a post written as an acronym names none.
        #expect(officials([("NHS chemist", "chemist", "NHS"), ("NHSE spokeswoman", "spokesperson", "NHSE")]).findings
            .allSatisfy { $0.severity == .info })
        #expect(TitleComparison.acronyms("CEO") == [] && TitleComparison.acronyms("CDC") == ["CDC"])
    }

    @Test func aGenericPostOfAnAgencyOrItsParentIsNoConflict() {
        // An agency's official is its department's: a generic post with the parent's (or the agency's)
        // acronym names one employer.
        #expect(officials([("FEMA official", "official", "FEMA"), ("DHS spokeswoman", "spokesperson", "DHS")]).findings
            .allSatisfy { $0.severity == .info })
        #expect(officials([("NIH epidemiologist", "epidemiologist", "NIH"), ("HHS official", "official", "HHS")]).findings
            .allSatisfy { $0.severity == .info })
        // Through two steps: the weather service is NOAA's, NOAA the Commerce Department's.
        #expect(officials([("NWS meteorologist", "meteorologist", "NWS"), ("DOC official", "official", "DOC")]).findings
            .allSatisfy { $0.severity == .info })
        // Two agencies of one department are two employers, and so are a parent and an agency with two
        // particular posts.
        let siblings = officials([("FDA spokeswoman", "spokesperson", "FDA"), ("CDC epidemiologist", "epidemiologist", "CDC")])
        #expect(siblings.findings.contains { $0.label == "different-titles" && $0.severity == .warning })
        let posts = officials([("NIH epidemiologist", "epidemiologist", "NIH"), ("HHS chemist", "chemist", "HHS")])
        #expect(posts.findings.contains { $0.label == "different-titles" && $0.severity == .warning })
        // Bodies the lexicon does not relate are two employers, as before.
        let unrelated = officials([("FEMA official", "official", "FEMA"), ("DOJ spokeswoman", "spokesperson", "DOJ")])
        #expect(unrelated.findings.contains { $0.label == "different-titles" })
    }

    @Test func policeRanksAreOnePostEach() {
        let t = Self.shipped
        #expect(t.relation("detective chief inspector", "detective inspector") == .incompatible)
        #expect(t.relation("chief superintendent", "superintendent") == .incompatible)
        #expect(t.relation("chief constable", "constable") == .incompatible)
        #expect(t.relation("detective sergeant", "detective inspector") == .incompatible)
        // "Detective" is often dropped, and an abbreviation is its rank.
        #expect(t.relation("detective chief inspector", "chief inspector") == .compatible)
        #expect(t.relation("detective superintendent", "superintendent") == .compatible)
        #expect(t.relation("detective chief inspector", "DCI") <= .compatible)
        #expect(t.relation("detective", "detective sergeant") == .compatible)
    }

    @Test func oneAgencyOrOneSideWithoutItIsNoConflict() {
        // The same acronym, with or without the country.
        #expect(officials([("EPA chemist", "chemist", "EPA"), ("U.S. EPA chemist", "chemist", "U.S. EPA")]).findings.isEmpty)
        // One source names no body: the generic title is a variant, as before.
        let r = officials([("EPA chemist", "chemist", "EPA"), ("Agency spokeswoman", "spokesperson", "Agency")])
        #expect(r.findings.allSatisfy { $0.severity == .info })
        // Countries are no agencies.
        #expect(officials([("U.S. chemist", "chemist", "U.S."), ("UK chemist", "chemist", "UK")]).findings.isEmpty)
    }
}
