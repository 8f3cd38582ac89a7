/// Errors that stop a run (exit 2): one or more diagnostics at level error.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.diagnostics = [Diagnostic(.error, file: file, line: line, column: column, message)]
    }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
