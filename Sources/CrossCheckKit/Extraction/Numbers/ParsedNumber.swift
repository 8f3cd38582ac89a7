/// One number read from tokens by `NumberParser`: its value, where it ends, and how it was written.
struct ParsedNumber: Sendable, Hashable {
    enum Form: Sendable, Hashable { case digits, words, mixed }
    var value: Double
    /// Token index after the number.
    var end: Int
    var form: Form
    var isFraction: Bool = false
    /// Why the digits look malformed ("24,966218"), when they do.
    var suspect: String?
    /// A vague plural ("hundreds of", "dozens of"): `value` is the scale and the amount is a range.
    var vague: Bool = false
    var isInteger: Bool { value == value.rounded() && !isFraction }
}
