/// The edges of one graph by key, for diffing: positions into the graph's own array (no copies), and
/// for a key that the graph repeats, the repeats folded into one edge by the merge rules.
struct EdgeIndex {
    let edges: [Edge]
    /// Whether each edge is the first with its key.
    private(set) var isFirst: [Bool]
    /// The position of the first edge of each key.
    private(set) var position: [EdgeKey: Int]
    private(set) var folded: [EdgeKey: Edge] = [:]

    init(_ edges: [Edge]) {
        self.edges = edges
        isFirst = [Bool](repeating: true, count: edges.count)
        position = [EdgeKey: Int](minimumCapacity: edges.count)
        var repeated: [EdgeKey: [Int]] = [:]
        for i in edges.indices {
            let key = edges[i].key
            if let first = position[key] {
                isFirst[i] = false
                repeated[key, default: [first]].append(i)
            } else {
                position[key] = i
            }
        }
        for (key, group) in repeated { folded[key] = Self.fold(group.map { edges[$0] }) }
    }

    /// The edge of `key` at `index` (its first position), folded if repeated; not canonical.
    func edge(_ key: EdgeKey, at index: Int) -> Edge {
        folded.isEmpty ? edges[index] : (folded[key] ?? edges[index])
    }

    /// Edges of one key that one graph repeats, folded into one by the merge rules (unions of evidence
    /// and stance, strongest modality); weight and sources stay as the graph had them.
    static func fold(_ group: [Edge]) -> Edge {
        var acc = EdgeAccumulator(group[0], source: nil)
        for e in group.dropFirst() { acc.add(e, source: nil) }
        var edge = acc.edge
        edge.weight = group[0].weight
        edge.sources = edge.sources ?? group[0].sources
        return edge
    }
}
