extension Graph {
    /// Whether `canonicalized()` would give this graph unchanged: node ids, edge keys, and every node's
    /// names and edge's attributions, denials, evidence and sources strictly increasing. A strictly
    /// increasing list has no two equal elements, so the set `canonicalized()` makes of it keeps them
    /// all, and sorting puts them back in the same order.
    /// Fast because it only compares neighbours: the writers skip `canonicalized()` (its sets, sorts and
    /// copies) for a graph that is canonical already, as every extracted graph is.
    var isCanonical: Bool {
        for k in nodes.indices {
            if k > 0 && !(nodes[k - 1].id < nodes[k].id) { return false }
            if !Self.strictlyIncreasing(nodes[k].names) { return false }
        }
        // (each edge read in place, through the buffer: a copy would retain and release its dozen references)
        return edges.withUnsafeBufferPointer { edges in
            for k in edges.indices {
                if k > 0 && !(edges[k - 1].key < edges[k].key) { return false }
                if !Self.strictlyIncreasing(edges[k].attributedTo) || !Self.strictlyIncreasing(edges[k].deniedBy)
                    || !Self.strictlyIncreasing(edges[k].evidence) { return false }
                if let s = edges[k].sources, !Self.strictlyIncreasing(s) { return false }
            }
            return true
        }
    }

    private static func strictlyIncreasing<T: Comparable>(_ items: [T]) -> Bool {
        var k = 1
        while k < items.count {
            if !(items[k - 1] < items[k]) { return false }
            k += 1
        }
        return true
    }
}
