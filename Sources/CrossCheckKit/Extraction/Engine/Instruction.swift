/// One instruction of the compiled rule automaton (a Thompson NFA run by `PikeVM`).
enum Instruction: Sendable, Hashable {
    /// Consume one token whose normalized hash equals the literal's.
    case literal(UInt64)
    /// Consume one token of a built-in class.
    case tokenClass(TokenClass)
    /// Consume one token of `Program.tokenSets[index]`.
    case tokenSet(Int)
    /// Consume a whole recognition of recognizer `index` (-1: a recognizer this run does not have);
    /// record it in the occurrence slots starting at `slot` (start, end, recognition index).
    case recognizer(index: Int, slot: Int)
    /// Consume a whole entry of lexicon `index`; record it at `slot` (start, end, entry index).
    case lexicon(index: Int, slot: Int)
    case split(Int, Int)
    case jump(Int)
    /// Record the current token position in capture slot `n`.
    case save(Int)
    case assertStart
    case assertEnd
    /// Rule `n` matched.
    case match(Int)
}
