import Foundation

/// The rules and lexicons a run uses: the built-in ones, plus user files (same id overrides).
public struct RuleSet: Sendable {
    public var rules: [Rule]
    public var lexicons: Lexicons

    public init(rules: [Rule] = [], lexicons: Lexicons = Lexicons()) {
        self.rules = rules
        self.lexicons = lexicons
    }

    /// Names of the recognizers rules may call when none are given: the built-in ones.
    public static var builtinRecognizerNames: Set<String> { Set(RecognizerRegistry.builtin().map(\.name)) }

    /// The rules shipped in `Rules/` (embedded in the binary at build time).
    public static func builtin(recognizers: Set<String>? = nil) throws -> RuleSet {
        try load(paths: [], includeBuiltin: true, recognizers: recognizers)
    }

    /// The built-in rules (unless `includeBuiltin` is false) plus the rule files at `paths` (files or
    /// folders of `*.json5`, in order). A user rule with a built-in rule's id replaces it. Everything is
    /// validated before any text is read; all mistakes are thrown together as an `InputError`.
    public static func load(paths: [String], includeBuiltin: Bool = true, recognizers: Set<String>? = nil) throws -> RuleSet {
        var files: [(name: String, bytes: [UInt8], builtin: Bool)] = []
        var diagnostics: [Diagnostic] = []
        if includeBuiltin {
            for f in EmbeddedRules.files.sorted(by: { $0.name < $1.name }) {
                files.append(("Rules/" + f.name, Array(f.contents.utf8), true))
            }
        }
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                diagnostics.append(Diagnostic(.error, file: path, "no such rule file or folder"))
                continue
            }
            var list: [String] = []
            if isDir.boolValue {
                let items = (try? fm.subpathsOfDirectory(atPath: path)) ?? []
                // In byte order, as cluster files are: String order ties canonically equal names (NFC
                // and NFD spellings of one name), which would leave them in the listing's own order.
                list = items.filter { $0.hasSuffix(".json5") }.sorted(by: ClusterLoader.byteOrder)
                    .map { (path.hasSuffix("/") ? path : path + "/") + $0 }
                if list.isEmpty { diagnostics.append(Diagnostic(.error, file: path, "folder holds no .json5 rule files")) }
            } else {
                list = [path]
            }
            for file in list {
                guard let data = fm.contents(atPath: file) else {
                    diagnostics.append(Diagnostic(.error, file: file, "cannot read rule file"))
                    continue
                }
                files.append((file, Array(data), false))
            }
        }
        return try parse(files: files, recognizers: recognizers ?? builtinRecognizerNames, diagnostics: diagnostics)
    }

    /// Builds a rule set from rule-file contents held in memory (`name` is used in diagnostics).
    public static func parse(files: [(name: String, contents: String)], builtin: Bool = false, recognizers: Set<String>? = nil) throws -> RuleSet {
        try parse(files: files.map { ($0.name, Array($0.contents.utf8), builtin) }, recognizers: recognizers ?? builtinRecognizerNames, diagnostics: [])
    }

    static func parse(files: [(name: String, bytes: [UInt8], builtin: Bool)], recognizers: Set<String>, diagnostics initial: [Diagnostic]) throws -> RuleSet {
        var diagnostics = initial
        var contents: [RuleFileContents] = []
        for f in files {
            var p = RuleFileParser(file: f.name, bytes: f.bytes, builtin: f.builtin)
            let c = p.parse()
            diagnostics += c.diagnostics
            contents.append(c)
        }
        // Lexicons, merged by name.
        var lexicons: [Lexicon] = []
        for c in contents {
            for lex in c.lexicons {
                if recognizers.contains(lex.name) {
                    let loc = c.lexiconLocations[lex.name]
                    diagnostics.append(Diagnostic(.error, file: c.file, line: loc?.line, column: loc?.column,
                                                  "lexicon name '\(lex.name)' is the name of a recognizer; choose another name"))
                    continue
                }
                lexicons.append(lex)
            }
        }
        let merged = Lexicons(lexicons)
        let lexiconNames = Set(merged.byName.keys)
        // The dimensions a value may require, worked out only when some rule requires one.
        let dimensions = contents.contains { $0.drafts.contains { $0.dimension != nil } } ? UnitConverter(lexicons: merged).dimensionNames : []

        // Rules: ids unique among built-ins and among user files; a user rule overrides a built-in one.
        var rules: [Rule] = []
        var indexByID: [String: Int] = [:]
        var firstDefinition: [String: Rule] = [:]
        // Where each rule in `rules` lists the rules it yields to (checked once every file is read).
        var yieldSites: [String: (file: String, node: JSON5Node, lines: LineIndex)] = [:]
        for c in contents {
            for var d in c.drafts {
                let id = d.rule.id
                func report(_ offset: Int, _ message: String) {
                    let (l, col) = d.lines.location(ofByte: offset)
                    diagnostics.append(Diagnostic(.error, file: c.file, line: l, column: col, message))
                }
                var ok = d.valid
                // Pattern.
                switch PatternParser.parse(d.rule.pattern, recognizers: recognizers, lexicons: lexiconNames) {
                case .success(let node):
                    d.rule.node = node
                    let names = node.captureNames
                    for (field, tnode) in d.templates {
                        for ref in ValueTemplate.references(in: tnode.string ?? "") where !names.contains(ref.name) {
                            let known = names.sorted().map { "$" + $0 }.joined(separator: ", ")
                            report(tnode.offset(ofStringByte: ref.offset),
                                   "'\(field)' uses capture $\(ref.name), which the pattern does not define" + (known.isEmpty ? " (it defines none)" : " (defined: \(known))"))
                            ok = false
                        }
                    }
                case .failure(let errors):
                    for f in errors.failures {
                        report(d.patternNode.offset(ofStringByte: f.offset), "pattern: " + f.message)
                    }
                    ok = false
                }
                if let lexNode = d.compareLexicon, let name = lexNode.string, !lexiconNames.contains(name) {
                    report(lexNode.offset, "compare lexicon '\(name)' is not defined in any rule file")
                    ok = false
                }
                if let dimNode = d.dimension, let name = dimNode.string, !dimensions.contains(name) {
                    report(dimNode.offset, "value dimension '\(name)' is no unit's dimension; known: " + dimensions.sorted().joined(separator: ", "))
                    ok = false
                }
                // Built-in ids are unique among built-ins, user ids among user files; a user id may repeat a built-in one.
                let scope = (d.rule.builtin ? "builtin:" : "user:") + id
                if let first = firstDefinition[scope] {
                    report(d.idNode.offset, "duplicate rule id '\(id)' (first defined at \(first.file):\(first.line):\(first.column))")
                    continue
                }
                firstDefinition[scope] = d.rule
                guard ok else { continue }
                yieldSites[id] = d.yieldsTo.map { (c.file, $0, d.lines) }
                if let i = indexByID[id] {
                    rules[i] = d.rule
                } else {
                    indexByID[id] = rules.count
                    rules.append(d.rule)
                }
            }
        }
        // A rule yields to rules of the set that yield to none (so one pass of the others' claims decides).
        for rule in rules where !rule.yieldsTo.isEmpty {
            guard let site = yieldSites[rule.id] else { continue }
            for item in site.node.array ?? [] {
                guard let target = item.string, !target.isEmpty else { continue }
                var problem: String?
                if target == rule.id {
                    problem = "rule '\(target)' cannot yield to itself"
                } else if let i = indexByID[target] {
                    let t = rules[i]
                    if t.fallback || !t.yieldsTo.isEmpty {
                        problem = "'yieldsTo' names rule '\(target)' (\(t.file):\(t.line):\(t.column)), which itself gives way to other rules ("
                            + (t.fallback ? "a fallback" : "it has 'yieldsTo'") + "); a rule yields only to rules that give way to none"
                    }
                } else if let t = firstDefinition["user:" + target] ?? firstDefinition["builtin:" + target] {
                    problem = "'yieldsTo' names rule '\(target)' (\(t.file):\(t.line):\(t.column)), which has errors"
                } else {
                    problem = "'yieldsTo' names rule '\(target)', which no loaded rule file defines"
                }
                guard let problem else { continue }
                let (l, col) = site.lines.location(ofByte: item.offset)
                diagnostics.append(Diagnostic(.error, file: site.file, line: l, column: col, problem))
            }
        }
        if !diagnostics.isEmpty {
            // Per file (in load order), by line and column.
            var fileOrder: [String: Int] = [:]
            for d in diagnostics where fileOrder[d.file] == nil { fileOrder[d.file] = fileOrder.count }
            let sorted = diagnostics.enumerated().sorted { a, b in
                let x = a.element, y = b.element
                let kx = (fileOrder[x.file]!, x.line ?? 0, x.column ?? 0, a.offset)
                let ky = (fileOrder[y.file]!, y.line ?? 0, y.column ?? 0, b.offset)
                return kx < ky
            }.map(\.element)
            throw InputError(sorted)
        }
        return RuleSet(rules: rules, lexicons: merged)
    }
}
