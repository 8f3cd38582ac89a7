/// An immutable value behind one shared reference, for model fields that many values hold alike (a rule's
/// compare spec in every claim of the rule, a source's fields in every evidence of the source): each
/// holder pays 8 bytes. Equal when it is the same box or holds an equal value, so the holders still
/// compare and hash as plain values; to change the value, put a new box in place.
final class Shared<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }

    /// A new box holding this value with `change` made to it (this box, and every holder of it, keeps
    /// its value).
    func with(_ change: (inout Value) -> Void) -> Shared {
        var changed = value
        change(&changed)
        return Shared(changed)
    }

    static func == (a: Shared, b: Shared) -> Bool { a === b || a.value == b.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
