/// The indices of a document's mentions, by sentence, in mention order: an array look-up where a
/// dictionary keyed by sentence index hashed.
struct MentionsBySentence: Sendable {
    private var lists: [[Int]] = []

    init() {}

    init(_ mentions: [Mention]) {
        for (i, m) in mentions.enumerated() where m.sentence >= 0 {
            if m.sentence >= lists.count { lists += Array(repeating: [], count: m.sentence + 1 - lists.count) }
            lists[m.sentence].append(i)
        }
    }

    /// The mentions of a sentence; nil when it has none (as the dictionary gave).
    subscript(_ sentence: Int) -> [Int]? {
        guard sentence >= 0 && sentence < lists.count, !lists[sentence].isEmpty else { return nil }
        return lists[sentence]
    }
}
