/// An edge that both graphs have (same type, source and target) whose stance, role or evidence count differs.
public struct EdgeChange: Hashable, Sendable {
    /// The edge as graph `a` has it.
    public let before: Edge
    /// The edge as graph `b` has it.
    public let after: Edge
    /// What differs, in `DiffField` order.
    public var fields: [DiffField]

    /// The edge's type, source and target.
    public let key: EdgeKey

    public init(before: Edge, after: Edge, fields: [DiffField]) {
        key = after.key
        self.before = before
        self.after = after
        self.fields = fields
    }

    /// The claim is held one way on one side and the other way on the other: denied (modality
    /// `denied`) in one graph and not in the other, or someone denies it in one graph and nobody in
    /// the other. These are the lines an analyst wants first.
    public var isStanceFlip: Bool {
        if let m = before.modality, let n = after.modality, (m == .denied) != (n == .denied) { return true }
        return before.deniedBy.isEmpty != after.deniedBy.isEmpty
    }

    /// The fields in which two edges with the same key differ. `attributedTo` and `deniedBy` are
    /// compared as sets, evidence by count (the sentences of two articles always differ), and
    /// modality only where both sides state one (a graph that leaves it out says nothing about it).
    /// Roles are compared as `NodeChange.fields` compares them, only when `roles` is true.
    public static func fields(_ a: Edge, _ b: Edge, roles: Bool = true) -> [DiffField] {
        var fields: [DiffField] = []
        if roles && !NodeChange.sameRole(a.role, b.role) { fields.append(.role) }
        if let m = a.modality, let n = b.modality, m != n { fields.append(.modality) }
        // Appended in DiffField order: role, modality, attributedTo, deniedBy, evidenceCount.
        if !Self.sameSet(a.attributedTo, b.attributedTo) { fields.append(.attributedTo) }
        if !Self.sameSet(a.deniedBy, b.deniedBy) { fields.append(.deniedBy) }
        if Self.distinctCount(a.evidence) != Self.distinctCount(b.evidence) { fields.append(.evidenceCount) }
        return fields
    }

    /// Equal as sets; equal lists (the canonical case) need no set.
    private static func sameSet(_ a: [String], _ b: [String]) -> Bool {
        a == b || Set(a) == Set(b)
    }

    private static func distinctCount(_ list: [Evidence]) -> Int {
        GraphDiff.sortedUnique(list).count
    }
}
