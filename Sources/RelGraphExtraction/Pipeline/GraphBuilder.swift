import RelGraph

/// Turns the document's mentions and relations into a `relgraph-1` graph: one node per actor with its
/// names and mention count, one edge per (type, source, target) with every sentence that states it.
public struct GraphBuilder: Sendable {
    public init() {}

    public func build(_ doc: Document, sha256: String? = nil) -> Graph {
        // Every actor id (of a mention or an edge's end) gets a small integer slot, found through
        // `StringSlots` (a cheap hash), and edges are keyed on (type, slot, slot) integers: hashing an
        // `EdgeKey` hashed the type's raw value and both ids with SipHash.
        var ids = StringSlots(capacity: doc.actors.count + 8)
        // per actor slot: whether a mention names it (an edge's end without one is no node), its
        // distinct names, mention count, and whether a mention names it outright
        // (sized for the document's actors at once: not grown, moved and freed as slots come)
        var mentioned: [Bool] = [], counts: [Int] = [], strong: [Bool] = []
        mentioned.reserveCapacity(doc.actors.count + 8)
        counts.reserveCapacity(doc.actors.count + 8)
        strong.reserveCapacity(doc.actors.count + 8)
        // an actor has few distinct names: a list with a linear look-up (String ==, as a Set compares) is
        // cheaper than hashing every mention's surface into a Set
        var names: [[String]] = []
        names.reserveCapacity(doc.actors.count + 8)
        // (an id met before in the same String, as most are: the lexicon's, or the one a person got, is
        // found by its representation, two words compared, before its text is hashed)
        var slotByString = StringBitsTable<Int>(capacity: Int.max, expected: doc.actors.count + 8)
        func actorSlot(_ id: String) -> Int {
            if let k = slotByString.value(for: id) { return k }
            let (k, isNew) = ids.slot(id)
            slotByString.store(id, k)
            if isNew {
                mentioned.append(false)
                names.append([])
                counts.append(0)
                strong.append(false)
            }
            return k
        }
        // one slot per edge: the edge, its modalities, its rules and the sentences of its evidence
        var slotOf: [Int: Int] = [:]
        slotOf.reserveCapacity(doc.relations.count)
        // each edge's endpoints' actor slots
        var endpoints: [(source: Int, target: Int)] = []
        var edges: [Edge] = []
        /// Per slot: which modalities its relations have (bits of `modalityBit`), a byte where a list was kept.
        var modalities: [UInt8] = []
        /// Per slot: the first rule; the further distinct rules (up to seven) only for the few slots that have
        /// them (no array per edge, no joined String for an edge of one rule).
        var firstRules: [String] = []
        var moreRules: [Int: [String]] = [:]
        endpoints.reserveCapacity(doc.relations.count)
        edges.reserveCapacity(doc.relations.count)
        modalities.reserveCapacity(doc.relations.count)
        firstRules.reserveCapacity(doc.relations.count)
        /// The text of each sentence that gives evidence, sliced once (by sentence index: no dictionary).
        var sentenceText = [String?](repeating: nil, count: doc.sentences.count)
        for r in doc.relations {
            let a = actorSlot(r.source), b = actorSlot(r.target)
            // a symmetric type's key is the unordered pair (`EdgeKey` orders its ends)
            let (first, second) = r.type.isSymmetric && b < a ? (b, a) : (a, b)
            let intKey = Self.typeIndex(r.type) | first << 4 | second << 34
            let slot: Int
            if let k = slotOf[intKey] {
                slot = k
            } else {
                slot = edges.count
                slotOf[intKey] = slot
                endpoints.append((a, b))
                edges.append(Edge(type: r.type, source: r.source, target: r.target, role: r.role, rule: nil, codes: r.type.codes))
                modalities.append(0)
                firstRules.append(r.rule)
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
            if firstRules[slot] != r.rule {
                let more = moreRules[slot] ?? []
                if !more.contains(r.rule) && more.count < 7 { moreRules[slot] = more + [r.rule] }
            }
        }
        for slot in edges.indices {
            let ms = modalities[slot]
            let m: Modality = ms & Self.modalityBit(.asserted) != 0 ? .asserted : ms & Self.modalityBit(.reported) != 0 ? .reported
                : ms & Self.modalityBit(.possible) != 0 ? .possible : .denied
            edges[slot].modality = m
            edges[slot].rule = moreRules[slot].map { ([firstRules[slot]] + $0).joined(separator: "; ") } ?? firstRules[slot]
        }
        // mentions of one actor often follow each other: the last actor's slot is tried before hashing
        var lastActor = ""
        var lastSlot = -1
        // (the mentions read in place, field by field: a copy of each, its Strings retained and released,
        // cost more than the rest; not in a closure over the buffer, which boxed the locals it changes)
        let mentions = doc.mentions
        for i in mentions.indices {
            let k = lastSlot >= 0 && mentions[i].actor == lastActor ? lastSlot : actorSlot(mentions[i].actor)
            if k != lastSlot { lastActor = mentions[i].actor }
            lastSlot = k
            mentioned[k] = true
            counts[k] += 1
            let form = mentions[i].form
            // titles ("Kremlsprecher") and pronouns are no names of the actor
            if form != .coreference && !(mentions[i].inTitle && form == .compoundPart) && !names[k].contains(mentions[i].surface) {
                names[k].append(mentions[i].surface)
                // "memorandum of understanding on the waterway", "Abkommen über die Erkundung von Öl": an agreement's
                // phrase with its complement is also named by the head before it
                if form == .cue, mentions[i].actor.hasIDPrefix("agreement:"), let head = ActorFinder.agreementHead(mentions[i].surface), !names[k].contains(head) {
                    names[k].append(head)
                }
            }
            switch form {
            case .name, .person, .demonym, .cue, .adjective: if !mentions[i].isLocative { strong[k] = true }
            default: break
            }
        }
        // which actors an edge names, and (below) which became nodes: by actor slot, so that no Set of
        // ids is hashed (an endpoint without a mention is no node)
        var inEdges = [Bool](repeating: false, count: ids.count)
        for (source, target) in endpoints {
            inEdges[source] = true
            inEdges[target] = true
        }
        // each actor slot's first office role (by slot: no dictionary of person ids hashed, and none asked per node)
        var roles = [String?](repeating: nil, count: ids.count)
        for o in doc.offices {
            if let k = ids.find(o.person), roles[k] == nil { roles[k] = o.role }
        }
        var nodes: [Node] = []
        // per node: its actor slot
        var nodeSlots: [Int] = []
        var isNode = [Bool](repeating: false, count: ids.count)
        for k in 0..<ids.count where mentioned[k] && (strong[k] || inEdges[k]) {
            let id = ids.strings[k]
            guard let info = doc.actors[id] else { continue }
            isNode[k] = true
            nodeSlots.append(k)
            // (sorted in place and handed over: no second array made and the first freed)
            names[k].sort()
            nodes.append(Node(id: id, kind: info.kind, label: info.label, names: names[k], mentions: counts[k], role: roles[k]))
        }
        // Canonical as `Graph.canonicalized()` makes it, without its work: node ids and edge keys are
        // distinct (dictionary keys), names, attributions and denials are already sorted sets.
        // Sorted through an index array: ids and keys are distinct, so the order is the same, and no Node
        // or (key, Edge) is copied to and fro while sorting.
        let nodeOrder = nodes.indices.sorted { nodes[$0].id < nodes[$1].id }
        Self.permute(&nodes, by: nodeOrder)
        // each node's actor slot's place in that order: an edge's ends compare as their ids do (ids are
        // distinct), so edges sort by integers instead of by `EdgeKey`'s Strings
        var rank = [Int](repeating: -1, count: ids.count)
        for (place, n) in nodeOrder.enumerated() { rank[nodeSlots[n]] = place }
        // every edge endpoint is a node
        // per edge slot: `EdgeKey`'s order (type's raw value, source, target) as integers; an edge not kept
        // sorts after every kept one
        var keys = [(type: Int, source: Int, target: Int)](repeating: (Int.max, 0, 0), count: edges.count)
        var keptCount = 0
        for slot in edges.indices where isNode[endpoints[slot].source] && isNode[endpoints[slot].target] {
            // evidence comes from distinct sentences: sorting alone makes it canonical
            edges[slot].evidence.sort()
            let type = edges[slot].type
            var source = rank[endpoints[slot].source], target = rank[endpoints[slot].target]
            // (a symmetric type's key has the smaller id first)
            if type.isSymmetric && target < source { swap(&source, &target) }
            keys[slot] = (Self.typeRanks[Self.typeIndex(type)], source, target)
            keptCount += 1
        }
        // (the edges put in order in place and the others dropped from the end: none copied, its Strings
        // and arrays retained, and released with the old array)
        Self.permute(&edges, by: edges.indices.sorted { keys[$0] < keys[$1] })
        edges.removeLast(edges.count - keptCount)
        let title = doc.title ?? doc.sentences.first(where: { $0.isHeadline && $0.tokens.lazy.filter { doc.tokens[$0].isWord }.count >= 3 }).map { doc.slice($0.range) }
        return Graph(source: SourceInfo(path: doc.path, language: doc.language.rawValue, sha256: sha256, title: title),
                     nodes: nodes, edges: edges)
    }

    /// Puts `a` in the order `order` gives (`a[i]` becomes the old `a[order[i]]`; `order` must be a
    /// permutation of the indices), one cycle of the permutation at a time: the cycle's first element is
    /// taken out, each place is filled from the place it takes from, and the last from the one taken out.
    /// Elements are moved in the buffer, not copied (a copy retains every String and array of an edge or
    /// node, and the old array's release releases them again).
    static func permute<T>(_ a: inout [T], by order: [Int]) {
        precondition(order.count == a.count, "not a permutation of the indices")
        var done = [Bool](repeating: false, count: a.count)
        a.withUnsafeMutableBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            for start in buf.indices where !done[start] {
                let first = (base + start).move()
                var i = start
                while true {
                    done[i] = true
                    let j = order[i]
                    if j == start { break }
                    // (a place out of range or reached twice: no permutation; stopped before anything is moved twice)
                    precondition(j >= 0 && j < buf.count && !done[j], "not a permutation of the indices")
                    (base + i).moveInitialize(from: base + j, count: 1)
                    i = j
                }
                (base + i).initialize(to: first)
            }
        }
    }

    /// By `typeIndex`: the type's place in the order of raw values (as `EdgeKey` orders types).
    private static let typeRanks: [Int] = {
        var ranks = [Int](repeating: 0, count: 16)
        for (place, t) in EdgeType.allCases.sorted(by: { $0.rawValue < $1.rawValue }).enumerated() { ranks[typeIndex(t)] = place }
        return ranks
    }()

    /// A type's number below 16, for integer edge keys.
    private static func typeIndex(_ t: EdgeType) -> Int {
        switch t {
        case .alliance: 0
        case .partyTo: 1
        case .militarySupport: 2
        case .armsSupply: 3
        case .support: 4
        case .conflict: 5
        case .denial: 6
        case .accusation: 7
        case .request: 8
        case .visit: 9
        case .represents: 10
        case .sanction: 11
        case .threat: 12
        }
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
