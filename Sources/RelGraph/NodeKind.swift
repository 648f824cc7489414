/// The kind of an actor node (see RELATIONS.md, "Nodes").
public enum NodeKind: String, CaseIterable, Sendable, Codable, Comparable {
    case state, person, organization, agreement, group

    /// The id prefix that nodes of this kind carry (`state:`, `org:`, ...).
    public var idPrefix: String {
        switch self {
        case .state: "state:"
        case .person: "person:"
        case .organization: "org:"
        case .agreement: "agreement:"
        case .group: "group:"
        }
    }

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
