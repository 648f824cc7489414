import RelGraph

/// The filters of `relgraph render`: drop edge types, keep the neighbourhood of one node, minimum weight.
/// Nodes without edges stay unless a focus is given (RELATIONS.md: actors without edges stay as nodes).
public struct GraphFilter: Sendable, Hashable {
    public var dropTypes: Set<EdgeType>
    public var focus: String?
    public var depth: Int
    public var minWeight: Int?

    public init(dropTypes: Set<EdgeType> = [], focus: String? = nil, depth: Int = 1, minWeight: Int? = nil) {
        self.dropTypes = dropTypes
        self.focus = focus
        self.depth = depth
        self.minWeight = minWeight
    }

    public init(_ options: RenderOptions) {
        self.init(dropTypes: options.dropTypes, focus: options.focus, depth: options.depth, minWeight: options.minWeight)
    }

    /// Whether the filter changes nothing.
    public var isEmpty: Bool { dropTypes.isEmpty && focus == nil && minWeight == nil }

    /// The filtered graph. Throws when the focus names no node.
    public func apply(to graph: Graph) throws(RenderError) -> Graph {
        var g = graph
        g.edges = g.edges.filter { e in
            !dropTypes.contains(e.type) && (minWeight.map { (e.weight ?? 1) >= $0 } ?? true)
        }
        guard let focus else { return g }
        let start = try Self.resolve(focus, in: g)
        var neighbours: [String: Set<String>] = [:]
        for e in g.edges {
            neighbours[e.source, default: []].insert(e.target)
            neighbours[e.target, default: []].insert(e.source)
        }
        var kept: Set<String> = [start]
        var frontier: Set<String> = [start]
        for _ in 0..<max(0, depth) {
            let next = Set(frontier.flatMap { neighbours[$0] ?? [] }).subtracting(kept)
            if next.isEmpty { break }
            kept.formUnion(next)
            frontier = next
        }
        g.nodes = g.nodes.filter { kept.contains($0.id) }
        g.edges = g.edges.filter { kept.contains($0.source) && kept.contains($0.target) }
        return g
    }

    /// The id of the node that `name` names: its id, else its label or one of its names (ignoring case).
    static func resolve(_ name: String, in graph: Graph) throws(RenderError) -> String {
        if graph.nodes.contains(where: { $0.id == name }) { return name }
        let folded = name.lowercased()
        let matches = graph.nodes.filter { n in
            n.id.lowercased() == folded || n.label.lowercased() == folded || n.names.contains { $0.lowercased() == folded }
        }.map(\.id).sorted()
        guard let first = matches.first else { throw .unknownFocus(name) }
        return first
    }
}
