import RelGraph

/// One statement of a relation in one sentence, before statements are merged into edges.
public struct Relation: Hashable, Sendable {
    public var type: EdgeType
    public var source: String
    public var target: String
    public var sentence: Int
    public var attributedTo: [String]
    public var deniedBy: [String]
    public var modality: Modality
    public var rule: String
    public var role: String?

    public init(type: EdgeType, source: String, target: String, sentence: Int, attributedTo: [String] = [],
                deniedBy: [String] = [], modality: Modality = .asserted, rule: String, role: String? = nil) {
        self.type = type
        self.source = source
        self.target = target
        self.sentence = sentence
        self.attributedTo = attributedTo
        self.deniedBy = deniedBy
        self.modality = modality
        self.rule = rule
        self.role = role
    }
}
