import RelGraph

/// An actor mention inside a clause, with the role its context gives it.
struct Argument: Hashable, Sendable {
    enum Role: Hashable, Sendable {
        /// no preposition before it: a subject or object
        case plain
        /// marked by a preposition
        case prep(PrepRole)
    }

    var actor: String
    var mention: Mention
    var role: Role
    /// Token index where the noun phrase of the mention starts (determiners, adjectives included).
    var phraseStart: Int
    /// Token index after the mention.
    var end: Int
    /// Index of the coordination group ("Russland und Nordkorea") this argument belongs to.
    var group: Int

    var start: Int { mention.tokens.lowerBound }
    var isPlain: Bool { role == .plain }
}
