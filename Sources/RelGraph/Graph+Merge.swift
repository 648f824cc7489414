extension Graph {
    /// Merges graphs with `GraphMerger`. Each graph is named by its source path (else its digest,
    /// else its position, "#1", "#2", …: give unnamed graphs a source path for a result that does
    /// not depend on their order).
    public static func merge(_ graphs: [Graph], minWeight: Int = 1) -> Graph {
        var merger = GraphMerger()
        for (i, g) in graphs.enumerated() {
            merger.add(g, as: GraphMerger.name(of: g) ?? "#\(i + 1)")
        }
        return merger.graph(minWeight: minWeight)
    }
}
