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
    /// Index of the mention in the document's mentions.
    var mentionIndex: Int = -1
    var role: Role
    /// The preposition before it, in lower case.
    var prepWord: String?
    /// Token index where the noun phrase of the mention starts (determiners, adjectives included).
    var phraseStart: Int
    /// Token index after the mention.
    var end: Int
    /// Index of the coordination group ("Russland und Nordkorea") this argument belongs to.
    var group: Int

    var start: Int { mention.tokens.lowerBound }
    /// No preposition before it, and no possessor: a subject or object.
    var isPlain: Bool { role == .plain && !mention.isPossessive && !modifiesCue }
    /// An adjective on a cue noun ("der russischen Invasion"): that noun's, not the clause's.
    var modifiesCue = false
    var isPossessor: Bool { mention.isPossessive }
}
