/// A person's office as the text gives it: the person, the state or organization, the role's words, and where.
public struct Office: Hashable, Sendable {
    public var person: String
    public var actor: String
    public var role: String
    public var sentence: Int

    public init(person: String, actor: String, role: String, sentence: Int) {
        self.person = person
        self.actor = actor
        self.role = role
        self.sentence = sentence
    }
}
