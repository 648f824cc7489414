/// Merges graphs of many articles into one, one graph at a time, in memory proportional to the
/// result (the inputs can be dropped once added).
///
/// - Nodes merge by id: all names (union), mentions summed, kind and label the smallest
///   (kind, label) pair seen, role the smallest one stated.
/// - Edges merge by key (type, source, target): `sources` is the set of input names that state the
///   edge and `weight` its size; evidence from all inputs, each piece tagged with its source;
///   `attributedTo` and `deniedBy` are unions; modality follows `Modality.merged` (strongest voice).
/// - An input that is itself a merged graph brings its edges' `sources` and tagged evidence along, so
///   merging merged graphs gives the same graph as merging all their articles at once.
///
/// Every rule is a union, sum, minimum or maximum, so the result does not depend on the order in which
/// graphs are added nor on how they are grouped: mergers filled in parallel can be combined with
/// `add(_:)` (`GraphMerger`). Sums count each input as often as it is added: add every article once.
public struct GraphMerger: Sendable {
    private var nodes: [String: NodeAccumulator] = [:]
    private var edges: [EdgeKey: EdgeAccumulator] = [:]
    /// How many graphs were added (through this merger or the mergers combined into it).
    public private(set) var inputCount = 0

    public init() {}

    /// The number of distinct nodes and edges so far.
    public var nodeCount: Int { nodes.count }
    public var edgeCount: Int { edges.count }

    /// The name under which a graph's edges count as a source: its article path, else its digest.
    public static func name(of graph: Graph) -> String? {
        graph.source?.path ?? graph.source?.sha256
    }

    /// Adds one graph. `name` identifies the article for `sources` and evidence tags; give the same
    /// name for the same article (the CLI gives the graph's source path, else the file path).
    public mutating func add(_ graph: Graph, as name: String) {
        inputCount += 1
        // One hash lookup for a node or edge seen before, updated in place.
        for node in graph.nodes {
            if let i = nodes.index(forKey: node.id) {
                nodes.values[i].add(node)
            } else {
                nodes[node.id] = NodeAccumulator(node)
            }
        }
        for edge in graph.edges {
            let key = edge.key
            if let i = edges.index(forKey: key) {
                edges.values[i].add(edge, source: name)
            } else {
                edges[key] = EdgeAccumulator(edge, source: name)
            }
        }
    }

    /// Combines another merger into this one, as if its graphs had been added here.
    public mutating func add(_ other: GraphMerger) {
        inputCount += other.inputCount
        nodes.merge(other.nodes) { mine, theirs in
            var m = mine
            m.add(theirs)
            return m
        }
        edges.merge(other.edges) { mine, theirs in
            var m = mine
            m.add(theirs)
            return m
        }
    }

    /// The merged graph, canonical (sorted). With `minWeight` above 1, edges stated by fewer
    /// articles are left out, and so are the nodes that are then left without any edge.
    /// Filter only the final result: a filtered graph merged again has lost the edges it left out.
    public func graph(minWeight: Int = 1) -> Graph {
        var kept: [Edge] = []
        kept.reserveCapacity(edges.count)
        var touched = Set<String>()
        for acc in edges.values {
            let edge = acc.edge
            guard minWeight <= 1 || (edge.weight ?? 0) >= minWeight else { continue }
            kept.append(edge)
            if minWeight > 1 {
                touched.insert(edge.source)
                touched.insert(edge.target)
            }
        }
        var keptNodes: [Node] = []
        keptNodes.reserveCapacity(nodes.count)
        for acc in nodes.values where minWeight <= 1 || touched.contains(acc.id) {
            keptNodes.append(acc.node)
        }
        keptNodes.sort { $0.id < $1.id }
        // Edges are stored normalized (`Edge.init`), so their fields order them as their keys do.
        kept.sort { x, y in
            if x.type != y.type { return x.type < y.type }
            if x.source != y.source { return x.source < y.source }
            return x.target < y.target
        }
        return Graph(source: nil, nodes: keptNodes, edges: kept)
    }
}
