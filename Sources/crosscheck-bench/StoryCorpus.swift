import CrossCheckKit
import Foundation

/// The real-shaped stories the benchmark varies: every cluster folder found under the given roots
/// (the project's `Examples/` and the shared clusters), read at run time through the engine's own
/// loader, so nothing of their text is stored in the project. A story keeps each source's analysis
/// text with excluded segments (front matter, clutter) removed, and its publication time.
struct StoryCorpus {
    struct Story {
        var name: String
        var versions: [(text: [UInt8], published: PublishedTime?)]
        var bytes: Int { versions.reduce(0) { $0 + $1.text.count } }
    }

    var stories: [Story]

    /// Loads every folder directly under each root that holds at least one text source.
    static func load(roots: [String]) -> StoryCorpus {
        let fm = FileManager.default
        var stories: [Story] = []
        for root in roots {
            guard let entries = try? fm.contentsOfDirectory(atPath: root) else { continue }
            for entry in entries.sorted() {
                let dir = (root as NSString).appendingPathComponent(entry)
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue,
                      let cluster = try? CrossCheck(rules: RuleSet()).load([dir]), !cluster.sources.isEmpty else { continue }
                let versions = cluster.sources.map { source in (text: articleText(source), published: source.published) }
                    .filter { !$0.text.isEmpty }
                if !versions.isEmpty { stories.append(Story(name: entry, versions: versions)) }
            }
        }
        return StoryCorpus(stories: stories)
    }

    /// The analysis text without its excluded segments (each replaced by a paragraph break).
    private static func articleText(_ source: Source) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(source.text.count)
        var at = 0
        for e in source.excluded.map(\.span).sorted() where e.end > at {
            if e.start > at { out += source.text[at..<e.start] }
            out += [0x0A, 0x0A]
            at = e.end
        }
        if at < source.text.count { out += source.text[at...] }
        return out
    }
}
