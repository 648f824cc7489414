/// The edges of one graph by key, for diffing: positions into the graph's own array (no copies), and
/// for a key that the graph repeats, the repeats folded into one edge by the merge rules.
struct EdgeIndex {
    let edges: [Edge]
    private(set) var position: [EdgeKey: Int]
    private(set) var folded: [EdgeKey: Edge] = [:]

    init(_ edges: [Edge]) {
        self.edges = edges
        position = [EdgeKey: Int](minimumCapacity: edges.count)
        var repeated: [EdgeKey: EdgeAccumulator] = [:]
        for i in edges.indices {
            let key = edges[i].key
            if let first = position[key] {
                if repeated[key] == nil { repeated[key] = EdgeAccumulator(edges[first], source: nil) }
                repeated[key]!.add(edges[i], source: nil)
            } else {
                position[key] = i
            }
        }
        for (key, acc) in repeated {
            let first = edges[position[key]!]
            var edge = acc.edge
            // Keep weight and sources as the graph had them (a merged graph's edges carry them).
            edge.weight = first.weight
            edge.sources = edge.sources ?? first.sources
            folded[key] = edge
        }
    }

    /// The edge of `key` at `index` (its first position), folded if repeated; not canonical.
    func edge(_ key: EdgeKey, at index: Int) -> Edge {
        folded.isEmpty ? edges[index] : (folded[key] ?? edges[index])
    }
}
