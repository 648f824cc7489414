/// A sentence that states an edge: its index and its offsets (Unicode scalars) in the article text.
public struct Evidence: Hashable, Sendable, Comparable {
    /// Which article this comes from (set on merged graphs only).
    public var source: String?
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(source: String? = nil, sentence: Int, start: Int, end: Int, text: String) {
        self.source = source
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.source ?? "", lhs.sentence, lhs.start, lhs.end, lhs.text)
            < (rhs.source ?? "", rhs.sentence, rhs.start, rhs.end, rhs.text)
    }
}
