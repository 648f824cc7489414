import RelGraph

/// What the pipeline knows of an actor: its id, kind and English label.
public struct ActorInfo: Hashable, Sendable {
    public var id: String
    public var kind: NodeKind
    public var label: String

    public init(id: String, kind: NodeKind, label: String) {
        self.id = id
        self.kind = kind
        self.label = label
    }
}
