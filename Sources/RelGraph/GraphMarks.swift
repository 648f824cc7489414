/// Diff marks on a union graph, handed to the renderer: which nodes and edges were added, removed,
/// changed or left unchanged, and legend lines that say which article is which.
public struct GraphMarks: Hashable, Sendable {
    public var nodes: [String: ChangeMark]
    public var edges: [EdgeKey: ChangeMark]
    /// Legend lines, e.g. "added: only in b.txt".
    public var legend: [String]

    public init(nodes: [String: ChangeMark] = [:], edges: [EdgeKey: ChangeMark] = [:], legend: [String] = []) {
        self.nodes = nodes
        self.edges = edges
        self.legend = legend
    }
}
