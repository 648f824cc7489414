import RelGraph

/// Synthetic article graphs for the diff and merge benchmark: actors and edges drawn from a universe,
/// each edge with a sentence of evidence, stance and modality drawn at random (seeded).
struct SyntheticGraphs {
    /// How many distinct edges the articles draw from.
    let universe: Int
    /// Edges (and so evidence sentences) in one article.
    let edgesPerArticle: Int
    /// Whether edges carry evidence (gold-like graphs carry none).
    let evidence: Bool

    static let types = EdgeType.allCases
    static let modalities: [Modality] = [.asserted, .asserted, .reported, .possible, .denied]

    /// The actor of number `i`: a few hundred per thousand edges, with three spellings each.
    static func actor(_ i: Int) -> String { "state:x" + String(i, radix: 36) }

    /// The key of universe edge `k`: a deterministic scramble of type and endpoints.
    func key(_ k: Int) -> EdgeKey {
        let actors = max(8, universe / 4)
        var rng = SplitMix64(seed: UInt64(k) &* 2_654_435_761 &+ 17)
        let s = Int(rng.next() % UInt64(actors))
        var t = Int(rng.next() % UInt64(actors))
        if t == s { t = (t + 1) % actors }
        return EdgeKey(type: Self.types[Int(rng.next() % UInt64(Self.types.count))], source: Self.actor(s), target: Self.actor(t))
    }

    /// Article number `n`: `edgesPerArticle` edges drawn from the universe, their endpoints as nodes.
    func article(_ n: Int) -> Graph {
        var rng = SplitMix64(seed: UInt64(n) &+ 0xA5A5)
        var edges: [Edge] = []
        edges.reserveCapacity(edgesPerArticle)
        var nodes: [String: Node] = [:]
        for i in 0..<edgesPerArticle {
            let k = key(Int(rng.next() % UInt64(universe)))
            let modality = Self.modalities[Int(rng.next() % UInt64(Self.modalities.count))]
            let ev = evidence
                ? [Evidence(sentence: i, start: i * 120, end: i * 120 + 96,
                            text: "Sentence \(i) of article \(n): \(k.source) and \(k.target), \(k.type.rawValue), as reported.")]
                : []
            edges.append(Edge(type: k.type, source: k.source, target: k.target, evidence: ev,
                              attributedTo: modality == .reported ? [k.target] : [],
                              deniedBy: modality == .denied ? [k.target] : [], modality: modality))
            for id in [k.source, k.target] where nodes[id] == nil {
                let spelling = Int(rng.next() % 3)
                nodes[id] = Node(id: id, kind: .state, label: id.uppercased(), names: ["\(id) form \(spelling)"],
                                 mentions: 1 + Int(rng.next() % 4))
            }
        }
        return Graph(source: SourceInfo(path: "article-\(n).txt", language: n % 2 == 0 ? "de" : "en"),
                     nodes: Array(nodes.values), edges: edges)
    }

    /// A large graph of `edgeCount` distinct edges (universe edges 0..<edgeCount) and its variant for
    /// diffing: 5% of the edges removed, 5% added, 5% with stance or evidence changed. With `shuffled`,
    /// b lists its edges in random order (the worst case for memory locality); else both are in
    /// canonical order, as relgraph writes graph files.
    static func diffPair(edgeCount: Int, shuffled: Bool) -> (Graph, Graph) {
        let g = SyntheticGraphs(universe: edgeCount * 4, edgesPerArticle: 0, evidence: true)
        var edgesA: [EdgeKey: Edge] = [:]
        var k = 0
        var rng = SplitMix64(seed: 42)
        while edgesA.count < edgeCount {
            let key = g.key(k)
            k += 1
            if edgesA[key] != nil { continue }
            let m = modalities[Int(rng.next() % UInt64(modalities.count))]
            edgesA[key] = Edge(type: key.type, source: key.source, target: key.target,
                               evidence: [Evidence(sentence: k, start: k * 10, end: k * 10 + 80, text: "Evidence sentence \(k) about \(key).")],
                               attributedTo: m == .reported ? [key.target] : [], deniedBy: m == .denied ? [key.target] : [], modality: m)
        }
        var a = Array(edgesA.values)
        a.sort { $0.key < $1.key }
        var b: [Edge] = []
        b.reserveCapacity(a.count + a.count / 20)
        for (i, e) in a.enumerated() {
            switch i % 20 {
            case 0: continue                                   // removed
            case 1: var c = e; c.modality = .denied; c.deniedBy = [e.source]; b.append(c)   // stance changed
            case 2: var c = e; c.evidence.append(Evidence(sentence: 0, start: 0, end: 5, text: "again")); b.append(c)
            default: b.append(e)
            }
        }
        var added = 0
        while added < edgeCount / 20 {
            let key = g.key(k)
            k += 1
            if edgesA[key] != nil { continue }
            b.append(Edge(type: key.type, source: key.source, target: key.target,
                          evidence: [Evidence(sentence: k, start: 0, end: 40, text: "Only in B: \(key).")], modality: .asserted))
            added += 1
        }
        func nodes(_ edges: [Edge]) -> [Node] {
            var ids = Set<String>()
            for e in edges { ids.insert(e.source); ids.insert(e.target) }
            return ids.sorted().map { Node(id: $0, kind: .state, label: $0.uppercased(), names: [$0], mentions: 1) }
        }
        return (Graph(source: SourceInfo(path: "a.txt", language: "de"), nodes: nodes(a), edges: a),
                Graph(source: SourceInfo(path: "b.txt", language: "en"), nodes: nodes(b),
                      edges: shuffled ? b.shuffled(using: &rng) : b.sorted { $0.key < $1.key }))
    }
}
