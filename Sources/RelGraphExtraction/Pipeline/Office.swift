/// A person's office as the text gives it: the person, the state or organization, the role's words, and where.
public struct Office: Hashable, Sendable {
    public var person: String
    public var actor: String
    public var role: String
    public var sentence: Int
    /// Set when the actor is only the nearest state named before the title: the token where the
    /// title starts, so that coreference can still find a possessor there ("the group's spokesman").
    public var titleStart: Int?

    public init(person: String, actor: String, role: String, sentence: Int) {
        self.person = person
        self.actor = actor
        self.role = role
        self.sentence = sentence
    }
}
