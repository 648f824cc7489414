/// A relation between two actors, with the evidence that states it and who claims or denies it.
public struct Edge: Hashable, Sendable {
    public var type: EdgeType
    public var source: String
    public var target: String
    public var evidence: [Evidence]
    public var attributedTo: [String]
    public var deniedBy: [String]
    /// The office, on `represents` edges only.
    public var role: String?
    public var modality: Modality?
    /// The cue or pattern that drew the edge.
    public var rule: String?
    public var codes: EventCodes?
    /// Gold files: an edge that a careful reading may or may not draw.
    public var optional: Bool?
    /// Gold files: an undirected conflict.
    public var symmetric: Bool?
    /// Merged graphs: how many articles state it, and which.
    public var weight: Int?
    public var sources: [String]?

    public init(type: EdgeType, source: String, target: String, evidence: [Evidence] = [],
                attributedTo: [String] = [], deniedBy: [String] = [], role: String? = nil,
                modality: Modality? = nil, rule: String? = nil, codes: EventCodes? = nil,
                optional: Bool? = nil, symmetric: Bool? = nil, weight: Int? = nil, sources: [String]? = nil) {
        let key = EdgeKey(type: type, source: source, target: target)
        self.type = type
        self.source = key.source
        self.target = key.target
        self.evidence = evidence
        self.attributedTo = attributedTo
        self.deniedBy = deniedBy
        self.role = role
        self.modality = modality
        self.rule = rule
        self.codes = codes
        self.optional = optional
        self.symmetric = symmetric
        self.weight = weight
        self.sources = sources
    }

    public var key: EdgeKey { EdgeKey(type: type, source: source, target: target) }
}
