/// An actor: a state, person, organization, agreement or group, under one language-neutral id.
public struct Node: Hashable, Sendable {
    public var id: String
    public var kind: NodeKind
    /// English label.
    public var label: String
    /// Every surface form the node was seen under, sorted.
    public var names: [String]
    /// How often the article mentions it.
    public var mentions: Int
    /// For people: the office the text gives them.
    public var role: String?

    public init(id: String, kind: NodeKind, label: String, names: [String] = [], mentions: Int = 0, role: String? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
        self.names = names
        self.mentions = mentions
        self.role = role
    }
}
