/// One node of a merge in progress: all names, summed mentions, and the kind, label and role chosen
/// so that the result does not depend on the order of the inputs.
struct NodeAccumulator: Sendable {
    var id: String
    var kind: NodeKind
    var label: String
    var names: Set<String>
    var mentions: Int
    var role: String?

    init(_ node: Node) {
        id = node.id
        kind = node.kind
        label = node.label
        names = Set(node.names)
        mentions = node.mentions
        role = node.role
    }

    /// Kind and label: the smallest (kind, label) pair; role: the smallest one stated.
    /// Both are minimums, so the choice is the same in any order and grouping.
    mutating func add(_ node: Node) {
        if (node.kind, node.label) < (kind, label) {
            kind = node.kind
            label = node.label
        }
        names.formUnion(node.names)
        mentions += node.mentions
        role = Self.smaller(role, node.role)
    }

    mutating func add(_ other: NodeAccumulator) {
        if (other.kind, other.label) < (kind, label) {
            kind = other.kind
            label = other.label
        }
        names.formUnion(other.names)
        mentions += other.mentions
        role = Self.smaller(role, other.role)
    }

    var node: Node {
        Node(id: id, kind: kind, label: label, names: names.sorted(), mentions: mentions, role: role)
    }

    /// The smaller of two optional strings, nil giving way to any string.
    static func smaller(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }
}
