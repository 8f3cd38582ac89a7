import Testing
@testable import CrossCheckKit

/// A title wrapped across a line break in hard-wrapped prose: the segmenter keeps it in its sentence
/// when the rules' title lexicons read on across the break, and nowhere else.
@Suite struct LineWrapTests {
    /// The segmenter the shipped rules give (`Extractor.segmenter`).
    static let segmenter = Segmenter(lineWraps: LineWrapVocabulary(lexicons: RecognizerExampleHarness.shipped.lexicons))

    static let corpus: [(String, [String])] = [
        // Inside a title phrase, on any long line of prose.
        ("The ferry sank near the pier late on Sunday night, said Prime\nMinister Ana Lind on Monday.",
         ["The ferry sank near the pier late on Sunday night, said Prime\nMinister Ana Lind on Monday."]),
        // Inside a title phrase of three words, all of it there ("chief fire officer").
        ("The fire was under control by early evening, said the county's Chief\nFire Officer Danica Orme on Monday.",
         ["The fire was under control by early evening, said the county's Chief\nFire Officer Danica Orme on Monday."]),
        // A title modifier before a whole title, on a line that continues a sentence.
        ("The inquiry into the sinking, which began on Monday, will be led by the\nministry and it will report within 30 days to Deputy\nPrime Minister Oskar Falk, the ministry said.",
         ["The inquiry into the sinking, which began on Monday, will be led by the\nministry and it will report within 30 days to Deputy\nPrime Minister Oskar Falk, the ministry said."]),
        // ...but not on a paragraph's first line: a headline ending in a modifier, then a lead.
        ("Rescue teams race to reach fourteen miners trapped below ground in Orsa County\nGovernor Henrik Tall said on Tuesday that the rescue would go on.",
         ["Rescue teams race to reach fourteen miners trapped below ground in Orsa County", "Governor Henrik Tall said on Tuesday that the rescue would go on."]),
        // ...nor into anything but a whole title phrase.
        ("The inquiry into the sinking, which began on Monday, will be led by the\nministry and the statement was issued by the Rescue Chief\nFire crews from Oslen arrived on Tuesday.",
         ["The inquiry into the sinking, which began on Monday, will be led by the\nministry and the statement was issued by the Rescue Chief", "Fire crews from Oslen arrived on Tuesday."]),
        // A title's last word before a name does not go on: the name may be someone else's.
        ("Families of the trapped miners say they were ignored by the Regional Governor\nPetra Lindqvist, the mayor of Karvik, said she was angry.",
         ["Families of the trapped miners say they were ignored by the Regional Governor", "Petra Lindqvist, the mayor of Karvik, said she was angry."]),
        // A prose line ending in a capitalized word that is no title stands alone (a caption, a byline).
        ("Rescue workers carry a survivor from a boat at the pier in Orsa\nThe death toll rose to 19.",
         ["Rescue workers carry a survivor from a boat at the pier in Orsa", "The death toll rose to 19."]),
        ("Divers search the wreck as families wait for news from Petra Lindqvist\nReporting by Ana Berg.",
         ["Divers search the wreck as families wait for news from Petra Lindqvist", "Reporting by Ana Berg."]),
        // A title-case headline ending in a title stands alone.
        ("Leaders Meet in Velm for Summit With New Deputy Prime Minister\nOskar Falk spoke first.",
         ["Leaders Meet in Velm for Summit With New Deputy Prime Minister", "Oskar Falk spoke first."]),
        // A short line ending in a title stands alone (a heading or list item).
        ("Statement by the Prime\nMinister Ana Lind spoke.", ["Statement by the Prime", "Minister Ana Lind spoke."]),
        // A long line of prose ending in a lower-case word goes on into a number or symbol: the number
        // keeps its qualifier ("more than 200").
        ("At least 23 people have been confirmed dead, according to the civil defence agency, and more than\n200 were injured. Dozens of homes collapsed.",
         ["At least 23 people have been confirmed dead, according to the civil defence agency, and more than\n200 were injured.", "Dozens of homes collapsed."]),
        ("The former treasurer of the county was ordered by the judge to pay back about\n$4.2 million to the fund.",
         ["The former treasurer of the county was ordered by the judge to pay back about\n$4.2 million to the fund."]),
        // ...but only from a word that ends nothing: a headline above a timestamp or a table row stands alone.
        ("Ferry captain arrested in Orsa after the passenger vessel capsized\n12 May 2026, 08:14",
         ["Ferry captain arrested in Orsa after the passenger vessel capsized", "12 May 2026, 08:14"]),
        ("Results of the strike ballot at each hospital, as announced by the union\n78% of nurses at Ashby General voted yes",
         ["Results of the strike ballot at each hospital, as announced by the union", "78% of nurses at Ashby General voted yes"]),
        // ...but not from a short line (a heading), nor from a capitalized word (a caption ending in a place).
        ("Injured in the quake\n200 people were treated.", ["Injured in the quake", "200 people were treated."]),
        ("Rescue workers carry a survivor from a boat at the pier in Orsa\n200 people were treated.",
         ["Rescue workers carry a survivor from a boat at the pier in Orsa", "200 people were treated."]),
        // An honorific ends no line, short or long: its name follows ("Ms⏎Karlsen", "Dr.⏎Olsen").
        ("The council voted on the budget late on Tuesday, and afterwards Ms\nKarlsen told reporters it was fair.",
         ["The council voted on the budget late on Tuesday, and afterwards Ms\nKarlsen told reporters it was fair."]),
        ("In her closing remarks Ms\nKarlsen thanked the staff.", ["In her closing remarks Ms\nKarlsen thanked the staff."]),
        ("At the hearing Dr.\nOlsen spoke first.", ["At the hearing Dr.\nOlsen spoke first."]),
        // ...but after a capitalized word it may end a street's name ("Drive").
        ("Relatives waited outside the hospital on Elm Dr\nHealth Minister Per Vik said a clinic was open.",
         ["Relatives waited outside the hospital on Elm Dr", "Health Minister Per Vik said a clinic was open."]),
        // ...and after a title's last word it is the title holder's ("Prime Minister Sir⏎Keir Starmer").
        ("The talks ended late on Thursday, when Prime Minister Sir\nKeir Starmer left the building.",
         ["The talks ended late on Thursday, when Prime Minister Sir\nKeir Starmer left the building."]),
        ("The inquiry into the outbreak was chaired by Health Secretary Dr\nAna Lindqvist on Monday.",
         ["The inquiry into the outbreak was chaired by Health Secretary Dr\nAna Lindqvist on Monday."]),
        // A title-case headline ending in an honorific ("..., Sir" as a vocative) ends at its line.
        ("Retired Ferryman Gets a Thank You, Sir\nHarold Finch was honoured on Saturday.",
         ["Retired Ferryman Gets a Thank You, Sir", "Harold Finch was honoured on Saturday."]),
        ("Ana Lind and Tomas Berg met Sir\nJohn Hale in Velm.", ["Ana Lind and Tomas Berg met Sir\nJohn Hale in Velm."]),
        // Capitalized words right after a quotation ending in a comma open its attribution.
        ("\"The road will stay shut until the bridge has been checked,\" Velm\nCounty engineer Ola Berg said on Monday.",
         ["\"The road will stay shut until the bridge has been checked,\" Velm\nCounty engineer Ola Berg said on Monday."]),
        // ...not on a title-case headline ("..., Union Chief Says"), which ends at its line.
        ("\"We Will Not Go Back to Work for Less,\" Union Chief Says\nDock workers voted on Monday to strike.",
         ["\"We Will Not Go Back to Work for Less,\" Union Chief Says", "Dock workers voted on Monday to strike."]),
        // ...not after a quotation that ends its sentence, nor after a comma elsewhere.
        ("\"The road will stay shut until the bridge has been checked.\" Velm County\nEngineers arrived on Monday.",
         ["\"The road will stay shut until the bridge has been checked.\"", "Velm County", "Engineers arrived on Monday."]),
        // A title abbreviation's period at a line end still ends the line's sentence.
        ("They met at 10 Downing St.\nThe talks ended.", ["They met at 10 Downing St.", "The talks ended."]),
        ("Relatives waited outside the hospital on Elm Dr.\nHealth Minister Per Vik said a clinic was open.",
         ["Relatives waited outside the hospital on Elm Dr.", "Health Minister Per Vik said a clinic was open."]),
    ]

    @Test(arguments: 0..<LineWrapTests.corpus.count)
    func splits(_ k: Int) {
        let (text, expected) = Self.corpus[k]
        let seg = Self.segmenter.segment(Array(text.utf8))
        #expect(seg.sentences.map { seg.string(span: $0.span) } == expected, "\(text)")
    }

    @Test func withoutTitleLexiconsAWrappedTitleEndsTheLine() {
        // No word lists in code: with no lexicons (`--no-default-rules`) only the lower-case rule applies.
        let text = "The ferry sank near the pier late on Sunday night, said Prime\nMinister Ana Lind on Monday."
        #expect(LineWrapVocabulary(lexicons: Lexicons()).isEmpty)
        #expect(Segmenter().segment(Array(text.utf8)).sentences.count == 2)
    }

    @Test func aWrappedTitleGivesTheOfficialItsWholeTitle() throws {
        // One source writes the title on one line, the other wraps it after "Deputy": both must read
        // "deputy prime minister", or the check reports an incompatible-roles error that is not there.
        let rules = try RuleSet.builtin()
        let extractor = Extractor(rules: rules)
        #expect(!extractor.segmenter.lineWraps.isEmpty)
        let texts = [
            "The inquiry into the sinking, which began on Monday, will be led by the ministry and it will report within 30 days to Deputy Prime Minister Oskar Falk, the ministry said.\n",
            "The inquiry into the sinking, which began on Monday, will be led by the\nministry and it will report within 30 days to Deputy\nPrime Minister Oskar Falk, the ministry said.\n",
        ]
        let cluster = Cluster(name: "wrap", sources: texts.enumerated().map { i, t in
            Source(id: "s\(i)", file: "s\(i).txt", outlet: "Outlet \(i)", text: t)
        })
        for (i, source) in cluster.sources.enumerated() {
            let claims = extractor.extract(source, index: i, text: extractor.segmenter.segment(source))
            #expect(claims.filter { $0.kind == "official" }.map(\.value) == [.official(name: "Oskar Falk", title: "deputy prime minister")])
        }
        let engine = CrossCheck(rules: rules, parallelism: 1)
        #expect(engine.check(cluster).findings.isEmpty)
    }
}
