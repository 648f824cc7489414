/// How a node or edge of a union graph stands in a diff: drawn by the renderer in its own style.
public enum ChangeMark: String, CaseIterable, Sendable, Codable {
    case added, removed, changed, unchanged
}
