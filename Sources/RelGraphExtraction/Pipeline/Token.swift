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

    public init(range: TextRange, text: String, kind: Kind, sentence: Int) {
        self.range = range
        self.text = text
        self.kind = kind
        self.sentence = sentence
        // ASCII without capitals is its own lower case: share the text
        self.lower = text.isPlainLowerASCII() ? text : text.lowercasedFast()
    }

    /// A token whose lower case is known (another token of the same text).
    init(range: TextRange, text: String, lower: String, kind: Kind, sentence: Int, wordId: Int32) {
        self.range = range
        self.text = text
        self.kind = kind
        self.sentence = sentence
        self.lower = lower
        self.wordId = wordId
    }

    /// Starts with an upper-case letter.
    public var isCapitalized: Bool { text.unicodeScalars.first.map(ScalarProperties.isUppercase) ?? false }
    public var isWord: Bool { kind == .word }

    /// Exactly `text.contains("-")` (Foundation's search, which does not see a "-" that a combining mark
    /// follows), without the search: no "-" byte, no hyphen; every scalar a Character of its own, a hyphen;
    /// else Foundation decides.
    public var containsHyphen: Bool {
        guard text.utf8Contains(0x2D) else { return false }
        if text.unicodeScalars.allSatisfy(ScalarProperties.isOwnCharacter) { return true }
        return text.contains("-")
    }
}
