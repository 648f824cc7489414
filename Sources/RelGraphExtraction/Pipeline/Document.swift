import RelGraph

/// The article as it moves through the pipeline: each stage reads what earlier stages added and adds its own.
public struct Document: Sendable {
    /// The article text as read (for a web page: the text extracted from it).
    public let text: String
    /// The same text as Unicode scalars: every offset of the pipeline indexes this.
    public let scalars: [Unicode.Scalar]
    /// The UTF-8 offset in `text` of every 64th scalar (scalar `64 * k` starts at byte `utf8Marks[k]`),
    /// made with `scalars`: `slice` copies the text's own bytes from there (`Document+Slice.swift`).
    let utf8Marks: [Int]
    public var path: String?
    public var language: Language
    public var title: String?

    public var blocks: [Block] = []
    public var sentences: [Sentence] = []
    public var tokens: [Token] = [] { didSet { wordIds = nil } }
    /// How many distinct token texts `tokens` has (`Token.wordId` is in `0..<wordCount`: the same id
    /// exactly when the texts are the same scalars); set by the tokenizer with `tokens`.
    public var wordCount = 0 { didSet { wordIds = nil } }
    /// Every token's `wordId` in one array, as the tokenizer made them (`tokenWordIds()` answers from
    /// it): three stages ask for it, and gathering it from the tokens each time cost as much as
    /// making it once. Nil when `tokens` or `wordCount` were set since (the setters clear it, so it
    /// never disagrees with them).
    var wordIds: [Int32]?
    public var mentions: [Mention] = []
    /// Actors found, by id: kind and English label.
    public var actors: [String: ActorInfo] = [:]
    /// The state of each group of a state's people ("Kenyan fishermen": group:kenyan-fishermen → state:ken).
    public var groupStates: [String: String] = [:]
    /// Those of `groupStates` that bear arms (militias, rebels, cartels: `groupnoun` records marked `armed`).
    public var armedGroups: Set<String> = []
    /// Offices found: who holds which office in which state or organization.
    public var offices: [Office] = []
    /// Relations found, in text order, before they are merged into edges.
    public var relations: [Relation] = []
    /// When not nil, stages write what they decided here (`relgraph explain`).
    public var trace: [String]?

    public init(text: String, path: String? = nil, language: Language = .en) {
        self.text = text
        (self.scalars, self.utf8Marks) = Document.scalarsAndMarks(of: text)
        self.path = path
        self.language = language
    }
}
