/// What graph `b` says that graph `a` does not, and the other way round.
///
/// Nodes are matched by id, edges by key (type, source, target; either order for symmetric types),
/// so graphs of articles in different languages diff by meaning: a node named "Nordkorea" in one
/// and "North Korea" in the other is one node (listed in `namedDifferently`, not a difference).
/// A difference is a node or edge that only one side has, a node whose kind or role differs, or an
/// edge whose role, modality, `attributedTo`, `deniedBy` or evidence count differs (`EdgeChange`).
/// Roles are compared only between graphs of the same language (`comparesRoles`).
///
/// Built in time linear in the size of the graphs (dictionaries), plus sorting the differences.
/// Every list is sorted (nodes by id, edges by key) and every list inside them too.
public struct GraphDiff: Hashable, Sendable {
    /// Where the two sides come from.
    public var a: SourceInfo
    public var b: SourceInfo
    /// Nodes only `b` has, and only `a` has.
    public var addedNodes: [Node]
    public var removedNodes: [Node]
    /// Nodes both have whose kind or role differs.
    public var changedNodes: [NodeChange]
    /// Edges only `b` has, and only `a` has.
    public var addedEdges: [Edge]
    public var removedEdges: [Edge]
    /// Edges both have whose stance, role or evidence count differs.
    public var changedEdges: [EdgeChange]
    /// How many nodes and edges both have unchanged.
    public var unchangedNodeCount: Int
    public var unchangedEdgeCount: Int
    /// Ids of nodes that both have under other names or labels: one node all the same, for information.
    public var namedDifferently: [String]

    /// Diffs `a` (before) against `b` (after). The sides are named by the graphs' `source`, or by
    /// `aSource` and `bSource` where given (the CLI passes the file path when a graph names none).
    public init(_ a: Graph, _ b: Graph, aSource: SourceInfo? = nil, bSource: SourceInfo? = nil) {
        self.a = aSource ?? a.source ?? SourceInfo()
        self.b = bSource ?? b.source ?? SourceInfo()
        let roles = Self.comparesRoles(self.a, self.b)

        let nodesA = Self.index(a.nodes)
        let nodesB = Self.index(b.nodes)
        var added: [Node] = [], removed: [Node] = [], changed: [NodeChange] = [], renamed: [String] = []
        var same = 0
        for (id, na) in nodesA {
            guard let nb = nodesB[id] else {
                removed.append(Self.canonical(na))
                continue
            }
            let fields = NodeChange.fields(na, nb, roles: roles)
            if fields.isEmpty {
                same += 1
            } else {
                changed.append(NodeChange(before: Self.canonical(na), after: Self.canonical(nb), fields: fields))
            }
            if na.label != nb.label || Set(na.names) != Set(nb.names) { renamed.append(id) }
        }
        for (id, nb) in nodesB where nodesA[id] == nil { added.append(Self.canonical(nb)) }
        addedNodes = added.sorted { $0.id < $1.id }
        removedNodes = removed.sorted { $0.id < $1.id }
        changedNodes = changed.sorted { $0.id < $1.id }
        namedDifferently = renamed.sorted()
        unchangedNodeCount = same

        let edgesA = Self.index(a.edges)
        let edgesB = Self.index(b.edges)
        var addedE: [Edge] = [], removedE: [Edge] = [], changedE: [EdgeChange] = []
        var sameE = 0
        for (key, ea) in edgesA {
            guard let eb = edgesB[key] else {
                removedE.append(ea)
                continue
            }
            let fields = EdgeChange.fields(ea, eb, roles: roles)
            if fields.isEmpty {
                sameE += 1
            } else {
                changedE.append(EdgeChange(before: ea, after: eb, fields: fields))
            }
        }
        for (key, eb) in edgesB where edgesA[key] == nil { addedE.append(eb) }
        addedEdges = addedE.sorted { $0.key < $1.key }
        removedEdges = removedE.sorted { $0.key < $1.key }
        changedEdges = changedE.sorted { $0.key < $1.key }
        unchangedEdgeCount = sameE
    }

    /// Roles are the article's words for an office, so they are compared only when both sides are
    /// in the same language (or either language is unknown): "Präsident" and "president" are one office.
    public static func comparesRoles(_ a: SourceInfo, _ b: SourceInfo) -> Bool {
        guard let la = a.language, let lb = b.language else { return true }
        return la.lowercased() == lb.lowercased()
    }

    /// No difference at all (`namedDifferently` does not count).
    public var isEmpty: Bool {
        addedNodes.isEmpty && removedNodes.isEmpty && changedNodes.isEmpty
            && addedEdges.isEmpty && removedEdges.isEmpty && changedEdges.isEmpty
    }

    /// How many differences: nodes and edges added, removed and changed.
    public var count: Int {
        addedNodes.count + removedNodes.count + changedNodes.count
            + addedEdges.count + removedEdges.count + changedEdges.count
    }

    /// Changed edges with stance flips first (`EdgeChange.isStanceFlip`), each group in key order.
    public var changedEdgesStanceFirst: [EdgeChange] {
        changedEdges.filter(\.isStanceFlip) + changedEdges.filter { !$0.isStanceFlip }
    }

    /// Nodes by id; a repeated id keeps its first node.
    private static func index(_ nodes: [Node]) -> [String: Node] {
        var d = [String: Node](minimumCapacity: nodes.count)
        for n in nodes where d[n.id] == nil { d[n.id] = n }
        return d
    }

    /// Edges by key, every list sorted; an edge repeated within one graph is folded into one with
    /// the merge rules (unions of evidence and stance, strongest modality).
    private static func index(_ edges: [Edge]) -> [EdgeKey: Edge] {
        var d = [EdgeKey: Edge](minimumCapacity: edges.count)
        var repeated: [EdgeKey: EdgeAccumulator] = [:]
        for e in edges {
            let key = e.key
            if let first = d[key] {
                if repeated[key] == nil { repeated[key] = EdgeAccumulator(first, source: nil) }
                repeated[key]!.add(e, source: nil)
            } else {
                d[key] = canonical(e)
            }
        }
        for (key, acc) in repeated {
            var folded = acc.edge
            // Keep weight and sources as the graph had them (a merged graph's edges carry them).
            folded.weight = d[key]!.weight
            folded.sources = acc.sources.isEmpty ? d[key]!.sources : acc.sources.sorted()
            d[key] = folded
        }
        return d
    }

    static func canonical(_ n: Node) -> Node {
        var n = n
        n.names = Array(Set(n.names)).sorted()
        return n
    }

    static func canonical(_ e: Edge) -> Edge {
        var e = e
        e.attributedTo = Array(Set(e.attributedTo)).sorted()
        e.deniedBy = Array(Set(e.deniedBy)).sorted()
        e.evidence = Array(Set(e.evidence)).sorted()
        if let s = e.sources { e.sources = Array(Set(s)).sorted() }
        return e
    }
}
