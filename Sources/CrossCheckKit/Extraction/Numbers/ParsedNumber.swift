/// One number read from tokens by `NumberParser`: its value, where it ends, and how it was written.
struct ParsedNumber: Sendable, Hashable {
    enum Form: Sendable, Hashable { case digits, words, mixed }
    var value: Double
    /// Token index after the number.
    var end: Int
    var form: Form
    var isFraction: Bool = false
    /// Why the digits look malformed ("24,966218"), when they do.
    var suspect: Suspect?
    /// A vague plural ("hundreds of", "dozens of"): `value` is the scale and the amount is a range.
    var vague: Bool = false
    var isInteger: Bool { value == value.rounded() && !isFraction }

    /// Why digits look malformed, as a code and a digit-group length (its `text` is the reason a quantity
    /// carries): no String in a parsed number, so a text's list of them is plain memory to copy and free.
    struct Suspect: Sendable, Hashable {
        enum Reason: UInt8, Sendable, Hashable {
            case decimalComma, longFirstGroup, badGroup, dotThousands, decimalCommaDotThousands, irregularGroups
        }
        var reason: Reason
        /// The digit group's length, for `longFirstGroup` and `badGroup`.
        var length: Int32 = 0

        var text: String {
            switch reason {
            case .decimalComma: return "decimal comma (European style?)"
            case .longFirstGroup: return "digit group of \(length) before a thousands separator"
            case .badGroup: return "digit group of \(length) after a thousands separator"
            case .dotThousands: return "dots used as thousands separators (European style?)"
            case .decimalCommaDotThousands: return "decimal comma with dot thousands (European style?)"
            case .irregularGroups: return "irregular digit groups"
            }
        }
    }
}
