import RelGraph

/// Turns the document's mentions and relations into a `relgraph-1` graph: one node per actor with its
/// names and mention count, one edge per (type, source, target) with every sentence that states it.
public struct GraphBuilder: Sendable {
    public init() {}

    public func build(_ doc: Document, sha256: String? = nil) -> Graph {
        // one slot per edge: the edge, its modalities, its rules and the sentences of its evidence
        var slotOf: [EdgeKey: Int] = [:]
        slotOf.reserveCapacity(doc.relations.count)
        var keys: [EdgeKey] = []
        var edges: [Edge] = []
        /// Per slot: which modalities its relations have (bits of `modalityBit`), a byte where a list was kept.
        var modalities: [UInt8] = []
        var rules: [[String]] = []
        /// The text of each sentence that gives evidence, sliced once (by sentence index: no dictionary).
        var sentenceText = [String?](repeating: nil, count: doc.sentences.count)
        for r in doc.relations {
            let key = EdgeKey(type: r.type, source: r.source, target: r.target)
            let slot: Int
            if let k = slotOf[key] {
                slot = k
            } else {
                slot = edges.count
                slotOf[key] = slot
                keys.append(key)
                edges.append(Edge(type: r.type, source: r.source, target: r.target, role: r.role, rule: nil, codes: r.type.codes))
                modalities.append(0)
                rules.append([])
            }
            let s = doc.sentences[r.sentence]
            // an edge has few evidence sentences: looking through them costs less than a Set per edge
            if !edges[slot].evidence.contains(where: { $0.sentence == s.index }) {
                let text: String
                if let t = sentenceText[r.sentence] { text = t } else { text = doc.slice(s.range); sentenceText[r.sentence] = text }
                edges[slot].evidence.append(Evidence(sentence: s.index, start: s.range.start, end: s.range.end, text: text))
            }
            if !r.attributedTo.isEmpty { edges[slot].attributedTo = Array(Set(edges[slot].attributedTo + r.attributedTo)).sorted() }
            if !r.deniedBy.isEmpty { edges[slot].deniedBy = Array(Set(edges[slot].deniedBy + r.deniedBy)).sorted() }
            modalities[slot] |= Self.modalityBit(r.modality)
            if !rules[slot].contains(r.rule) && rules[slot].count < 8 { rules[slot].append(r.rule) }
        }
        for slot in edges.indices {
            let ms = modalities[slot]
            let m: Modality = ms & Self.modalityBit(.asserted) != 0 ? .asserted : ms & Self.modalityBit(.reported) != 0 ? .reported
                : ms & Self.modalityBit(.possible) != 0 ? .possible : .denied
            edges[slot].modality = m
            edges[slot].rule = rules[slot].joined(separator: "; ")
        }
        // one slot per actor mentioned: its id, names, mention count, and whether a mention names it outright
        var actorSlot: [String: Int] = [:]
        actorSlot.reserveCapacity(doc.actors.count)
        var actorIDs: [String] = []
        // an actor has few distinct names: a list with a linear look-up (String ==, as a Set compares) is
        // cheaper than hashing every mention's surface into a Set
        var names: [[String]] = []
        var counts: [Int] = []
        var strong: [Bool] = []
        // mentions of one actor often follow each other: the last actor's slot is tried before hashing
        var lastActor = ""
        var lastSlot = -1
        for m in doc.mentions {
            let k: Int
            if lastSlot >= 0 && m.actor == lastActor {
                k = lastSlot
            } else if let known = actorSlot[m.actor] {
                k = known
            } else {
                k = actorIDs.count
                actorSlot[m.actor] = k
                actorIDs.append(m.actor)
                names.append([])
                counts.append(0)
                strong.append(false)
            }
            lastActor = m.actor
            lastSlot = k
            counts[k] += 1
            // titles ("Kremlsprecher") and pronouns are no names of the actor
            if m.form != .coreference && !(m.inTitle && m.form == .compoundPart) && !names[k].contains(m.surface) { names[k].append(m.surface) }
            switch m.form {
            case .name, .person, .demonym, .cue, .adjective: if !m.isLocative { strong[k] = true }
            default: break
            }
        }
        // which actors an edge names, and (below) which became nodes: by actor slot, so that no Set of
        // ids is hashed (an endpoint without a mention has no slot, and is no node)
        var inEdges = [Bool](repeating: false, count: actorIDs.count)
        // each edge's endpoints' actor slots (-1: none), looked up once for both uses
        var endpoints: [(source: Int, target: Int)] = []
        endpoints.reserveCapacity(edges.count)
        for slot in edges.indices {
            let source = actorSlot[edges[slot].source] ?? -1, target = actorSlot[edges[slot].target] ?? -1
            if source >= 0 { inEdges[source] = true }
            if target >= 0 { inEdges[target] = true }
            endpoints.append((source, target))
        }
        var roles: [String: String] = [:]
        for o in doc.offices where roles[o.person] == nil { roles[o.person] = o.role }
        var nodes: [Node] = []
        var isNode = [Bool](repeating: false, count: actorIDs.count)
        for k in actorIDs.indices where strong[k] || inEdges[k] {
            let id = actorIDs[k]
            guard let info = doc.actors[id] else { continue }
            isNode[k] = true
            nodes.append(Node(id: id, kind: info.kind, label: info.label, names: names[k].sorted(),
                              mentions: counts[k], role: roles[id]))
        }
        // every edge endpoint is a node
        func isNodeSlot(_ k: Int) -> Bool { k >= 0 && isNode[k] }
        var kept: [Edge] = []
        var keptKeys: [EdgeKey] = []
        for slot in edges.indices where isNodeSlot(endpoints[slot].source) && isNodeSlot(endpoints[slot].target) {
            // evidence comes from distinct sentences: sorting alone makes it canonical
            edges[slot].evidence.sort()
            kept.append(edges[slot])
            keptKeys.append(keys[slot])
        }
        // Canonical as `Graph.canonicalized()` makes it, without its work: node ids and edge keys are
        // distinct (dictionary keys), names, attributions and denials are already sorted sets.
        // Sorted through an index array: ids and keys are distinct, so the order is the same, and no Node
        // or (key, Edge) is copied to and fro while sorting.
        let nodeIDs = nodes.map(\.id)
        let nodeOrder = nodes.indices.sorted { nodeIDs[$0] < nodeIDs[$1] }
        nodes = nodeOrder.map { nodes[$0] }
        let keptOrder = kept.indices.sorted { keptKeys[$0] < keptKeys[$1] }
        let title = doc.title ?? doc.sentences.first(where: { $0.isHeadline && $0.tokens.lazy.filter { doc.tokens[$0].isWord }.count >= 3 }).map { doc.slice($0.range) }
        return Graph(source: SourceInfo(path: doc.path, language: doc.language.rawValue, sha256: sha256, title: title),
                     nodes: nodes, edges: keptOrder.map { kept[$0] })
    }

    /// One bit per modality, for the set of an edge's modalities.
    private static func modalityBit(_ m: Modality) -> UInt8 {
        switch m {
        case .asserted: 1
        case .reported: 2
        case .possible: 4
        case .denied: 8
        }
    }
}
