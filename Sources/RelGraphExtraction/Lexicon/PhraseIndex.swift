/// Phrases of one or more tokens, looked up by their first token; the longest match wins.
/// Most words start no phrase: an ASCII word is first checked against a bitmap of the (hashed) ASCII
/// forms that do, which answers "none" without the dictionary's String hash.
public struct PhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var tokens: [String]
        var value: Value
    }

    private var byFirst: [String: [Entry]] = [:]
    public private(set) var count = 0
    /// The first tokens, for a quick "no phrase starts here".
    private var firsts = AsciiWordFilter()

    public init() {}

    public mutating func insert(_ tokens: [String], _ value: Value) {
        guard let first = tokens.first else { return }
        firsts.insert(first)
        // in place: a copy out and back would copy the list on every insert
        byFirst[first, default: []].append(Entry(tokens: tokens, value: value))
        byFirst[first]!.sort { $0.tokens.count > $1.tokens.count }
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
        guard firsts.mayContain(first) else { return nil }
        return byFirst[first]
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
    public func hasPhrases(startingWith first: String) -> Bool { byFirst[first] != nil }

    /// The first token of every phrase.
    public var firstTokens: [String] { Array(byFirst.keys) }

    /// Every value stored under exactly these tokens.
    public func values(for tokens: [String]) -> [Value] {
        (byFirst[tokens.first ?? ""] ?? []).filter { $0.tokens == tokens }.map(\.value)
    }

    public var allTokens: [[String]] { byFirst.values.flatMap { $0.map(\.tokens) } }
}
