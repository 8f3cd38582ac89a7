/// Remembers a value computed from a text, so copies of one wording (a name, a title, a quotation
/// that hundreds of syndicated sources repeat) are worked on once. Texts are told apart by their
/// bytes (`DistinctStrings`), so the value must depend on nothing but the text's bytes.
struct TextMemo<Value> {
    private var texts = DistinctStrings(capacity: 16)
    private var values: [Value] = []

    /// The value for `text`: `make(text)` the first time, the remembered value after.
    mutating func value(_ text: String, _ make: (String) -> Value) -> Value {
        let (slot, isNew) = texts.slot(text)
        if isNew { values.append(make(text)) }
        return values[slot]
    }
}
