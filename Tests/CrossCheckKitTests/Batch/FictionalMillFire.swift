import CrossCheckKit

/// A fictional story (written for these tests) told by several made-up outlets with planted
/// differences: casualty counts, a title, a quotation's wording and a time.
enum FictionalMillFire {
    static func text(variant v: Int) -> String {
        let killed = [12, 12, 13, 12, 11][v % 5]
        let injured = [37, 37, 37, 40, 37][v % 5]
        let title = ["Fire Chief", "fire chief", "Fire Commissioner", "Fire Chief", "chief fire officer"][v % 5]
        let words = ["was already gone", "was already gone", "had already gone", "was gone", "was already gone"][v % 5]
        let time = ["6:40 a.m.", "6:40 a.m.", "about 6:45 a.m.", "6:40am", "6.40 a.m."][v % 5]
        return """
        Mill fire in Marrowfield kills \(killed)

        MARROWFIELD, March 4 — A fire at the Calder textile mill killed \(killed) workers and injured \(injured) on Tuesday, \(title) Elena Brask said.

        The blaze broke out at \(time) in the dyeing hall of the 4-story building, which employed more than 300 people. \
        Crews from three towns fought it for nearly six hours.

        "We got there in eleven minutes, but the roof \(words)," Brask told reporters outside the gates.

        Mayor Tomas Ivel called it "the worst day this town has seen in 50 years" and promised an inquiry within 30 days. \
        The mill, built in 1962, passed a safety inspection in January, according to the regional labour office.

        Report \(v + 1) of the series.
        """
    }

    static func cluster(name: String = "mill-fire", sources count: Int = 7) -> Cluster {
        let sources = (0..<count).map { i in
            Source(id: "outlet-\(i)", file: "outlet-\(i).txt", outlet: "Outlet \(i)",
                   published: PublishedTime(iso: "2031-03-0\(4 + i % 2)"), text: text(variant: i))
        }
        return Cluster(name: name, sources: sources)
    }
}
