/// A half-open range of Unicode-scalar offsets into the article text as read.
public struct TextRange: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}
