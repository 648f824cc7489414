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
    /// `text == "'s" || text == "’s" || text == "'" || text == "’"`
    static let possessiveMark = TokenPunctuation(rawValue: 1 << 4)
    /// `text` is one of the quotation marks that open or close a quotation (`quoteTexts`)
    static let quoteMark = TokenPunctuation(rawValue: 1 << 5)

    /// The quotation marks the relation finder follows across sentences.
    static let quoteTexts = ["„", "«", "“", "”", "»", "\""]

    /// The marks `text` equals. Every mark is one scalar, and a String of more than one scalar decomposes
    /// to more than one: only a text of one scalar (at most four UTF-8 bytes; "\u{37E}" equals ";") can
    /// equal a mark, and longer texts are turned away without a comparison.
    ///
    /// The possessive marks are one or two scalars that no other scalar decomposes to, so the same bound holds.
    /// A text of one ASCII byte is one scalar that nothing else decomposes to: its byte decides, with no
    /// String comparison or Set look-up. A text of two ASCII bytes is two such scalars: only "'s" is a mark.
    init(_ text: String) {
        var p: TokenPunctuation = []
        let utf8 = text.utf8
        if utf8.count == 1, let b = utf8.first, b < 0x80 {
            switch b {
            case UInt8(ascii: "("): p = [.openBracket, .boundary]
            case UInt8(ascii: ")"): p = [.closeBracket, .boundary]
            case UInt8(ascii: ","): p = [.comma, .boundary]
            case UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "["), UInt8(ascii: "]"): p = .boundary
            case UInt8(ascii: "'"): p = .possessiveMark
            case UInt8(ascii: "\""): p = .quoteMark
            default: break
            }
            self = p
            return
        }
        if utf8.count == 2 && utf8.allSatisfy({ $0 < 0x80 }) {
            // two ASCII scalars: only "'s" is a mark
            if utf8.elementsEqual("'s".utf8) { p.insert(.possessiveMark) }
            self = p
            return
        }
        if utf8.count <= 4 && !utf8.allSatisfy({ $0 < 0x80 }) {
            if text == "'s" || text == "’s" || text == "'" || text == "’" { p.insert(.possessiveMark) }
            if text == "(" { p.insert(.openBracket) }
            if text == ")" { p.insert(.closeBracket) }
            if text == "," { p.insert(.comma) }
            if RelationFinder.boundaries.contains(text) { p.insert(.boundary) }
            if Self.quoteTexts.contains(text) { p.insert(.quoteMark) }
        }
        self = p
    }
}
