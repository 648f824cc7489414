extension GraphDiff {
    /// The name a side goes by in the union graph's evidence and in the legend: "A: path" (or "A").
    public static func sideName(_ letter: String, _ side: SourceInfo) -> String {
        side.path.map { "\(letter): \($0)" } ?? letter
    }

    /// The names of the two sides: "A: path" and "B: path".
    public var sideNames: (a: String, b: String) { (Self.sideName("A", a), Self.sideName("B", b)) }

    /// The union of `a` and `b` (the graphs this diff was made from), for drawing the diff: every node
    /// and edge of either side, merged by the merge rules, each edge with the evidence of both sides,
    /// each piece tagged with its side (`Evidence.source` = "A: path" or "B: path"; evidence of a
    /// merged graph keeps its article's tag). Weight and sources are left out: the picture shows
    /// marks, not weights.
    public func union(_ a: Graph, _ b: Graph) -> Graph {
        var merger = GraphMerger()
        let names = sideNames
        merger.add(a, as: names.a)
        merger.add(b, as: names.b)
        var g = merger.graph()
        for i in g.edges.indices {
            g.edges[i].weight = nil
            g.edges[i].sources = nil
        }
        g.source = SourceInfo(title: "\(names.a) vs \(names.b)")
        return g
    }

    /// The marks of every node and edge of `union` (`union(_:_:)` of the same graphs): added (only
    /// in b), removed (only in a), changed, unchanged; and legend lines saying which article is which.
    public func marks(for union: Graph) -> GraphMarks {
        var nodes: [String: ChangeMark] = [:]
        var edges: [EdgeKey: ChangeMark] = [:]
        nodes.reserveCapacity(union.nodes.count)
        edges.reserveCapacity(union.edges.count)
        for n in union.nodes { nodes[n.id] = .unchanged }
        for n in addedNodes { nodes[n.id] = .added }
        for n in removedNodes { nodes[n.id] = .removed }
        for c in changedNodes { nodes[c.id] = .changed }
        for e in union.edges { edges[e.key] = .unchanged }
        for e in addedEdges { edges[e.key] = .added }
        for e in removedEdges { edges[e.key] = .removed }
        for c in changedEdges { edges[c.key] = .changed }
        return GraphMarks(nodes: nodes, edges: edges, legend: legend)
    }

    /// Legend lines: which article is A and which is B, what added and removed mean, and the summary.
    public var legend: [String] {
        [
            "A: " + Self.describe(a),
            "B: " + Self.describe(b),
            "added: only in B, removed: only in A, changed: stance, role or evidence count differ",
            summary,
        ]
    }
}
