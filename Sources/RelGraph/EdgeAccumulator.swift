/// One edge of a merge in progress. Every field is merged by a set union, a minimum, a maximum or a
/// boolean and/or, so merging is associative and commutative. Evidence and sources are gathered in
/// arrays (appending is cheaper than hashing every sentence) and made sets, sorted without repeats,
/// when the edge is read.
struct EdgeAccumulator: Sendable {
    var key: EdgeKey
    var evidence: [Evidence]
    var attributedTo: Set<String>
    var deniedBy: Set<String>
    var sources: [String]
    var role: String?
    var modality: Modality?
    var rule: String?
    var codes: EventCodes?
    /// True while every contributing edge is marked optional (gold files).
    var allOptional: Bool
    /// True once any contributing edge is marked symmetric (gold files).
    var anySymmetric: Bool

    /// Starts from one input edge. `source` names the input graph: it tags evidence that has no
    /// source yet and counts as the edge's source where the edge carries no `sources` of its own
    /// (an edge of a merged graph carries them, and they are taken over). With `source` nil (folding
    /// duplicate edges of one graph) nothing is tagged.
    init(_ edge: Edge, source: String?) {
        key = edge.key
        evidence = []
        attributedTo = []
        deniedBy = []
        sources = []
        role = nil
        modality = nil
        rule = nil
        codes = nil
        allOptional = true
        anySymmetric = false
        add(edge, source: source)
    }

    mutating func add(_ edge: Edge, source: String?) {
        if let source {
            for var ev in edge.evidence {
                if ev.source == nil { ev.source = source }
                evidence.append(ev)
            }
        } else {
            evidence.append(contentsOf: edge.evidence)
        }
        attributedTo.formUnion(edge.attributedTo)
        deniedBy.formUnion(edge.deniedBy)
        if let own = edge.sources, !own.isEmpty {
            sources.append(contentsOf: own)
        } else if let source, sources.last != source {
            sources.append(source)
        }
        role = NodeAccumulator.smaller(role, edge.role)
        modality = Modality.merged(modality, edge.modality)
        rule = NodeAccumulator.smaller(rule, edge.rule)
        codes = Self.smaller(codes, edge.codes)
        allOptional = allOptional && edge.optional == true
        anySymmetric = anySymmetric || edge.symmetric == true
    }

    mutating func add(_ other: EdgeAccumulator) {
        evidence.append(contentsOf: other.evidence)
        attributedTo.formUnion(other.attributedTo)
        deniedBy.formUnion(other.deniedBy)
        sources.append(contentsOf: other.sources)
        role = NodeAccumulator.smaller(role, other.role)
        modality = Modality.merged(modality, other.modality)
        rule = NodeAccumulator.smaller(rule, other.rule)
        codes = Self.smaller(codes, other.codes)
        allOptional = allOptional && other.allOptional
        anySymmetric = anySymmetric || other.anySymmetric
    }

    /// The merged edge, every list sorted without repeats. `weight` (the number of distinct
    /// sources) and `sources` are set only where sources are known.
    var edge: Edge {
        let sources = Self.sortedUnique(sources)
        return Edge(type: key.type, source: key.source, target: key.target,
                     evidence: Self.sortedUnique(evidence),
                     attributedTo: attributedTo.sorted(), deniedBy: deniedBy.sorted(),
                     role: role, modality: modality, rule: rule, codes: codes,
                     optional: allOptional ? true : nil, symmetric: anySymmetric ? true : nil,
                     weight: sources.isEmpty ? nil : sources.count,
                     sources: sources.isEmpty ? nil : sources)
    }

    /// Sorted, each value once.
    static func sortedUnique<T: Comparable>(_ list: [T]) -> [T] {
        if list.count < 2 { return list }
        let sorted = list.sorted()
        var out: [T] = []
        out.reserveCapacity(sorted.count)
        for x in sorted where out.last != x { out.append(x) }
        return out
    }

    private static func smaller(_ a: EventCodes?, _ b: EventCodes?) -> EventCodes? {
        guard let a else { return b }
        guard let b else { return a }
        return (a.plover, a.cameo) <= (b.plover, b.cameo) ? a : b
    }
}
