/// Which of the marks the clause splitter asks about a token text is (as Strings compare: by canonical
/// equivalence), worked out once per distinct text of a document, so that the splitter tests bits where
/// it compared Strings for every token.
struct TokenPunctuation: OptionSet, Sendable {
    let rawValue: UInt8

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `text == "("`
    static let openBracket = TokenPunctuation(rawValue: 1 << 0)
    /// `text == ")"`
    static let closeBracket = TokenPunctuation(rawValue: 1 << 1)
    /// `text == ","`
    static let comma = TokenPunctuation(rawValue: 1 << 2)
    /// `RelationFinder.boundaries.contains(text)`
    static let boundary = TokenPunctuation(rawValue: 1 << 3)

    /// The marks `text` equals. Every mark is one scalar, and a String of more than one scalar decomposes
    /// to more than one: only a text of one scalar (at most four UTF-8 bytes; "\u{37E}" equals ";") can
    /// equal a mark, and longer texts are turned away without a comparison.
    init(_ text: String) {
        var p: TokenPunctuation = []
        if text.utf8.count <= 4 {
            if text == "(" { p.insert(.openBracket) }
            if text == ")" { p.insert(.closeBracket) }
            if text == "," { p.insert(.comma) }
            if RelationFinder.boundaries.contains(text) { p.insert(.boundary) }
        }
        self = p
    }
}
