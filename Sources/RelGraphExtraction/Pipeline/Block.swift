/// A line of the article text (a paragraph, a headline or a line of web clutter).
public struct Block: Hashable, Sendable {
    public var range: TextRange
    /// Web clutter: not content.
    public var isBoilerplate: Bool
    /// The part of the line that is content (a dateline such as "CNN – " is cut off).
    public var contentRange: TextRange

    public init(range: TextRange, isBoilerplate: Bool = false, contentRange: TextRange? = nil) {
        self.range = range
        self.isBoilerplate = isBoilerplate
        self.contentRange = contentRange ?? range
    }
}
