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

        // Collect ids and keys with positions first, sort those (small), then build the lists in
        // order: no large values are copied or moved while sorting.
        let nodesA = Self.index(a.nodes)
        let nodesB = Self.index(b.nodes)
        var removedIDs: [(String, Int)] = [], addedIDs: [(String, Int)] = []
        var changedIDs: [(String, Int, Int, [DiffField])] = []
        var renamed: [String] = []
        var same = 0
        for (id, i) in nodesA {
            guard let j = nodesB[id] else {
                removedIDs.append((id, i))
                continue
            }
            let fields = NodeChange.fields(a.nodes[i], b.nodes[j], roles: roles)
            if fields.isEmpty {
                same += 1
            } else {
                changedIDs.append((id, i, j, fields))
            }
            if Self.namedDifferently(a.nodes[i], b.nodes[j]) { renamed.append(id) }
        }
        for (id, j) in nodesB where nodesA[id] == nil { addedIDs.append((id, j)) }
        addedIDs.sort { $0.0 < $1.0 }
        removedIDs.sort { $0.0 < $1.0 }
        changedIDs.sort { $0.0 < $1.0 }
        addedNodes = addedIDs.map { Self.canonical(b.nodes[$0.1]) }
        removedNodes = removedIDs.map { Self.canonical(a.nodes[$0.1]) }
        changedNodes = changedIDs.map { NodeChange(before: Self.canonical(a.nodes[$0.1]), after: Self.canonical(b.nodes[$0.2]), fields: $0.3) }
        namedDifferently = renamed.sorted()
        unchangedNodeCount = same

        let edgesA = EdgeIndex(a.edges)
        let edgesB = EdgeIndex(b.edges)
        let noRepeats = edgesA.folded.isEmpty && edgesB.folded.isEmpty
        var removedKeys: [(EdgeKey, Int)] = [], addedKeys: [(EdgeKey, Int)] = []
        var changedKeys: [(EdgeKey, Int, Int, [DiffField])] = []
        var sameE = 0
        for (key, i) in edgesA.position {
            guard let j = edgesB.position[key] else {
                removedKeys.append((key, i))
                continue
            }
            let fields = noRepeats
                ? EdgeChange.fields(a.edges[i], b.edges[j], roles: roles)
                : EdgeChange.fields(edgesA.edge(key, at: i), edgesB.edge(key, at: j), roles: roles)
            if fields.isEmpty {
                sameE += 1
            } else {
                changedKeys.append((key, i, j, fields))
            }
        }
        for (key, j) in edgesB.position where edgesA.position[key] == nil { addedKeys.append((key, j)) }
        addedKeys.sort { Self.keyOrder($0.0, $1.0) }
        removedKeys.sort { Self.keyOrder($0.0, $1.0) }
        changedKeys.sort { Self.keyOrder($0.0, $1.0) }
        addedEdges = addedKeys.map { Self.canonical(edgesB.edge($0.0, at: $0.1)) }
        removedEdges = removedKeys.map { Self.canonical(edgesA.edge($0.0, at: $0.1)) }
        changedEdges = changedKeys.map {
            EdgeChange(before: Self.canonical(edgesA.edge($0.0, at: $0.1)),
                       after: Self.canonical(edgesB.edge($0.0, at: $0.2)), fields: $0.3)
        }
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

    /// The order of `EdgeKey`'s `<`, comparing the type's name only when the types differ.
    static func keyOrder(_ x: EdgeKey, _ y: EdgeKey) -> Bool {
        if x.type != y.type { return x.type < y.type }
        if x.source != y.source { return x.source < y.source }
        return x.target < y.target
    }

    /// Same id, other label or names (compared as sets).
    private static func namedDifferently(_ x: Node, _ y: Node) -> Bool {
        x.label != y.label || (x.names != y.names && Set(x.names) != Set(y.names))
    }

    /// Node positions by id; a repeated id keeps its first node.
    private static func index(_ nodes: [Node]) -> [String: Int] {
        var d = [String: Int](minimumCapacity: nodes.count)
        for i in nodes.indices where d[nodes[i].id] == nil { d[nodes[i].id] = i }
        return d
    }

    static func canonical(_ n: Node) -> Node {
        var n = n
        n.names = sortedUnique(n.names)
        return n
    }

    static func canonical(_ e: Edge) -> Edge {
        var e = e
        e.attributedTo = sortedUnique(e.attributedTo)
        e.deniedBy = sortedUnique(e.deniedBy)
        e.evidence = sortedUnique(e.evidence)
        if let s = e.sources { e.sources = sortedUnique(s) }
        return e
    }

    /// The list sorted without repeats; a list that already is (the common case) is returned as it is.
    static func sortedUnique<T: Comparable & Hashable>(_ list: [T]) -> [T] {
        if list.count < 2 { return list }
        var i = list.startIndex
        while i + 1 < list.endIndex, list[i] < list[i + 1] { i += 1 }
        if i + 1 == list.endIndex { return list }
        return Array(Set(list)).sorted()
    }
}
