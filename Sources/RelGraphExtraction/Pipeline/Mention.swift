/// A place in the text that refers to an actor.
public struct Mention: Hashable, Sendable {
    public enum Form: String, Sendable, Hashable {
        /// a proper name or metonym from the lexicon ("Russland", "der Kreml")
        case name
        /// a nationality adjective ("russische Armee")
        case adjective
        /// a noun for the state's people ("Nordkoreaner")
        case demonym
        /// a person found from a title or a name pattern
        case person
        /// the first part of a compound ("Ukraine-Krieg", "US-Außenminister")
        case compoundPart
        /// a group or agreement cue ("westliche Nationen", "Verteidigungspakt")
        case cue
        /// a pronoun or description resolved by coreference ("er", "beide Länder", "the secretive state")
        case coreference

        /// Resolved by coreference: it stands for an actor named elsewhere.
        public var isPronounLike: Bool { self == .coreference }
    }

    public var actor: String
    public var range: TextRange
    /// Token indices covered.
    public var tokens: Range<Int>
    public var sentence: Int
    public var form: Form
    public var surface: String
    /// Part of a person's title ("Kremlsprecher", "der ukrainische Präsident"): names the office's
    /// actor and is no argument of other relations.
    public var inTitle: Bool = false
    /// Stands after a locative preposition ("in Madrid", "im Jemen"): a place, unless an edge needs it.
    public var isLocative: Bool = false
    /// A possessor: a German genitive ("Moskaus Krieg", "Putins Besuch"), an English "'s", or a
    /// possessive pronoun ("seine", "his"). It qualifies a noun; it is no clause subject.
    public var isPossessive: Bool = false

    public init(actor: String, range: TextRange, tokens: Range<Int>, sentence: Int, form: Form, surface: String, inTitle: Bool = false) {
        self.actor = actor
        self.range = range
        self.tokens = tokens
        self.sentence = sentence
        self.form = form
        self.surface = surface
        self.inTitle = inTitle
    }
}
