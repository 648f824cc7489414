/// A sentence of content: its index (counted from 0 over the article), its offsets and its tokens.
public struct Sentence: Hashable, Sendable {
    public var index: Int
    public var range: TextRange
    /// A line without closing punctuation: a headline, subheading or teaser.
    public var isHeadline: Bool
    /// Indices into `Document.tokens`.
    public var tokens: Range<Int>

    public init(index: Int, range: TextRange, isHeadline: Bool, tokens: Range<Int> = 0..<0) {
        self.index = index
        self.range = range
        self.isHeadline = isHeadline
        self.tokens = tokens
    }
}
