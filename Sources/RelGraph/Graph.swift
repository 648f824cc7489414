/// A relation graph in the `relgraph-1` form: actors and who does what to whom.
public struct Graph: Hashable, Sendable {
    public static let format = "relgraph-1"

    public var source: SourceInfo?
    public var nodes: [Node]
    public var edges: [Edge]

    public init(source: SourceInfo? = nil, nodes: [Node] = [], edges: [Edge] = []) {
        self.source = source
        self.nodes = nodes
        self.edges = edges
    }

    /// Sorts nodes by id, edges by (type, source, target), and every list inside them,
    /// so that the same content always serializes to the same bytes.
    public func canonicalized() -> Graph {
        var g = self
        g.nodes = nodes.map { n in
            var n = n
            n.names = Array(Set(n.names)).sorted()
            return n
        }.sorted { $0.id < $1.id }
        g.edges = edges.map { e in
            var e = e
            e.attributedTo = Array(Set(e.attributedTo)).sorted()
            e.deniedBy = Array(Set(e.deniedBy)).sorted()
            e.evidence = Array(Set(e.evidence)).sorted()
            if let s = e.sources { e.sources = Array(Set(s)).sorted() }
            return e
        }.sorted { $0.key < $1.key }
        return g
    }

    /// The node with this id, if any.
    public func node(_ id: String) -> Node? { nodes.first { $0.id == id } }
}
