/// Phrases of one or more tokens, looked up by their first token; the longest match wins.
/// A word of scalars below U+0300 is looked up by its bytes (`AsciiWordMap`), without the String hash.
public struct PhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var tokens: [String]
        var value: Value
    }

    private var byFirst = AsciiWordMap<[Entry]>()
    public private(set) var count = 0

    public init() {}

    public mutating func insert(_ tokens: [String], _ value: Value) {
        guard let first = tokens.first else { return }
        // in place: a copy out and back would copy the list on every insert
        byFirst.update(first, initial: []) { list in
            list.append(Entry(tokens: tokens, value: value))
            list.sort { $0.tokens.count > $1.tokens.count }
        }
        count += 1
    }

    /// The longest phrase that starts at `start` in `words`, with its length in tokens.
    /// `key` gives the form of a word to compare (its text, or its lower-case form).
    public func longestMatch<C: RandomAccessCollection>(in words: C, at start: C.Index, key: (C.Element) -> String) -> (value: Value, length: Int)? where C.Index == Int {
        guard start < words.endIndex else { return nil }
        return longestMatch(phrases(startingWith: key(words[start])), in: words, at: start, key: key)
    }

    /// The phrases that start with this form, longest first (nil: none).
    func phrases(startingWith first: String) -> [Entry]? {
        byFirst.value(for: first)
    }

    /// `longestMatch(in:at:key:)` with the phrases that start with the word at `start` given
    /// (`phrases(startingWith:)` of its form), for a caller that keeps them per word.
    func longestMatch<C: RandomAccessCollection>(_ phrases: [Entry]?, in words: C, at start: C.Index, key: (C.Element) -> String) -> (value: Value, length: Int)? where C.Index == Int {
        guard start < words.endIndex, let candidates = phrases else { return nil }
        outer: for entry in candidates {
            let n = entry.tokens.count
            guard start + n <= words.endIndex else { continue }
            for k in 1..<max(n, 1) where key(words[start + k]) != entry.tokens[k] { continue outer }
            return (entry.value, n)
        }
        return nil
    }

    /// Some phrase starts with this form: without one, `longestMatch` at a word of this form finds nothing.
    public func hasPhrases(startingWith first: String) -> Bool { byFirst.value(for: first) != nil }

    /// Each first token of a phrase with the phrases that start with it (longest first), in insertion order.
    func forEachFirstToken(_ body: (String, [Entry]) -> Void) {
        for (k, list) in zip(byFirst.keys, byFirst.values) { body(k, list) }
    }

    /// How many different first tokens the phrases have.
    var firstTokenCount: Int { byFirst.count }

    /// The first token of every phrase.
    public var firstTokens: [String] { byFirst.keys }

    /// Every value stored under exactly these tokens.
    public func values(for tokens: [String]) -> [Value] {
        (byFirst.value(for: tokens.first ?? "") ?? []).filter { $0.tokens == tokens }.map(\.value)
    }

    public var allTokens: [[String]] { byFirst.values.flatMap { $0.map(\.tokens) } }
}
