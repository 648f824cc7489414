import RelGraph

/// An actor mention inside a clause, with the role its context gives it.
struct Argument: Hashable, Sendable {
    enum Role: Hashable, Sendable {
        /// no preposition before it: a subject or object
        case plain
        /// marked by a preposition
        case prep(PrepRole)
    }

    /// What the relation finder reads of the mention, without its strings: an argument is copied into and
    /// out of many small arrays per clause and cue, and every String it holds costs a retain and a release
    /// per copy (the mention's actor is `actor`'s first value; its surface is read in the document's mentions).
    struct MentionFacts: Hashable, Sendable {
        var range: TextRange
        var tokens: Range<Int>
        var form: Mention.Form
        var inTitle: Bool
        var isLocative: Bool
        var isPossessive: Bool
        /// Index of the mention in the document's mentions.
        var index: Int
    }

    var actor: String
    var mention: MentionFacts
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

    /// An argument for `mention`, the document's mention at `index` (or a copy of it with other flags).
    init(actor: String, mention: Mention, at index: Int, role: Role, prepWord: String?, phraseStart: Int, end: Int, group: Int) {
        self.actor = actor
        self.mention = MentionFacts(range: mention.range, tokens: mention.tokens, form: mention.form, inTitle: mention.inTitle,
                                    isLocative: mention.isLocative, isPossessive: mention.isPossessive, index: index)
        self.role = role
        self.prepWord = prepWord
        self.phraseStart = phraseStart
        self.end = end
        self.group = group
    }
}
