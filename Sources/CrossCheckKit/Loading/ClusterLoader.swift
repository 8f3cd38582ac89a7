import Foundation

/// Loads a cluster from a folder or a list of files. (Minimal first version: `.txt`/`.md`/`.html`
/// files read as text, metadata from `cluster.json` when present, else the file name.)
public struct ClusterLoader: Sendable {
    public init() {}

    public func load(_ paths: [String]) throws -> Cluster {
        guard !paths.isEmpty else { throw InputError(file: "-", "no input given") }
        var files: [String] = []
        var name = "cluster"
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw InputError(file: path, "no such file or folder") }
            if isDir.boolValue {
                name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
                let entries = try fm.contentsOfDirectory(atPath: path).sorted()
                for e in entries where [".txt", ".md", ".html", ".htm"].contains(where: e.hasSuffix) {
                    files.append((path as NSString).appendingPathComponent(e))
                }
            } else {
                files.append(path)
            }
        }
        var sources: [Source] = []
        for file in files {
            guard let data = fm.contents(atPath: file) else { throw InputError(file: file, "cannot read file") }
            let bytes = [UInt8](data)
            let id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            sources.append(Source(id: id, file: file, text: bytes, lines: LineIndex(bytes)))
        }
        return Cluster(name: name, sources: sources)
    }
}
