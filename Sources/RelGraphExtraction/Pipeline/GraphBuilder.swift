import RelGraph

/// Turns the document's mentions and relations into a `relgraph-1` graph: one node per actor with its
/// names and mention count, one edge per (type, source, target) with every sentence that states it.
public struct GraphBuilder: Sendable {
    public init() {}

    public func build(_ doc: Document, sha256: String? = nil) -> Graph {
        var edges: [EdgeKey: Edge] = [:]
        var modalities: [EdgeKey: [Modality]] = [:]
        var rules: [EdgeKey: [String]] = [:]
        var evidenceSeen: [EdgeKey: Set<Int>] = [:]
        for r in doc.relations {
            let key = EdgeKey(type: r.type, source: r.source, target: r.target)
            let s = doc.sentences[r.sentence]
            let ev = Evidence(sentence: s.index, start: s.range.start, end: s.range.end, text: doc.slice(s.range))
            var e = edges[key] ?? Edge(type: r.type, source: r.source, target: r.target, role: r.role, rule: nil, codes: r.type.codes)
            if evidenceSeen[key, default: []].insert(ev.sentence).inserted { e.evidence.append(ev) }
            if !r.attributedTo.isEmpty { e.attributedTo = Array(Set(e.attributedTo + r.attributedTo)).sorted() }
            if !r.deniedBy.isEmpty { e.deniedBy = Array(Set(e.deniedBy + r.deniedBy)).sorted() }
            edges[key] = e
            modalities[key, default: []].append(r.modality)
            if !(rules[key]?.contains(r.rule) ?? false) && (rules[key]?.count ?? 0) < 8 { rules[key, default: []].append(r.rule) }
        }
        for (key, ms) in modalities {
            let m: Modality = ms.contains(.asserted) ? .asserted : ms.contains(.reported) ? .reported : ms.contains(.possible) ? .possible : .denied
            edges[key]?.modality = m
            edges[key]?.rule = rules[key]?.joined(separator: "; ")
        }
        let inEdges = Set(edges.values.flatMap { [$0.source, $0.target] })

        var names: [String: Set<String>] = [:]
        var counts: [String: Int] = [:]
        var strong = Set<String>()
        for m in doc.mentions {
            counts[m.actor, default: 0] += 1
            // titles ("Kremlsprecher") and pronouns are no names of the actor
            if m.form != .coreference && !(m.inTitle && m.form == .compoundPart) { names[m.actor, default: []].insert(m.surface) }
            if [.name, .person, .demonym, .cue, .adjective].contains(m.form) && !m.isLocative { strong.insert(m.actor) }
        }
        var roles: [String: String] = [:]
        for o in doc.offices where roles[o.person] == nil { roles[o.person] = o.role }
        var nodes: [Node] = []
        for (id, count) in counts where strong.contains(id) || inEdges.contains(id) {
            guard let info = doc.actors[id] else { continue }
            nodes.append(Node(id: id, kind: info.kind, label: info.label, names: Array(names[id] ?? []).sorted(),
                              mentions: count, role: roles[id]))
        }
        // every edge endpoint is a node
        let ids = Set(nodes.map(\.id))
        let kept = edges.values.filter { ids.contains($0.source) && ids.contains($0.target) }
        let title = doc.title ?? doc.sentences.first(where: { $0.isHeadline && doc.tokens[$0.tokens].filter(\.isWord).count >= 3 }).map { doc.slice($0.range) }
        return Graph(source: SourceInfo(path: doc.path, language: doc.language.rawValue, sha256: sha256, title: title),
                     nodes: nodes, edges: Array(kept)).canonicalized()
    }
}
