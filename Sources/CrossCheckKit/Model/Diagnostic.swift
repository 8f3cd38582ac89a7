/// A problem with an input, named by file and, where known, line and column.
public struct Diagnostic: Sendable, Hashable, Codable, Error, CustomStringConvertible {
    public enum Level: String, Sendable, Hashable, Codable { case warning, error }

    public var level: Level
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(_ level: Level, file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.level = level
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: level: message`, the form editors and CI logs understand.
    public var description: String {
        var s = file
        if let line { s += ":\(line)" ; if let column { s += ":\(column)" } }
        return s + ": " + level.rawValue + ": " + message
    }
}
