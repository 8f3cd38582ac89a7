import Foundation

/// Loads a cluster from a folder or a list of files (or both).
///
/// - A folder contributes its `.txt`, `.md` and `.html`/`.htm` files, sorted by name; `cluster.json`,
///   dotfiles, other files and subfolders are ignored.
/// - Metadata per file: front matter first, then the `cluster.json` beside the file, then the file name.
/// - Source id: the file name without extension (made unique with the extension if two files share it).
/// - A missing path, a malformed `cluster.json` or fewer than two usable sources throw `InputError`.
///   An unusable file (empty, binary, too large, malformed front matter, unreadable) is skipped with a
///   warning in `Cluster.diagnostics` when at least two usable sources remain.
/// - Inputs are only read, never modified.
public struct ClusterLoader: Sendable {
    /// 256 MiB.
    public static let defaultMaxFileBytes = 256 << 20

    /// Files larger than this are refused (skipped with a warning naming the limit).
    public var maxFileBytes: Int

    /// The largest file the engine can address: token offsets are 32-bit.
    public static let hardMaxFileBytes = Int(Int32.max) - 1

    /// `maxFileBytes` is clamped to `hardMaxFileBytes` (2 GiB), which token offsets cannot exceed.
    public init(maxFileBytes: Int = ClusterLoader.defaultMaxFileBytes) {
        self.maxFileBytes = min(maxFileBytes, ClusterLoader.hardMaxFileBytes)
    }

    static func tooLargeMessage(size: Int, limit: Int) -> String {
        "file is \(size) bytes, over the size limit of \(limit) bytes (\(describe(limit))); raise the limit with --max-file-size BYTES (ClusterLoader(maxFileBytes:) in the library)"
    }

    private static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }

    public func load(_ paths: [String]) throws -> Cluster {
        guard !paths.isEmpty else { throw InputError(file: "-", "no input given: name a folder or at least two files") }
        let fm = FileManager.default
        var files: [String] = []
        var folders: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw InputError(file: path, "no such file or folder") }
            if isDir.boolValue {
                folders.append(path)
                let entries: [String]
                do { entries = try fm.contentsOfDirectory(atPath: path) } catch {
                    throw InputError(file: path, "cannot list folder: \(error.localizedDescription)")
                }
                for name in entries.sorted(by: ClusterLoader.byteOrder) where !name.hasPrefix(".") && SourceFormat(fileName: name) != nil {
                    let full = (path as NSString).appendingPathComponent(name)
                    var sub: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { files.append(full) }
                }
            } else {
                files.append(path)
            }
        }

        var manifests: [String: ClusterManifest?] = [:] // folder → manifest (nil: none)
        func manifest(for file: String) throws -> ClusterManifest? {
            let dir = (file as NSString).deletingLastPathComponent
            if let m = manifests[dir] { return m }
            let path = (dir.isEmpty ? "." : dir) + "/cluster.json"
            var m: ClusterManifest?
            if fm.fileExists(atPath: path) {
                guard let data = fm.contents(atPath: path) else { throw InputError(file: path, "cannot read cluster.json") }
                m = try ClusterManifest(bytes: [UInt8](data), path: (dir as NSString).appendingPathComponent("cluster.json"))
            }
            manifests[dir] = .some(m)
            return m
        }

        var sources: [Source] = []
        var diagnostics: [Diagnostic] = []
        var usedIDs: Set<String> = []
        for file in files {
            let fileName = (file as NSString).lastPathComponent
            guard let format = SourceFormat(fileName: fileName) else {
                diagnostics.append(Diagnostic(.warning, file: file, "skipped: not a .txt, .md or .html file"))
                continue
            }
            let entry = try manifest(for: file)?.entries[fileName]
            do {
                let bytes = try read(file)
                var id = (fileName as NSString).deletingPathExtension
                if usedIDs.contains(id) { id = fileName }
                var k = 2
                let base = id
                while usedIDs.contains(id) { id = base + "-\(k)"; k += 1 }
                let source = try SourceReader.source(id: id, file: file, bytes: bytes, format: format, outlet: entry?.outlet,
                                                     published: entry?.published, url: entry?.url, maxFileBytes: maxFileBytes)
                usedIDs.insert(id)
                sources.append(source)
            } catch let e as InputError {
                diagnostics += e.diagnostics.map { d in
                    var w = d
                    w.level = .warning
                    w.message += " (file skipped)"
                    return w
                }
            }
        }

        let location = folders.count == 1 && paths.count == 1 ? folders[0] : (paths.count == 1 ? paths[0] : paths.joined(separator: ", "))
        guard sources.count >= 2 else {
            var errors = diagnostics.map { d -> Diagnostic in var e = d; e.level = .error; return e }
            let found = files.isEmpty ? "no .txt, .md or .html files" : "\(sources.count) usable source\(sources.count == 1 ? "" : "s") (of \(files.count) file\(files.count == 1 ? "" : "s"))"
            errors.append(Diagnostic(.error, file: location, "found \(found); a cluster needs at least two usable sources"))
            throw InputError(errors)
        }
        let name: String
        if let folder = folders.first {
            name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        } else {
            name = URL(fileURLWithPath: (files[0] as NSString).deletingLastPathComponent.isEmpty ? "." : (files[0] as NSString).deletingLastPathComponent).standardizedFileURL.lastPathComponent
        }
        return Cluster(name: name, sources: sources, diagnostics: diagnostics)
    }

    /// Reads a file after checking its size against the limit.
    private func read(_ file: String) throws -> [UInt8] {
        let fm = FileManager.default
        if let size = (try? fm.attributesOfItem(atPath: file))?[.size] as? NSNumber, size.intValue > maxFileBytes {
            throw InputError(file: file, ClusterLoader.tooLargeMessage(size: size.intValue, limit: maxFileBytes))
        }
        guard fm.isReadableFile(atPath: file), let data = fm.contents(atPath: file) else {
            throw InputError(file: file, "cannot read file (permission denied or not a regular file)")
        }
        return [UInt8](data)
    }

    /// Sorts file names by their UTF-8 bytes (stable across platforms and locales).
    static func byteOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}
