/// Turns one file's bytes (or a JSON Lines record's text) into a `Source`: checks that it is text,
/// repairs invalid UTF-8, reads front matter, converts HTML, and keeps the offset map to the original
/// bytes. The loader and batch readers share this path.
///
/// Metadata precedence: the file's own front matter, then the values passed in (manifest or record),
/// then, for the publication date of an HTML page, its metadata (`HTMLPublishedDate`), and the id as
/// outlet. A source left without a publication date gets a warning.
public enum SourceReader {
    /// Reads one source. Throws `InputError` (one diagnostic naming `file`) when the input is unusable: over
    /// `maxFileBytes`, binary, empty, or with malformed front matter. Invalid UTF-8 is repaired and reported as a
    /// warning in `Source.diagnostics`.
    public static func source(id: String, file: String, bytes: [UInt8], format: SourceFormat,
                              outlet: String? = nil, published: PublishedTime? = nil, url: String? = nil,
                              maxFileBytes: Int = ClusterLoader.defaultMaxFileBytes) throws -> Source {
        let limit = min(maxFileBytes, ClusterLoader.hardMaxFileBytes)
        if bytes.count > limit {
            throw InputError(file: file, ClusterLoader.tooLargeMessage(size: bytes.count, limit: limit))
        }
        if let problem = binaryProblem(bytes) { throw InputError(file: file, problem) }
        if isBlank(bytes, from: 0) { throw InputError(file: file, "file is empty (no text to check)") }

        let repaired = UTF8Repair(bytes)
        var diagnostics: [Diagnostic] = []
        if let bad = repaired.firstBadOffset {
            // Many replacements in a file means it is not text at all.
            if repaired.replacements * 5 > bytes.count && bytes.count >= 16 {
                throw InputError(file: file, "file does not look like text (\(repaired.replacements) invalid UTF-8 sequences in \(bytes.count) bytes)")
            }
            let (line, column) = LineIndex(bytes).location(ofByte: bad)
            diagnostics.append(Diagnostic(.warning, file: file, line: line, column: column,
                "invalid UTF-8 at byte offset \(bad) (first of \(repaired.replacements)); decoded with U+FFFD replacement characters"))
        }
        let decoded = repaired.bytes

        var front: FrontMatter?
        do {
            front = try FrontMatter.parse(decoded)
        } catch let p as FrontMatter.Problem {
            throw InputError(file: file, line: p.line, "malformed front matter: " + p.message)
        }
        let bodyStart = front?.length ?? 0
        if isBlank(decoded, from: bodyStart) {
            throw InputError(file: file, "file has no text after its front matter")
        }

        var text: [UInt8]
        var origin: OffsetMap
        switch format {
        case .text:
            text = decoded
            origin = repaired.origin
        case .markdown, .html:
            var out = Array(decoded[0..<bodyStart])
            var map = OffsetMap.identity
            if format == .html {
                out.reserveCapacity(out.count + (decoded.count - bodyStart) / 2)
                HTMLConverter.convert(decoded, range: bodyStart..<decoded.count, into: &out, map: &map)
            } else {
                out.reserveCapacity(decoded.count)
                MarkdownConverter.convert(decoded, range: bodyStart..<decoded.count, into: &out, map: &map)
            }
            if isBlank(out, from: bodyStart) {
                throw InputError(file: file, "\(format == .html ? "HTML" : "Markdown") file has no text outside markup")
            }
            text = out
            origin = compose(map, then: repaired.origin, analysisCount: out.count)
        }
        // Repair can grow the text (each invalid byte becomes a 3-byte U+FFFD): offsets are 32-bit.
        if text.count > ClusterLoader.hardMaxFileBytes {
            throw InputError(file: file, "text is \(text.count) bytes once its invalid UTF-8 is replaced, over the largest text the engine can address (\(ClusterLoader.hardMaxFileBytes) bytes)")
        }
        var excluded: [ExcludedSegment] = []
        if bodyStart > 0 {
            excluded.append(ExcludedSegment(span: TextSpan(start: 0, end: bodyStart), reason: .frontMatter, detail: "front matter (metadata block)"))
        }
        // A page's own metadata comes last: the manifest or record is the user's word for it.
        let published = front?.published ?? published
            ?? (format == .html ? HTMLPublishedDate.read(decoded, range: bodyStart..<decoded.count) : nil)
        if published == nil {
            diagnostics.append(Diagnostic(.warning, file: file, "no publication date (give one in cluster.json, in the file's front matter or in a batch record's \"published\"): "
                + "its relative dates (\"on Monday\", \"yesterday\") are not read, and a count that differs from another source's cannot be read as an earlier or later report"))
        }
        return Source(id: id, file: file, outlet: front?.outlet ?? outlet ?? id, published: published,
                      url: front?.url ?? url, text: text, origin: origin, lines: LineIndex(bytes),
                      excluded: excluded, diagnostics: diagnostics)
    }

    /// Why `bytes` is not a text file (NUL bytes, mostly control characters), or nil.
    static func binaryProblem(_ bytes: [UInt8]) -> String? {
        let sample = min(bytes.count, 65_536)
        var controls = 0
        for i in 0..<sample {
            let b = bytes[i]
            if b == 0 { return "file looks binary (NUL byte at offset \(i)); expected text, Markdown or HTML" }
            if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x0B && b != 0x1B) || b == 0x7F { controls += 1 }
        }
        if sample >= 8 && controls * 10 > sample {
            return "file looks binary (\(controls) control bytes in its first \(sample) bytes); expected text, Markdown or HTML"
        }
        return nil
    }

    /// Whether `bytes[from...]` holds only white space (and a BOM).
    static func isBlank(_ bytes: [UInt8], from start: Int) -> Bool {
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C { i += 1; continue }
            if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { i += 3; continue }
            if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { i += 2; continue }
            return false
        }
        return true
    }

    /// `outer` maps analysis → intermediate offsets, `inner` intermediate → original: the composed map.
    static func compose(_ outer: OffsetMap, then inner: OffsetMap, analysisCount: Int) -> OffsetMap {
        if inner.runs.count == 1 && inner.runs[0].analysis == 0 && inner.runs[0].original == 0 { return outer }
        var result = OffsetMap.identity
        let runs = outer.runs
        var k = 0 // index into inner runs
        let innerRuns = inner.runs
        for (r, run) in runs.enumerated() {
            let length = (r + 1 < runs.count ? runs[r + 1].analysis : max(analysisCount, run.analysis + 1)) - run.analysis
            let lo = run.original
            let hi = run.original + length
            // Inner runs are sorted; move to the one holding `lo`.
            while k + 1 < innerRuns.count && innerRuns[k + 1].analysis <= lo { k += 1 }
            while k > 0 && innerRuns[k].analysis > lo { k -= 1 }
            result.append(analysis: run.analysis, original: inner.original(lo))
            var m = k + 1
            while m < innerRuns.count && innerRuns[m].analysis < hi {
                let a = run.analysis + (innerRuns[m].analysis - lo)
                result.append(analysis: a, original: innerRuns[m].original)
                m += 1
            }
        }
        return result
    }
}
