import Foundation

/// A node that both graphs have, with a different kind or role.
public struct NodeChange: Hashable, Sendable {
    /// The node as graph `a` has it.
    public var before: Node
    /// The node as graph `b` has it.
    public var after: Node
    /// What differs, in `DiffField` order.
    public var fields: [DiffField]

    public var id: String { after.id }

    public init(before: Node, after: Node, fields: [DiffField]) {
        self.before = before
        self.after = after
        self.fields = fields
    }

    /// The fields in which two nodes with the same id differ: kind and role. Names, label and
    /// mention counts are not compared: the same actor is named in other words in other articles.
    /// Roles are words of the article ("Präsident", "president"): they are compared ignoring case and
    /// only when `roles` is true (the diff passes it when both sides are in the same language).
    public static func fields(_ a: Node, _ b: Node, roles: Bool = true) -> [DiffField] {
        var fields: [DiffField] = []
        if a.kind != b.kind { fields.append(.kind) }
        if roles && !sameRole(a.role, b.role) { fields.append(.role) }
        return fields
    }

    /// Two roles are the same when they are equal ignoring case and surrounding white space.
    static func sameRole(_ a: String?, _ b: String?) -> Bool {
        if a == b { return true }
        func norm(_ s: String?) -> String? { s?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
        return norm(a) == norm(b)
    }
}
