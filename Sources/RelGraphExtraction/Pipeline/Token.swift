import Foundation

/// A word, number or punctuation mark, with its offsets in the article text.
public struct Token: Hashable, Sendable {
    public enum Kind: Sendable, Hashable { case word, number, punct }

    public var range: TextRange
    public var text: String
    public var kind: Kind
    public var sentence: Int
    /// The text in lower case, for matching cues and titles.
    public var lower: String
    /// The id of the text among the distinct token texts of its document (`Document.wordCount`), set by
    /// the tokenizer; -1 for a token made elsewhere. Stages keep per-word answers under it.
    public internal(set) var wordId: Int32 = -1
    /// The text has a "-" byte (the first test of `containsHyphen`), found once per token text.
    let hasHyphenByte: Bool
    /// Starts with an upper-case letter. Stored, found once per token text: stages ask it very often,
    /// and the test on the first scalar costs far more than reading a flag.
    public let isCapitalized: Bool

    public init(range: TextRange, text: String, kind: Kind, sentence: Int) {
        self.range = range
        self.text = text
        self.kind = kind
        self.sentence = sentence
        // ASCII without capitals is its own lower case: share the text
        self.lower = text.isPlainLowerASCII() ? text : text.lowercasedFast()
        self.hasHyphenByte = text.utf8Contains(0x2D)
        self.isCapitalized = Self.startsUppercase(text)
    }

    /// A token whose lower case, "-" byte and capital are known (the tokenizer finds them on the scalars;
    /// `isCapitalized` is `startsUppercase(text)`).
    init(range: TextRange, text: String, lower: String, hasHyphenByte: Bool, isCapitalized: Bool, kind: Kind, sentence: Int, wordId: Int32) {
        self.range = range
        self.text = text
        self.kind = kind
        self.sentence = sentence
        self.lower = lower
        self.wordId = wordId
        self.hasHyphenByte = hasHyphenByte
        self.isCapitalized = isCapitalized
    }

    /// A token of the same text as `other` (its lower case and word id known).
    init(range: TextRange, sameTextAs other: Token, kind: Kind, sentence: Int) {
        self.range = range
        self.text = other.text
        self.kind = kind
        self.sentence = sentence
        self.lower = other.lower
        self.wordId = other.wordId
        self.hasHyphenByte = other.hasHyphenByte
        self.isCapitalized = other.isCapitalized
    }

    /// Whether `text` starts with an upper-case letter (`isCapitalized`).
    static func startsUppercase(_ text: String) -> Bool { text.unicodeScalars.first.map(ScalarProperties.isUppercase) ?? false }
    public var isWord: Bool { kind == .word }

    /// Exactly `text.contains("-")` (Foundation's search, which does not see a "-" that a combining mark
    /// follows), without the search: no "-" byte, no hyphen; every scalar a Character of its own, a hyphen;
    /// else Foundation decides.
    public var containsHyphen: Bool {
        guard hasHyphenByte else { return false }
        if text.unicodeScalars.allSatisfy(ScalarProperties.isOwnCharacter) { return true }
        return text.contains("-")
    }
}
