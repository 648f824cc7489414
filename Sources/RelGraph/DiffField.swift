/// What can differ between the two sides of a node or edge that both graphs have.
public enum DiffField: String, CaseIterable, Sendable, Codable, Comparable {
    /// A node's kind.
    case kind
    /// A node's or a `represents` edge's office.
    case role
    /// An edge's modality (compared only where both sides state one).
    case modality
    /// Who asserts the edge.
    case attributedTo
    /// Who denies the edge.
    case deniedBy
    /// How many pieces of evidence state the edge.
    case evidenceCount

    public static func < (lhs: DiffField, rhs: DiffField) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
