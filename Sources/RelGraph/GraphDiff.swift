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
        // One dictionary for a's nodes; b's nodes are looked up in it as they come.
        let (nodesA, firstNodeA) = Self.index(a.nodes)
        var nodeMatchOfA = [Int](repeating: -1, count: a.nodes.count)
        var removedIDs: [(String, Int)] = [], addedIDs: [(String, Int)] = []
        var onlyBNodes = Set<String>()
        for j in b.nodes.indices {
            let id = b.nodes[j].id
            if let i = nodesA[id] {
                if nodeMatchOfA[i] < 0 { nodeMatchOfA[i] = j }
            } else if onlyBNodes.insert(id).inserted {
                addedIDs.append((id, j))
            }
        }
        var changedIDs: [(String, Int, Int, [DiffField])] = []
        var renamed: [String] = []
        var same = 0
        for i in a.nodes.indices where firstNodeA[i] {
            let j = nodeMatchOfA[i]
            guard j >= 0 else {
                removedIDs.append((a.nodes[i].id, i))
                continue
            }
            let fields = NodeChange.fields(a.nodes[i], b.nodes[j], roles: roles)
            if fields.isEmpty {
                same += 1
            } else {
                changedIDs.append((a.nodes[i].id, i, j, fields))
            }
            if Self.namedDifferently(a.nodes[i], b.nodes[j]) { renamed.append(a.nodes[i].id) }
        }
        addedIDs.sort { $0.0 < $1.0 }
        removedIDs.sort { $0.0 < $1.0 }
        changedIDs.sort { $0.0 < $1.0 }
        addedNodes = addedIDs.map { Self.canonical(b.nodes[$0.1]) }
        removedNodes = removedIDs.map { Self.canonical(a.nodes[$0.1]) }
        changedNodes = changedIDs.map { NodeChange(before: Self.canonical(a.nodes[$0.1]), after: Self.canonical(b.nodes[$0.2]), fields: $0.3) }
        namedDifferently = renamed.sorted()
        unchangedNodeCount = same

        // One dictionary for a's edges; b's edges are looked up in it as they come, and only the
        // edges that b alone has get a dictionary of their own.
        let edgesA = EdgeIndex(a.edges)
        var matchOfA = [Int](repeating: -1, count: a.edges.count)
        var onlyB: [EdgeKey: Int] = [:]
        var repeatsB: [EdgeKey: [Int]] = [:]
        for j in b.edges.indices {
            let key = b.edges[j].key
            if let i = edgesA.position[key] {
                if matchOfA[i] < 0 { matchOfA[i] = j } else { repeatsB[key, default: [matchOfA[i]]].append(j) }
            } else if let first = onlyB[key] {
                repeatsB[key, default: [first]].append(j)
            } else {
                onlyB[key] = j
            }
        }
        let foldedB = repeatsB.mapValues { EdgeIndex.fold($0.map { b.edges[$0] }) }
        func edgeB(_ key: EdgeKey, _ j: Int) -> Edge { foldedB.isEmpty ? b.edges[j] : (foldedB[key] ?? b.edges[j]) }
        let noRepeats = edgesA.folded.isEmpty && foldedB.isEmpty

        var removedKeys: [(EdgeKey, Int)] = [], addedKeys: [(EdgeKey, Int)] = []
        var changedKeys: [(EdgeKey, Int, Int, [DiffField])] = []
        var sameE = 0
        for i in a.edges.indices where edgesA.isFirst[i] {
            let j = matchOfA[i]
            guard j >= 0 else {
                removedKeys.append((a.edges[i].key, i))
                continue
            }
            let fields = noRepeats
                ? EdgeChange.fields(a.edges[i], b.edges[j], roles: roles)
                : EdgeChange.fields(edgesA.edge(a.edges[i].key, at: i), edgeB(a.edges[i].key, j), roles: roles)
            if fields.isEmpty {
                sameE += 1
            } else {
                changedKeys.append((a.edges[i].key, i, j, fields))
            }
        }
        for (key, j) in onlyB { addedKeys.append((key, j)) }
        addedKeys.sort { Self.keyOrder($0.0, $1.0) }
        removedKeys.sort { Self.keyOrder($0.0, $1.0) }
        changedKeys.sort { Self.keyOrder($0.0, $1.0) }
        addedEdges = addedKeys.map { Self.canonical(edgeB($0.0, $0.1)) }
        removedEdges = removedKeys.map { Self.canonical(edgesA.edge($0.0, at: $0.1)) }
        changedEdges = changedKeys.map {
            EdgeChange(before: Self.canonical(edgesA.edge($0.0, at: $0.1)),
                       after: Self.canonical(edgeB($0.0, $0.2)), fields: $0.3)
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

    /// Node positions by id, and whether each node is the first with its id (a repeated id keeps its
    /// first node).
    private static func index(_ nodes: [Node]) -> ([String: Int], [Bool]) {
        var d = [String: Int](minimumCapacity: nodes.count)
        var first = [Bool](repeating: true, count: nodes.count)
        for i in nodes.indices {
            if d[nodes[i].id] == nil { d[nodes[i].id] = i } else { first[i] = false }
        }
        return (d, first)
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
