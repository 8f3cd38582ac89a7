/// A JSON5 value with the byte offset where it starts in its file, so rule validation can report
/// `file:line:column` for any key or value (Foundation's decoder gives no positions).
public struct JSON5Node: Sendable {
    public enum Value: Sendable {
        case object([Member])
        case array([JSON5Node])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    public struct Member: Sendable {
        public var key: String
        /// Byte offset of the key in the file.
        public var keyOffset: Int
        public var node: JSON5Node
    }

    public var value: Value
    /// Byte offset of the value's first character in the file.
    public var offset: Int
    /// For strings: the file byte offset of each byte of the decoded string (escapes map to their backslash),
    /// plus one entry for the closing quote, so an error inside a string can point at its column.
    public var stringOffsets: [Int]

    public init(value: Value, offset: Int, stringOffsets: [Int] = []) {
        self.value = value
        self.offset = offset
        self.stringOffsets = stringOffsets
    }

    /// The file offset of byte `i` of a string value (clamped to the string).
    public func offset(ofStringByte i: Int) -> Int {
        guard !stringOffsets.isEmpty else { return offset }
        return stringOffsets[max(0, min(i, stringOffsets.count - 1))]
    }

    /// A short name of the value's type for messages.
    public var typeName: String {
        switch value {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }

    public var string: String? { if case .string(let s) = value { return s } else { return nil } }
    public var number: Double? { if case .number(let d) = value { return d } else { return nil } }
    public var bool: Bool? { if case .bool(let b) = value { return b } else { return nil } }
    public var array: [JSON5Node]? { if case .array(let a) = value { return a } else { return nil } }
    public var members: [Member]? { if case .object(let m) = value { return m } else { return nil } }
}
